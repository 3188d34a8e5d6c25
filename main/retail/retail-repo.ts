import type { Db } from '../db/database';
import type { RetailContainer, RetailLine, RetailShipmentDetail, RetailShipmentSummary, RetailStep, RetailVendorSettings } from '../../shared/ipc/retail';
import { notFound, StationError } from '../core/errors';

export interface RetailShipmentRow {
  id: string;
  account_id: string;
  shipment_identifier: string;
  ship_to_party: string;
  shipment_type: 'TruckLoad' | 'LessThanTruckLoad' | 'SmallParcel';
  step: RetailStep;
  problems: string;
  submitted_at: number | null;
  confirmed_at: number | null;
  created_at: number;
  updated_at: number;
}

interface ContainerRow {
  id: string;
  shipment_id: string;
  kind: 'carton' | 'pallet';
  number: number;
  sscc: string;
  pallet_id: string | null;
  status: 'open' | 'closed';
  weight: number | null;
  weight_unit: 'LB' | 'KG' | null;
  length: number | null;
  width: number | null;
  height: number | null;
  dimension_unit: 'IN' | 'CM' | null;
  tracking_number: string | null;
}

interface LineRow {
  item_sequence_number: string;
  purchase_order_number: string;
  vendor_sku: string;
  asin: string | null;
  title: string;
  expected: number;
}

/** Retail shipments (ASNs), their PO lines, cartons and pallets in the station's store. */
export class RetailRepo {
  constructor(readonly db: Db) {}

  settings(accountId: string): RetailVendorSettings | null {
    const row = this.db.prepare('SELECT * FROM retail_vendor_settings WHERE account_id = ?').get(accountId) as
      | { account_id: string; selling_party: string; ship_from_party: string; gs1_company_prefix: string }
      | undefined;
    return row ? { accountId: row.account_id, sellingParty: row.selling_party, shipFromParty: row.ship_from_party, gs1CompanyPrefix: row.gs1_company_prefix } : null;
  }

  requireSettings(accountId: string): RetailVendorSettings {
    const settings = this.settings(accountId);
    if (!settings) throw new StationError('VALIDATION', "Set the vendor code, warehouse code and GS1 company prefix of this vendor account first (Retail settings).");
    return settings;
  }

  saveSettings(s: RetailVendorSettings): void {
    this.db
      .prepare(
        `INSERT INTO retail_vendor_settings (account_id, selling_party, ship_from_party, gs1_company_prefix, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (account_id) DO UPDATE SET selling_party = excluded.selling_party, ship_from_party = excluded.ship_from_party,
           gs1_company_prefix = excluded.gs1_company_prefix, updated_at = excluded.updated_at`,
      )
      .run(s.accountId, s.sellingParty, s.shipFromParty, s.gs1CompanyPrefix, Date.now());
  }

  row(shipmentId: string): RetailShipmentRow {
    const row = this.db.prepare('SELECT * FROM retail_shipments WHERE id = ?').get(shipmentId) as RetailShipmentRow | undefined;
    if (!row) throw notFound(`Retail shipment ${shipmentId}`);
    return row;
  }

  setStep(shipmentId: string, step: RetailStep, extra: { submitted_at?: number; confirmed_at?: number; problems?: string } = {}): void {
    const sets = ['step = @step', 'updated_at = @at', ...Object.keys(extra).map((k) => `${k} = @${k}`)];
    this.db.prepare(`UPDATE retail_shipments SET ${sets.join(', ')} WHERE id = @id`).run({ step, at: Date.now(), id: shipmentId, ...extra });
  }

  lineRows(shipmentId: string): LineRow[] {
    return this.db.prepare('SELECT * FROM retail_shipment_items WHERE shipment_id = ? ORDER BY CAST(item_sequence_number AS INTEGER)').all(shipmentId) as LineRow[];
  }

  /** Units packed per line, over all of the shipment's cartons. */
  packedBySequence(shipmentId: string): Map<string, number> {
    const rows = this.db
      .prepare(
        `SELECT ci.item_sequence_number AS s, sum(ci.quantity) AS n FROM retail_container_items ci
         JOIN retail_containers c ON c.id = ci.container_id WHERE c.shipment_id = ? GROUP BY s`,
      )
      .all(shipmentId) as { s: string; n: number }[];
    return new Map(rows.map((r) => [r.s, r.n]));
  }

  lines(shipmentId: string): RetailLine[] {
    const packed = this.packedBySequence(shipmentId);
    return this.lineRows(shipmentId).map((l) => ({
      itemSequenceNumber: l.item_sequence_number,
      purchaseOrderNumber: l.purchase_order_number,
      vendorSku: l.vendor_sku,
      asin: l.asin,
      title: l.title,
      expected: l.expected,
      packed: packed.get(l.item_sequence_number) ?? 0,
    }));
  }

  containerRow(containerId: string): ContainerRow {
    const row = this.db.prepare('SELECT * FROM retail_containers WHERE id = ?').get(containerId) as ContainerRow | undefined;
    if (!row) throw notFound(`Carton or pallet ${containerId}`);
    return row;
  }

  containerBySscc(sscc: string): ContainerRow | null {
    return (this.db.prepare('SELECT * FROM retail_containers WHERE sscc = ?').get(sscc) as ContainerRow | undefined) ?? null;
  }

  containers(shipmentId: string): RetailContainer[] {
    const rows = this.db.prepare('SELECT * FROM retail_containers WHERE shipment_id = ? ORDER BY kind DESC, number').all(shipmentId) as ContainerRow[];
    const items = this.db.prepare('SELECT item_sequence_number, quantity FROM retail_container_items WHERE container_id = ? ORDER BY CAST(item_sequence_number AS INTEGER)');
    const own = new Map(rows.map((r) => [r.id, (items.all(r.id) as { item_sequence_number: string; quantity: number }[]).map((i) => ({ itemSequenceNumber: i.item_sequence_number, quantity: i.quantity }))]));
    return rows.map((r) => {
      const cartonIds = r.kind === 'pallet' ? rows.filter((c) => c.pallet_id === r.id).map((c) => c.id) : [];
      let lines = own.get(r.id) ?? [];
      if (r.kind === 'pallet') {
        const sum = new Map<string, number>();
        for (const id of cartonIds) for (const l of own.get(id) ?? []) sum.set(l.itemSequenceNumber, (sum.get(l.itemSequenceNumber) ?? 0) + l.quantity);
        lines = [...sum].map(([itemSequenceNumber, quantity]) => ({ itemSequenceNumber, quantity }));
      }
      return {
        id: r.id,
        kind: r.kind,
        number: r.number,
        sscc: r.sscc,
        palletId: r.pallet_id,
        status: r.status,
        weight: r.weight !== null && r.weight_unit ? { value: r.weight, unit: r.weight_unit } : null,
        dimensions: r.length !== null && r.width !== null && r.height !== null && r.dimension_unit ? { length: r.length, width: r.width, height: r.height, unit: r.dimension_unit } : null,
        trackingNumber: r.tracking_number,
        lines,
        cartonIds,
      };
    });
  }

  container(containerId: string): RetailContainer {
    const row = this.containerRow(containerId);
    return this.containers(row.shipment_id).find((c) => c.id === containerId)!;
  }

  summary(row: RetailShipmentRow): RetailShipmentSummary {
    const lines = this.lines(row.id);
    const counts = this.db.prepare(`SELECT sum(kind = 'carton') AS cartons, sum(kind = 'pallet') AS pallets FROM retail_containers WHERE shipment_id = ?`).get(row.id) as {
      cartons: number | null;
      pallets: number | null;
    };
    const sync = this.db
      .prepare(
        `SELECT sum(state IN ('pending', 'waiting')) AS pending, sum(state = 'failed') AS failed,
                (SELECT json_extract(last_error, '$.message') FROM outbox WHERE entity = @e AND state = 'failed' ORDER BY id LIMIT 1) AS lastError
         FROM outbox WHERE entity = @e`,
      )
      .get({ e: `retail:${row.id}` }) as { pending: number | null; failed: number | null; lastError: string | null };
    return {
      id: row.id,
      accountId: row.account_id,
      shipmentIdentifier: row.shipment_identifier,
      shipToParty: row.ship_to_party,
      shipmentType: row.shipment_type,
      step: row.step,
      purchaseOrderNumbers: [...new Set(lines.map((l) => l.purchaseOrderNumber))],
      expectedUnits: lines.reduce((n, l) => n + l.expected, 0),
      packedUnits: lines.reduce((n, l) => n + l.packed, 0),
      cartons: counts.cartons ?? 0,
      pallets: counts.pallets ?? 0,
      problems: JSON.parse(row.problems) as { code: string; message: string }[],
      transportRequested:
        this.db.prepare(`SELECT 1 FROM outbox WHERE entity = ? AND op = 'retail.requestTransport' AND state != 'discarded' LIMIT 1`).get(`retail:${row.id}`) !== undefined,
      submittedAt: row.submitted_at,
      confirmedAt: row.confirmed_at,
      sync: { pending: sync.pending ?? 0, failed: sync.failed ?? 0, lastError: sync.lastError },
    };
  }

  detail(shipmentId: string): RetailShipmentDetail {
    const row = this.row(shipmentId);
    return { ...this.summary(row), lines: this.lines(shipmentId), containers: this.containers(shipmentId) };
  }

  list(filter: { accountId?: string; query?: string; step?: RetailStep } = {}): RetailShipmentSummary[] {
    // A scanned SSCC may come with its application identifier, bracketed or not.
    const q = filter.query?.trim().replace(/^\(00\)\s*/, '').replace(/^00(?=\d{18}$)/, '');
    const rows = this.db
      .prepare(
        `SELECT s.* FROM retail_shipments s
         WHERE (@account IS NULL OR s.account_id = @account) AND (@step IS NULL OR s.step = @step)
           AND (@q IS NULL OR s.shipment_identifier = @q
                OR EXISTS (SELECT 1 FROM retail_shipment_items i WHERE i.shipment_id = s.id AND (i.purchase_order_number = @q OR i.vendor_sku = @q OR i.asin = @q))
                OR EXISTS (SELECT 1 FROM retail_containers c WHERE c.shipment_id = s.id AND c.sscc = @q))
         ORDER BY s.created_at DESC LIMIT 500`,
      )
      .all({ account: filter.accountId ?? null, step: filter.step ?? null, q: q || null }) as RetailShipmentRow[];
    return rows.map((r) => this.summary(r));
  }
}
