import { randomUUID } from 'node:crypto';
import type { PlaceCartonOutcome, RetailContainer, RetailScanOutcome, RetailShipmentDetail, RetailVendorSettings } from '../../shared/ipc/retail';
import { StationError } from '../core/errors';
import type { AccountsService } from '../accounts/accounts-service';
import type { AuditLog } from '../audit/audit-log';
import type { OutboxStore } from '../sync/outbox-store';
import type { CatalogueService } from '../inbound/catalogue-service';
import type { RetailRepo } from './retail-repo';
import type { SsccAllocator } from './sscc-allocator';

type Weight = { value: number; unit: 'LB' | 'KG' };
type Dimensions = { length: number; width: number; height: number; unit: 'IN' | 'CM' };
export interface LineInput {
  purchaseOrderNumber: string;
  code: string;
  quantity: number;
}

/** Retail Procurement ASNs at the station: PO lines by scan, cartons and pallets with SSCCs, then the confirmation. */
export class RetailService {
  constructor(
    readonly repo: RetailRepo,
    private readonly sscc: SsccAllocator,
    private readonly accounts: AccountsService,
    private readonly catalogue: CatalogueService,
    private readonly outbox: OutboxStore,
    private readonly audit: AuditLog,
    private readonly kick: () => void,
  ) {}

  private get db() {
    return this.repo.db;
  }

  private building(shipmentId: string) {
    const row = this.repo.row(shipmentId);
    // A shipment Amazon refused can be corrected and sent again.
    if (row.step !== 'building' && row.step !== 'rejected') throw new StationError('CONFLICT', `Shipment ${row.shipment_identifier} was submitted; it can no longer change.`);
    return row;
  }

  saveSettings(input: RetailVendorSettings): RetailVendorSettings {
    const account = this.accounts.get(input.accountId);
    if (account.type !== 'vendor') throw new StationError('VALIDATION', 'Retail shipments belong to vendor accounts.');
    this.repo.saveSettings(input);
    this.audit.record('retail.settings', `account:${input.accountId}`, { gs1CompanyPrefix: input.gs1CompanyPrefix });
    return this.repo.settings(input.accountId)!;
  }

  create(input: { accountId: string; shipToParty: string; shipmentType: 'TruckLoad' | 'LessThanTruckLoad' | 'SmallParcel'; lines?: LineInput[] }): RetailShipmentDetail {
    const account = this.accounts.get(input.accountId);
    if (account.type !== 'vendor') throw new StationError('VALIDATION', 'Retail shipments belong to vendor accounts.');
    this.repo.requireSettings(input.accountId);
    const id = randomUUID();
    this.db.transaction(() => {
      // Amazon allows 1-20 characters; a time stamp and random part keep it unique to this shipment.
      const identifier = `PB${Date.now().toString(36).toUpperCase()}${randomUUID().slice(0, 6).toUpperCase()}`;
      this.db
        .prepare(
          `INSERT INTO retail_shipments (id, account_id, shipment_identifier, ship_to_party, shipment_type, step, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, 'building', ?, ?)`,
        )
        .run(id, input.accountId, identifier, input.shipToParty.toUpperCase(), input.shipmentType, Date.now(), Date.now());
      for (const line of input.lines ?? []) this.insertLine(id, input.accountId, line);
      this.audit.record('retail.create', `retail:${id}`, { identifier, lines: input.lines?.length ?? 0 });
    }).immediate();
    return this.repo.detail(id);
  }

  update(shipmentId: string, patch: { shipToParty?: string; shipmentType?: 'TruckLoad' | 'LessThanTruckLoad' | 'SmallParcel' }): RetailShipmentDetail {
    this.db.transaction(() => {
      this.building(shipmentId);
      this.db
        .prepare('UPDATE retail_shipments SET ship_to_party = ifnull(?, ship_to_party), shipment_type = ifnull(?, shipment_type), updated_at = ? WHERE id = ?')
        .run(patch.shipToParty?.toUpperCase() ?? null, patch.shipmentType ?? null, Date.now(), shipmentId);
    }).immediate();
    return this.repo.detail(shipmentId);
  }

  private insertLine(shipmentId: string, accountId: string, line: LineInput): void {
    const resolved = this.catalogue.resolve(accountId, line.code);
    if (!resolved.ok) throw new StationError('VALIDATION', `PO ${line.purchaseOrderNumber}: ${resolved.message}`, { code: resolved.code });
    const po = line.purchaseOrderNumber.trim().toUpperCase();
    const existing = this.db
      .prepare('SELECT item_sequence_number FROM retail_shipment_items WHERE shipment_id = ? AND purchase_order_number = ? AND vendor_sku = ?')
      .get(shipmentId, po, resolved.item.msku) as { item_sequence_number: string } | undefined;
    if (existing) {
      this.db.prepare('UPDATE retail_shipment_items SET expected = expected + ? WHERE shipment_id = ? AND item_sequence_number = ?').run(line.quantity, shipmentId, existing.item_sequence_number);
      return;
    }
    const next = (this.db.prepare('SELECT ifnull(max(CAST(item_sequence_number AS INTEGER)), 0) + 1 AS n FROM retail_shipment_items WHERE shipment_id = ?').get(shipmentId) as { n: number }).n;
    this.db
      .prepare('INSERT INTO retail_shipment_items (shipment_id, item_sequence_number, purchase_order_number, vendor_sku, asin, title, expected) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(shipmentId, String(next), po, resolved.item.msku, resolved.item.asin, resolved.item.title, line.quantity);
  }

  addLine(shipmentId: string, line: LineInput): RetailShipmentDetail {
    this.db.transaction(() => {
      const row = this.building(shipmentId);
      this.insertLine(shipmentId, row.account_id, line);
    }).immediate();
    return this.repo.detail(shipmentId);
  }

  removeLine(shipmentId: string, itemSequenceNumber: string): RetailShipmentDetail {
    this.db.transaction(() => {
      this.building(shipmentId);
      if ((this.repo.packedBySequence(shipmentId).get(itemSequenceNumber) ?? 0) > 0) throw new StationError('CONFLICT', `Line ${itemSequenceNumber} has units packed: take them out of their cartons first.`);
      const removed = this.db.prepare('DELETE FROM retail_shipment_items WHERE shipment_id = ? AND item_sequence_number = ?').run(shipmentId, itemSequenceNumber).changes;
      if (removed === 0) throw new StationError('NOT_FOUND', `Shipment has no line ${itemSequenceNumber}.`);
    }).immediate();
    return this.repo.detail(shipmentId);
  }

  private openContainer(shipmentId: string, kind: 'carton' | 'pallet'): RetailContainer {
    const id = randomUUID();
    this.db.transaction(() => {
      const row = this.building(shipmentId);
      const { gs1CompanyPrefix } = this.repo.requireSettings(row.account_id);
      const next = (this.db.prepare('SELECT ifnull(max(number), 0) + 1 AS n FROM retail_containers WHERE shipment_id = ? AND kind = ?').get(shipmentId, kind) as { n: number }).n;
      const sscc = this.sscc.allocate(gs1CompanyPrefix, kind);
      this.db
        .prepare(`INSERT INTO retail_containers (id, shipment_id, kind, number, sscc, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'open', ?, ?)`)
        .run(id, shipmentId, kind, next, sscc, Date.now(), Date.now());
      this.audit.record(`retail.${kind}.open`, `retail:${shipmentId}`, { sscc });
    }).immediate();
    return this.repo.container(id);
  }

  openCarton(shipmentId: string): RetailContainer {
    return this.openContainer(shipmentId, 'carton');
  }

  openPallet(shipmentId: string): RetailContainer {
    return this.openContainer(shipmentId, 'pallet');
  }

  /** One scan into a carton: an item that is on none of the shipment's PO lines, or one too many, is refused with the reason. */
  scan(cartonId: string, code: string, quantity = 1): RetailScanOutcome {
    return this.db.transaction((): RetailScanOutcome => {
      const carton = this.repo.containerRow(cartonId);
      if (carton.kind !== 'carton') throw new StationError('VALIDATION', 'Items go into cartons; a pallet carries cartons.');
      const row = this.building(carton.shipment_id);
      const record = (seq: string | null, refusal: string | null) =>
        this.db
          .prepare('INSERT INTO retail_scans (shipment_id, container_id, code, item_sequence_number, accepted, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?)')
          .run(row.id, cartonId, code.slice(0, 512), seq, refusal ? 0 : 1, refusal, Date.now());
      const refuse = (outcome: Extract<RetailScanOutcome, { ok: false }>) => {
        record(null, outcome.code);
        return outcome;
      };
      if (carton.status !== 'open') return refuse({ ok: false, code: 'CARTON_CLOSED', message: `Carton ${carton.number} is closed.` });
      const resolved = this.catalogue.resolve(row.account_id, code);
      if (!resolved.ok) return refuse({ ok: false, code: resolved.code, message: resolved.message });
      const packed = this.repo.packedBySequence(row.id);
      const candidates = this.repo.lineRows(row.id).filter((l) => l.vendor_sku === resolved.item.msku || (l.asin !== null && l.asin === resolved.item.asin));
      if (candidates.length === 0) return refuse({ ok: false, code: 'NOT_ON_SHIPMENT', message: `${resolved.item.msku} is on none of this shipment's purchase orders.` });
      // The first PO line with room takes the units: one item on two POs fills them in the order they were entered.
      const line = candidates.find((l) => (packed.get(l.item_sequence_number) ?? 0) + quantity <= l.expected);
      if (!line) {
        const total = candidates.reduce((n, l) => n + l.expected, 0);
        const done = candidates.reduce((n, l) => n + (packed.get(l.item_sequence_number) ?? 0), 0);
        return refuse({ ok: false, code: 'TOO_MANY', message: `${resolved.item.msku}: ${total} to ship, ${done} packed already.` });
      }
      this.db
        .prepare(
          `INSERT INTO retail_container_items (container_id, item_sequence_number, quantity) VALUES (?, ?, ?)
           ON CONFLICT (container_id, item_sequence_number) DO UPDATE SET quantity = quantity + excluded.quantity`,
        )
        .run(cartonId, line.item_sequence_number, quantity);
      record(line.item_sequence_number, null);
      return {
        ok: true,
        itemSequenceNumber: line.item_sequence_number,
        purchaseOrderNumber: line.purchase_order_number,
        packed: (packed.get(line.item_sequence_number) ?? 0) + quantity,
        expected: line.expected,
        carton: this.repo.container(cartonId),
      };
    }).immediate();
  }

  unscan(cartonId: string, itemSequenceNumber: string): RetailContainer {
    this.db.transaction(() => {
      const carton = this.repo.containerRow(cartonId);
      this.building(carton.shipment_id);
      if (carton.status !== 'open') throw new StationError('CONFLICT', `Carton ${carton.number} is closed: reopen it by packing a new carton instead.`);
      const changed = this.db
        .prepare('UPDATE retail_container_items SET quantity = quantity - 1 WHERE container_id = ? AND item_sequence_number = ? AND quantity > 1')
        .run(cartonId, itemSequenceNumber).changes;
      if (changed === 0 && this.db.prepare('DELETE FROM retail_container_items WHERE container_id = ? AND item_sequence_number = ?').run(cartonId, itemSequenceNumber).changes === 0) {
        throw new StationError('NOT_FOUND', `Carton ${carton.number} holds nothing of line ${itemSequenceNumber}.`);
      }
    }).immediate();
    return this.repo.container(cartonId);
  }

  private close(containerId: string, kind: 'carton' | 'pallet', weight?: Weight, dims?: Dimensions, trackingNumber?: string): RetailContainer {
    this.db.transaction(() => {
      const c = this.repo.containerRow(containerId);
      if (c.kind !== kind) throw new StationError('VALIDATION', `That is a ${c.kind}, not a ${kind}.`);
      this.building(c.shipment_id);
      const view = this.repo.container(containerId);
      if (kind === 'carton' && view.lines.length === 0) throw new StationError('VALIDATION', `Carton ${c.number} is empty: scan the items into it first.`);
      if (kind === 'pallet' && view.cartonIds.length === 0) throw new StationError('VALIDATION', `Pallet ${c.number} has no cartons: scan their SSCC labels onto it first.`);
      this.db
        .prepare(
          `UPDATE retail_containers SET status = 'closed', weight = ?, weight_unit = ?, length = ?, width = ?, height = ?, dimension_unit = ?, tracking_number = ?, updated_at = ? WHERE id = ?`,
        )
        .run(weight?.value ?? null, weight?.unit ?? null, dims?.length ?? null, dims?.width ?? null, dims?.height ?? null, dims?.unit ?? null, trackingNumber ?? null, Date.now(), containerId);
    }).immediate();
    return this.repo.container(containerId);
  }

  closeCarton(containerId: string, weight?: Weight, dims?: Dimensions, trackingNumber?: string): RetailContainer {
    return this.close(containerId, 'carton', weight, dims, trackingNumber);
  }

  closePallet(containerId: string, weight?: Weight, dims?: Dimensions): RetailContainer {
    return this.close(containerId, 'pallet', weight, dims);
  }

  /** Puts a carton (scanned by its SSCC label, or named by id) on a pallet of the same shipment. */
  placeCarton(palletId: string, carton: string): PlaceCartonOutcome {
    return this.db.transaction((): PlaceCartonOutcome => {
      const pallet = this.repo.containerRow(palletId);
      if (pallet.kind !== 'pallet') throw new StationError('VALIDATION', 'Cartons go onto a pallet.');
      this.building(pallet.shipment_id);
      if (pallet.status !== 'open') return { ok: false, code: 'PALLET_CLOSED', message: `Pallet ${pallet.number} is closed.` };
      const code = carton.trim().replace(/^\(00\)\s*/, '').replace(/^00(?=\d{18}$)/, '');
      const target = this.repo.containerBySscc(code) ?? (this.db.prepare('SELECT * FROM retail_containers WHERE id = ?').get(code) as ReturnType<RetailRepo['containerBySscc']> | undefined) ?? null;
      if (!target || target.kind !== 'carton') return { ok: false, code: 'NOT_A_CARTON', message: `${carton.trim()} is not the SSCC of a carton of this station.` };
      if (target.shipment_id !== pallet.shipment_id) return { ok: false, code: 'OTHER_SHIPMENT', message: `Carton ${target.sscc} belongs to another shipment.` };
      if (target.status !== 'closed') return { ok: false, code: 'CARTON_OPEN', message: `Close carton ${target.number} before it goes on a pallet.` };
      if (target.pallet_id && target.pallet_id !== palletId) return { ok: false, code: 'ON_ANOTHER_PALLET', message: `Carton ${target.number} is on another pallet: take it off that one first.` };
      this.db.prepare('UPDATE retail_containers SET pallet_id = ?, updated_at = ? WHERE id = ?').run(palletId, Date.now(), target.id);
      return { ok: true, pallet: this.repo.container(palletId) };
    }).immediate();
  }

  removeCarton(cartonId: string): RetailContainer {
    this.db.transaction(() => {
      const carton = this.repo.containerRow(cartonId);
      this.building(carton.shipment_id);
      if (carton.pallet_id && this.repo.containerRow(carton.pallet_id).status === 'closed') throw new StationError('CONFLICT', 'That pallet is closed.');
      this.db.prepare('UPDATE retail_containers SET pallet_id = NULL, updated_at = ? WHERE id = ?').run(Date.now(), cartonId);
    }).immediate();
    return this.repo.container(cartonId);
  }

  /** Sends the ASN for what is packed: every carton closed, every pallet closed, at least one unit. */
  submit(shipmentId: string): RetailShipmentDetail {
    this.db.transaction(() => {
      const row = this.building(shipmentId);
      const detail = this.repo.detail(shipmentId);
      const open = detail.containers.filter((c) => c.status === 'open');
      if (open.length > 0) throw new StationError('VALIDATION', `Close ${open.map((c) => `${c.kind} ${c.number}`).join(', ')} first.`);
      if (detail.packedUnits === 0) throw new StationError('VALIDATION', 'Nothing is packed: scan items into cartons first.');
      const empty = detail.containers.filter((c) => c.kind === 'carton' && c.lines.length === 0);
      if (empty.length > 0) throw new StationError('VALIDATION', `Carton ${empty.map((c) => c.number).join(', ')} is empty.`);
      const untracked = detail.containers.filter((c) => c.kind === 'carton' && !c.trackingNumber);
      if (row.shipment_type === 'SmallParcel' && untracked.length > 0) {
        throw new StationError('VALIDATION', `A small-parcel shipment needs each carton's tracking number: carton ${untracked.map((c) => c.number).join(', ')} has none.`);
      }
      // The refused attempt's entry is settled by this new one.
      for (const entry of this.outbox.forEntity(`retail:${shipmentId}`)) if (entry.state === 'failed') this.outbox.discard(entry.id);
      this.repo.setStep(shipmentId, 'submitted', { submitted_at: Date.now(), problems: '[]' });
      this.outbox.enqueue({ accountId: row.account_id, entity: `retail:${shipmentId}`, op: 'retail.submitAsn', payload: { shipmentId } });
      this.audit.record('retail.submit', `retail:${shipmentId}`, { identifier: row.shipment_identifier, cartons: detail.cartons, pallets: detail.pallets, units: detail.packedUnits });
    }).immediate();
    this.kick();
    return this.repo.detail(shipmentId);
  }
}
