import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../db/database';
import type { DfOrderDetail, DfStatusUpdate } from '../../shared/ipc/vendor-df';
import { DfStatusLocation, statusUpdateProblem, type DfReasonCode, type DfStatusCode } from '../../shared/vendor-df/shipment-status';
import { StationError } from '../core/errors';
import type { AuditLog } from '../audit/audit-log';
import type { OutboxStore } from '../sync/outbox-store';
import type { DfOrdersRepo } from './df-orders';

interface StatusRow {
  id: string;
  order_id: string;
  package_id: string;
  tracking_number: string;
  status_code: DfStatusCode;
  reason_code: DfReasonCode;
  status_date_time: string;
  estimated_delivery: string | null;
  location: string;
  state: DfStatusUpdate['state'];
  error: string | null;
}

export function statusUpdateRow(db: Db, updateId: string): StatusRow {
  const row = db.prepare('SELECT * FROM df_status_updates WHERE id = ?').get(updateId) as StatusRow | undefined;
  if (!row) throw new StationError('NOT_FOUND', `Status update ${updateId} was not found.`);
  return row;
}

export function statusUpdates(db: Db, orderId: string): DfStatusUpdate[] {
  const rows = db.prepare('SELECT * FROM df_status_updates WHERE order_id = ? ORDER BY created_at, status_date_time').all(orderId) as StatusRow[];
  return rows.map((r) => ({
    id: r.id,
    trackingNumber: r.tracking_number,
    statusCode: r.status_code,
    reasonCode: r.reason_code,
    statusDateTime: r.status_date_time,
    estimatedDeliveryDateTime: r.estimated_delivery,
    location: DfStatusLocation.parse(JSON.parse(r.location)),
    state: r.state,
    error: r.error,
  }));
}

export function finishStatusUpdate(db: Db, updateId: string, state: 'success' | 'failure', error: string | null): void {
  db.prepare('UPDATE df_status_updates SET state = ?, error = ?, updated_at = ? WHERE id = ?').run(state, error, Date.now(), updateId);
}

export const StatusUpdatePayload = z.object({ orderId: z.string(), updateId: z.string() });

export interface OwnCarrierInput {
  carrier: string;
  scacCode?: string | undefined;
  tracking: { packageId: string; trackingNumber: string }[];
}

export interface StatusUpdateInput {
  packageId: string;
  statusCode: DfStatusCode;
  reasonCode: DfReasonCode;
  statusDateTime: string;
  estimatedDeliveryDateTime?: string | undefined;
  location: z.infer<typeof DfStatusLocation>;
}

/**
 * Vendor-own-carrier orders: the packer names the carrier and tracking numbers in place of Amazon's labels, and after
 * confirmation sends the carrier's status updates. Each update is one outbox entry of the order, written in the same
 * transaction as its local row.
 */
export class DfOwnCarrierService {
  constructor(
    private readonly repo: DfOrdersRepo,
    private readonly outbox: OutboxStore,
    private readonly audit: AuditLog,
    private readonly kick: () => void,
    private readonly now: () => number = Date.now,
  ) {}

  useOwnCarrier(orderId: string, input: OwnCarrierInput): DfOrderDetail {
    const detail = this.repo.detail(orderId);
    if (detail.step !== 'packing') throw new StationError('CONFLICT', `The carrier is chosen once the order is packed and before labels (now: ${detail.step}).`);
    if (detail.sync.pending > 0) throw new StationError('CONFLICT', `Order ${detail.purchaseOrderNumber} is waiting for Amazon (labels requested): its carrier is Amazon's.`);
    const short = detail.lines.filter((l) => l.packed < l.ordered);
    if (short.length > 0) throw new StationError('VALIDATION', `Not everything is packed: ${short.map((l) => `${l.vendorProductIdentifier} ${l.packed}/${l.ordered}`).join(', ')}.`);
    const open = detail.packages.filter((p) => p.status === 'open');
    if (open.length > 0) throw new StationError('VALIDATION', `Close package ${open.map((p) => p.number).join(', ')} first (weight and size).`);
    const byPackage = new Map(input.tracking.map((t) => [t.packageId, t.trackingNumber.trim()]));
    const stranger = input.tracking.find((t) => !detail.packages.some((p) => p.id === t.packageId));
    if (stranger) throw new StationError('VALIDATION', `Package ${stranger.packageId} is not part of order ${detail.purchaseOrderNumber}.`);
    const missing = detail.packages.filter((p) => !byPackage.get(p.id));
    if (missing.length > 0) throw new StationError('VALIDATION', `Enter the tracking number of package ${missing.map((p) => p.number).join(', ')}.`);
    const numbers = [...byPackage.values()];
    const twice = numbers.find((n, i) => numbers.indexOf(n) !== i);
    if (twice) throw new StationError('VALIDATION', `Tracking number ${twice} is entered for two packages: each package has its own.`);
    const db = this.repo.db;
    db.transaction(() => {
      const taken = db.prepare('SELECT o.purchase_order_number AS po FROM df_packages p JOIN df_orders o ON o.id = p.order_id WHERE p.tracking_number = ? AND p.order_id <> ?');
      for (const n of numbers) {
        const other = taken.get(n, orderId) as { po: string } | undefined;
        if (other) throw new StationError('CONFLICT', `Tracking number ${n} already belongs to order ${other.po}.`);
      }
      const save = db.prepare('UPDATE df_packages SET tracking_number = ?, updated_at = ? WHERE id = ?');
      for (const [packageId, trackingNumber] of byPackage) save.run(trackingNumber, this.now(), packageId);
      db.prepare('UPDATE df_orders SET own_carrier = ?, own_carrier_scac = ? WHERE id = ?').run(input.carrier.trim(), input.scacCode ?? null, orderId);
      this.repo.setStep(orderId, 'labelled');
      this.audit.record('df.own-carrier', `df:${orderId}`, { carrier: input.carrier.trim(), packages: numbers.length });
    }).immediate();
    return this.repo.detail(orderId);
  }

  sendStatus(orderId: string, input: StatusUpdateInput): DfOrderDetail {
    const row = this.repo.row(orderId);
    if (row.step !== 'shipped' || row.confirmed_at === null) throw new StationError('CONFLICT', `Status updates follow the shipment confirmation (order ${row.purchase_order_number} is ${row.step}).`);
    if (!row.own_carrier) throw new StationError('VALIDATION', `Order ${row.purchase_order_number} ships on Amazon's labels: Amazon's carrier reports its status.`);
    const pkg = this.repo.packages(orderId).find((p) => p.id === input.packageId);
    if (!pkg?.trackingNumber) throw new StationError('VALIDATION', `Package ${input.packageId} is not a tracked package of order ${row.purchase_order_number}.`);
    const problem = statusUpdateProblem(input, row.confirmed_at, this.now());
    if (problem) throw new StationError('VALIDATION', problem);
    const location = DfStatusLocation.parse(input.location);
    const db = this.repo.db;
    db.transaction(() => {
      const same = db
        .prepare('SELECT id FROM df_status_updates WHERE package_id = ? AND status_code = ? AND reason_code = ? AND status_date_time = ?')
        .get(pkg.id, input.statusCode, input.reasonCode, input.statusDateTime);
      if (same) throw new StationError('CONFLICT', `Package ${pkg.number} already has status ${input.statusCode} (${input.reasonCode}) at ${input.statusDateTime}.`);
      const id = randomUUID();
      db.prepare(
        `INSERT INTO df_status_updates (id, order_id, package_id, tracking_number, status_code, reason_code, status_date_time, estimated_delivery, location, state, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'sending', ?, ?)`,
      ).run(id, orderId, pkg.id, pkg.trackingNumber, input.statusCode, input.reasonCode, input.statusDateTime, input.estimatedDeliveryDateTime ?? null, JSON.stringify(location), this.now(), this.now());
      // The update's id is its idempotency key: a repeated request never queues a second entry for the same update.
      this.outbox.enqueue({ accountId: row.account_id, entity: `df:${orderId}`, op: 'df.statusUpdate', payload: { orderId, updateId: id }, idempotencyKey: `df.statusUpdate:${id}` });
      this.audit.record('df.status-update', `df:${orderId}`, { statusCode: input.statusCode, reasonCode: input.reasonCode, package: pkg.number });
    }).immediate();
    this.kick();
    return this.repo.detail(orderId);
  }
}
