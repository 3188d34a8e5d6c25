import type { Db } from '../../db/database';
import type { AfterBox, ContentUpdateBox, ContentUpdatePreview, ContentUpdateView } from '../../../shared/ipc/inbound-after';
import { notFound } from '../../core/errors';
import type { InboundRepo } from '../inbound-repo';

export type ContentUpdateState = ContentUpdateView['state'];

export interface ContentUpdateRow {
  id: string;
  plan_id: string;
  shipment_id: string;
  state: ContentUpdateState;
  boxes: string;
  preview_id: string | null;
  preview: string | null;
  problems: string;
  created_at: number;
  updated_at: number;
}

export interface ShipmentRow {
  plan_id: string;
  shipment_id: string;
  placement_option_id: string;
  confirmation_id: string | null;
  status: string | null;
  transportation_option_id: string | null;
  delivery_window_option_id: string | null;
  raw: string;
  name: string | null;
  self_ship: string;
}

/** What the station keeps of a shipment's self-ship slots and appointment. */
export interface SelfShipState {
  slots?: { slotId: string; startsAt: string; endsAt: string }[];
  slotsExpireAt?: string | null;
  appointment?: { appointmentId: number | null; startsAt: string | null; endsAt: string | null; status: string } | null;
  /** A booking or cancellation asked for at the station and not yet confirmed by Amazon. */
  pending?: 'slots' | 'booking' | 'cancelling' | null;
  booking?: { slotId: string; reason?: string };
  /** Amazon finished generating slots that the station has not read yet. */
  slotsGenerated?: boolean;
  cancelReason?: string;
}

/** A stored preview: what the UI shows, and Amazon's transportation option id to confirm against. */
export interface StoredPreview extends ContentUpdatePreview {
  transportationOptionId: string;
  raw: unknown;
}

/** SQL of the after-confirmation tables. Writes run inside the caller's transaction with their outbox entries. */
export class AfterRepo {
  constructor(
    readonly db: Db,
    readonly inbound: InboundRepo,
  ) {}

  shipment(planId: string, shipmentId: string): ShipmentRow {
    const row = this.db.prepare('SELECT * FROM inbound_shipments WHERE plan_id = ? AND shipment_id = ?').get(planId, shipmentId) as ShipmentRow | undefined;
    if (!row) throw notFound(`Shipment ${shipmentId} of plan ${planId}`);
    return row;
  }

  /** The shipments of the confirmed placement option. */
  confirmedShipments(planId: string, placementOptionId: string | null): ShipmentRow[] {
    if (!placementOptionId) return [];
    return this.db.prepare('SELECT * FROM inbound_shipments WHERE plan_id = ? AND placement_option_id = ? ORDER BY shipment_id').all(planId, placementOptionId) as ShipmentRow[];
  }

  shipmentBoxes(planId: string, shipmentId: string): AfterBox[] {
    const packages = new Map(
      (this.db.prepare('SELECT id, amazon_package_id FROM inbound_boxes WHERE plan_id = ? AND shipment_id = ?').all(planId, shipmentId) as { id: string; amazon_package_id: string | null }[]).map(
        (r) => [r.id, r.amazon_package_id],
      ),
    );
    return this.inbound
      .boxes(planId)
      .filter((b) => b.shipmentId === shipmentId)
      .map((b) => ({
        id: b.id,
        number: b.number,
        amazonBoxId: b.amazonBoxId,
        amazonPackageId: packages.get(b.id) ?? null,
        contentSource: b.contentSource,
        weight: b.weight,
        dimensions: b.dimensions,
        lines: b.lines,
      }));
  }

  setPackageId(boxId: string, packageId: string): void {
    this.db.prepare('UPDATE inbound_boxes SET amazon_package_id = ?, updated_at = ? WHERE id = ?').run(packageId, Date.now(), boxId);
  }

  setShipmentName(planId: string, shipmentId: string, name: string): void {
    this.db.prepare('UPDATE inbound_shipments SET name = ?, updated_at = ? WHERE plan_id = ? AND shipment_id = ?').run(name, Date.now(), planId, shipmentId);
  }

  setPlanName(planId: string, name: string): void {
    this.db.prepare('UPDATE inbound_plans SET name = ?, updated_at = ? WHERE id = ?').run(name, Date.now(), planId);
  }

  setShipmentRaw(planId: string, shipmentId: string, raw: unknown, status: string | null): void {
    this.db
      .prepare('UPDATE inbound_shipments SET raw = ?, status = coalesce(?, status), updated_at = ? WHERE plan_id = ? AND shipment_id = ?')
      .run(JSON.stringify(raw), status, Date.now(), planId, shipmentId);
  }

  selfShip(planId: string, shipmentId: string): SelfShipState {
    return JSON.parse(this.shipment(planId, shipmentId).self_ship) as SelfShipState;
  }

  updateSelfShip(planId: string, shipmentId: string, change: (state: SelfShipState) => SelfShipState): void {
    const next = change(this.selfShip(planId, shipmentId));
    this.db.prepare('UPDATE inbound_shipments SET self_ship = ?, updated_at = ? WHERE plan_id = ? AND shipment_id = ?').run(JSON.stringify(next), Date.now(), planId, shipmentId);
  }

  insertContentUpdate(row: Pick<ContentUpdateRow, 'id' | 'plan_id' | 'shipment_id'>, boxes: ContentUpdateBox[]): void {
    const at = Date.now();
    this.db
      .prepare(`INSERT INTO inbound_content_updates (id, plan_id, shipment_id, state, boxes, created_at, updated_at) VALUES (?, ?, ?, 'requested', ?, ?, ?)`)
      .run(row.id, row.plan_id, row.shipment_id, JSON.stringify(boxes), at, at);
  }

  contentUpdate(id: string): ContentUpdateRow {
    const row = this.db.prepare('SELECT * FROM inbound_content_updates WHERE id = ?').get(id) as ContentUpdateRow | undefined;
    if (!row) throw notFound(`Content update ${id}`);
    return row;
  }

  /** The shipment's latest content update that is not discarded. */
  latestContentUpdate(planId: string, shipmentId: string): ContentUpdateRow | undefined {
    return this.db
      .prepare(`SELECT * FROM inbound_content_updates WHERE plan_id = ? AND shipment_id = ? AND state != 'discarded' ORDER BY created_at DESC, rowid DESC LIMIT 1`)
      .get(planId, shipmentId) as ContentUpdateRow | undefined;
  }

  setContentUpdate(id: string, fields: { state: ContentUpdateState; preview?: StoredPreview; problems?: { code: string; message: string }[] }): void {
    const sets = ['state = @state', 'updated_at = @at'];
    if (fields.preview) sets.push('preview = @preview', 'preview_id = @previewId');
    if (fields.problems) sets.push('problems = @problems');
    this.db.prepare(`UPDATE inbound_content_updates SET ${sets.join(', ')} WHERE id = @id`).run({
      id,
      state: fields.state,
      at: Date.now(),
      ...(fields.preview ? { preview: JSON.stringify(fields.preview), previewId: fields.preview.previewId } : {}),
      ...(fields.problems ? { problems: JSON.stringify(fields.problems) } : {}),
    });
  }

  contentUpdateView(row: ContentUpdateRow): ContentUpdateView {
    const stored = row.preview ? (JSON.parse(row.preview) as StoredPreview) : null;
    return {
      id: row.id,
      state: row.state,
      boxes: JSON.parse(row.boxes) as ContentUpdateBox[],
      preview: stored
        ? {
            previewId: stored.previewId,
            expiresAt: stored.expiresAt,
            items: stored.items,
            boxCount: stored.boxCount,
            carrier: stored.carrier,
            shippingMode: stored.shippingMode,
            shippingSolution: stored.shippingSolution,
            cost: stored.cost,
            previousCost: stored.previousCost,
          }
        : null,
      problems: JSON.parse(row.problems) as { code: string; message: string }[],
      createdAt: row.created_at,
    };
  }

  storedPreview(row: ContentUpdateRow): StoredPreview | null {
    return row.preview ? (JSON.parse(row.preview) as StoredPreview) : null;
  }

  /** Outbox entries of a plan (and of its content updates) that have not reached Amazon yet. */
  pendingFor(planId: string): number {
    const row = this.db
      .prepare(
        `SELECT count(*) AS n FROM outbox WHERE state IN ('pending', 'waiting')
         AND (entity = ? OR entity IN (SELECT 'content-update:' || id FROM inbound_content_updates WHERE plan_id = ?))`,
      )
      .get(`plan:${planId}`, planId) as { n: number };
    return row.n;
  }
}
