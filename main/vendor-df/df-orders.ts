import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database';
import type { SecretCipher } from '../security/secret-cipher';
import type { DfOrderDetail, DfOrderSummary, DfPackage, DfStep } from '../../shared/ipc/vendor-df';
import { notFound } from '../core/errors';
import { statusUpdates } from './df-status-updates';


export interface DfOrderRow {
  id: string;
  account_id: string;
  purchase_order_number: string;
  order_date: string;
  amazon_status: string;
  step: DfStep;
  selling_party: string;
  ship_from_party: string;
  ship_method: string | null;
  required_ship_date: string | null;
  packing_slip_required: 0 | 1;
  ship_to: Buffer | null;
  items: string;
  confirmed_at: number | null;
  personal_data_erased_at: number | null;
  own_carrier: string | null;
  own_carrier_scac: string | null;
  updated_at: number;
}

export interface DfItem {
  itemSequenceNumber: string;
  buyerProductIdentifier: string | null;
  vendorProductIdentifier: string | null;
  title: string;
  ordered: number;
}

/** An order as Amazon's DF Orders API 2021-12-28 returns it (the parts the station keeps). */
export interface AmazonDfOrder {
  purchaseOrderNumber: string;
  orderDetails?: {
    orderDate?: string;
    orderStatus?: string;
    shipmentDetails?: { shipMethod?: string; isPslipRequired?: boolean; shipmentDates?: { requiredShipDate?: string } };
    sellingParty?: { partyId?: string };
    shipFromParty?: { partyId?: string };
    shipToParty?: Record<string, unknown>;
    items?: { itemSequenceNumber: string; buyerProductIdentifier?: string; vendorProductIdentifier?: string; title?: string; orderedQuantity?: { amount?: number } }[];
  };
}

/** DF orders in the station's store; the customer's ship-to is sealed with the station's cipher. */
export class DfOrdersRepo {
  constructor(
    readonly db: Db,
    private readonly cipher: SecretCipher,
  ) {}

  row(orderId: string): DfOrderRow {
    const row = this.db.prepare('SELECT * FROM df_orders WHERE id = ?').get(orderId) as DfOrderRow | undefined;
    if (!row) throw notFound(`DF order ${orderId}`);
    return row;
  }

  items(row: DfOrderRow): DfItem[] {
    return JSON.parse(row.items) as DfItem[];
  }

  setStep(orderId: string, step: DfStep, extra: { confirmed_at?: number; amazon_status?: string } = {}): void {
    const sets = ['step = @step', 'updated_at = @at', ...Object.keys(extra).map((k) => `${k} = @${k}`)];
    this.db.prepare(`UPDATE df_orders SET ${sets.join(', ')} WHERE id = @id`).run({ step, at: Date.now(), id: orderId, ...extra });
  }

  /** Inserts new orders and refreshes Amazon's status of known ones; never moves a local step backwards. */
  upsert(accountId: string, orders: AmazonDfOrder[]): { added: number; updated: number } {
    let added = 0;
    let updated = 0;
    const find = this.db.prepare('SELECT id FROM df_orders WHERE account_id = ? AND purchase_order_number = ?');
    const insert = this.db.prepare(
      `INSERT INTO df_orders (id, account_id, purchase_order_number, order_date, amazon_status, step, selling_party, ship_from_party, ship_method,
         required_ship_date, packing_slip_required, ship_to, items, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const refresh = this.db.prepare(
      `UPDATE df_orders SET amazon_status = ?, step = CASE WHEN ? = 'CANCELLED' THEN 'cancelled' ELSE step END, updated_at = ? WHERE id = ?`,
    );
    this.db.transaction(() => {
      for (const order of orders) {
        const details = order.orderDetails ?? {};
        const status = details.orderStatus ?? 'NEW';
        const existing = find.get(accountId, order.purchaseOrderNumber) as { id: string } | undefined;
        if (existing) {
          refresh.run(status, status, Date.now(), existing.id);
          updated++;
          continue;
        }
        const items: DfItem[] = (details.items ?? []).map((i) => ({
          itemSequenceNumber: String(i.itemSequenceNumber),
          buyerProductIdentifier: i.buyerProductIdentifier ?? null,
          vendorProductIdentifier: i.vendorProductIdentifier ?? null,
          title: i.title ?? '',
          ordered: i.orderedQuantity?.amount ?? 0,
        }));
        const step: DfStep = status === 'CANCELLED' ? 'cancelled' : status === 'SHIPPED' ? 'shipped' : status === 'ACKNOWLEDGED' ? 'acknowledged' : 'new';
        const shipTo = details.shipToParty ? this.cipher.encrypt(JSON.stringify(details.shipToParty)) : null;
        insert.run(randomUUID(), accountId, order.purchaseOrderNumber, details.orderDate ?? new Date().toISOString(), status, step,
          details.sellingParty?.partyId ?? '', details.shipFromParty?.partyId ?? '', details.shipmentDetails?.shipMethod ?? null,
          details.shipmentDetails?.shipmentDates?.requiredShipDate ?? null, details.shipmentDetails?.isPslipRequired ? 1 : 0, shipTo,
          JSON.stringify(items), Date.now(), Date.now());
        added++;
      }
    })();
    return { added, updated };
  }

  packages(orderId: string): DfPackage[] {
    const rows = this.db.prepare('SELECT * FROM df_packages WHERE order_id = ? ORDER BY number').all(orderId) as {
      id: string; number: number; status: 'open' | 'closed'; weight: number | null; weight_unit: 'LB' | 'KG' | null; length: number | null; width: number | null;
      height: number | null; dimension_unit: 'IN' | 'CM' | null; tracking_number: string | null; label_format: 'PNG' | 'ZPL' | 'PDF' | null;
    }[];
    const lines = this.db.prepare('SELECT * FROM df_package_items WHERE package_id = ? ORDER BY item_sequence_number');
    return rows.map((r) => ({
      id: r.id,
      number: r.number,
      status: r.status,
      weight: r.weight !== null && r.weight_unit ? { value: r.weight, unit: r.weight_unit } : null,
      dimensions: r.length !== null && r.width !== null && r.height !== null && r.dimension_unit ? { length: r.length, width: r.width, height: r.height, unit: r.dimension_unit } : null,
      trackingNumber: r.tracking_number,
      labelFormat: r.label_format,
      lines: (lines.all(r.id) as { item_sequence_number: string; quantity: number }[]).map((l) => ({ itemSequenceNumber: l.item_sequence_number, quantity: l.quantity })),
    }));
  }

  packageOrderId(packageId: string): string {
    const row = this.db.prepare('SELECT order_id FROM df_packages WHERE id = ?').get(packageId) as { order_id: string } | undefined;
    if (!row) throw notFound(`Package ${packageId}`);
    return row.order_id;
  }

  packedBySequence(orderId: string): Map<string, number> {
    const rows = this.db
      .prepare('SELECT pi.item_sequence_number AS s, sum(pi.quantity) AS n FROM df_package_items pi JOIN df_packages p ON p.id = pi.package_id WHERE p.order_id = ? GROUP BY s')
      .all(orderId) as { s: string; n: number }[];
    return new Map(rows.map((r) => [r.s, r.n]));
  }

  summary(row: DfOrderRow): DfOrderSummary {
    const items = this.items(row);
    const packed = this.packedBySequence(row.id);
    const tracking = this.db.prepare('SELECT tracking_number FROM df_packages WHERE order_id = ? AND tracking_number IS NOT NULL ORDER BY number').all(row.id) as { tracking_number: string }[];
    const sync = this.db
      .prepare(
        `SELECT sum(state IN ('pending', 'waiting')) AS pending, sum(state = 'failed') AS failed,
                (SELECT json_extract(last_error, '$.message') FROM outbox WHERE entity = @e AND state = 'failed' ORDER BY id LIMIT 1) AS lastError
         FROM outbox WHERE entity = @e`,
      )
      .get({ e: `df:${row.id}` }) as { pending: number | null; failed: number | null; lastError: string | null };
    return {
      id: row.id,
      accountId: row.account_id,
      purchaseOrderNumber: row.purchase_order_number,
      orderDate: row.order_date,
      requiredShipDate: row.required_ship_date,
      shipFromParty: row.ship_from_party,
      shipMethod: row.ship_method,
      step: row.step,
      units: items.reduce((n, i) => n + i.ordered, 0),
      packedUnits: [...packed.values()].reduce((a, b) => a + b, 0),
      trackingNumbers: tracking.map((t) => t.tracking_number),
      sync: { pending: sync.pending ?? 0, failed: sync.failed ?? 0, lastError: sync.lastError },
    };
  }

  detail(orderId: string): DfOrderDetail {
    const row = this.row(orderId);
    const packed = this.packedBySequence(orderId);
    const shipTo = row.ship_to ? (JSON.parse(this.cipher.decrypt(row.ship_to)) as Record<string, string>) : null;
    return {
      ...this.summary(row),
      packingSlipRequired: row.packing_slip_required === 1,
      shipTo: shipTo
        ? {
            name: shipTo.name ?? '',
            addressLine1: shipTo.addressLine1 ?? '',
            city: shipTo.city ?? '',
            ...(shipTo.stateOrRegion ? { stateOrRegion: shipTo.stateOrRegion } : {}),
            postalCode: shipTo.postalCode ?? '',
            countryCode: shipTo.countryCode ?? '',
          }
        : null,
      lines: this.items(row).map((i) => ({ ...i, packed: packed.get(i.itemSequenceNumber) ?? 0 })),
      packages: this.packages(orderId),
      ownCarrier: row.own_carrier ? { carrier: row.own_carrier, scacCode: row.own_carrier_scac } : null,
      statusUpdates: statusUpdates(this.db, orderId),
    };
  }

  list(query?: string, step?: DfStep): DfOrderSummary[] {
    const q = query?.trim();
    const rows = this.db
      .prepare(
        `SELECT DISTINCT o.* FROM df_orders o LEFT JOIN df_packages p ON p.order_id = o.id
         WHERE (@step IS NULL OR o.step = @step)
           AND (@q IS NULL OR o.purchase_order_number = @q OR p.tracking_number = @q
                OR EXISTS (SELECT 1 FROM json_each(o.items) j WHERE json_extract(j.value, '$.vendorProductIdentifier') = @q OR json_extract(j.value, '$.buyerProductIdentifier') = @q))
         ORDER BY ifnull(o.required_ship_date, o.order_date), o.purchase_order_number LIMIT 500`,
      )
      .all({ q: q || null, step: step ?? null }) as DfOrderRow[];
    return rows.map((r) => this.summary(r));
  }
}
