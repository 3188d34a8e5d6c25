import type { Db } from '../db/database';
import type { Box, PlanDetail, PlanItem, PlanStep, PlanSummary, ShipFrom, Flow } from '../../shared/ipc/inbound';
import { notFound } from '../core/errors';

export interface PlanRow {
  id: string;
  account_id: string;
  marketplace_id: string;
  ship_from_id: string;
  name: string;
  flow: Flow;
  amazon_plan_id: string | null;
  status: string;
  step: PlanStep;
  packing_option_id: string | null;
  placement_option_id: string | null;
  created_at: number;
  updated_at: number;
}

interface BoxRow {
  id: string;
  plan_id: string;
  number: number;
  packing_group_id: string | null;
  shipment_id: string | null;
  status: 'open' | 'closed';
  weight: number | null;
  weight_unit: 'LB' | 'KG' | null;
  length: number | null;
  width: number | null;
  height: number | null;
  dimension_unit: 'IN' | 'CM' | null;
  content_source: Box['contentSource'];
  amazon_box_id: string | null;
  tracking_id: string | null;
}

const json = <T>(text: string | null, fallback: T): T => (text ? (JSON.parse(text) as T) : fallback);

/** Reads and writes of the inbound tables. Callers wrap writes in their own transaction with the outbox entry. */
export class InboundRepo {
  constructor(readonly db: Db) {}

  plan(planId: string): PlanRow {
    const row = this.db.prepare('SELECT * FROM inbound_plans WHERE id = ?').get(planId) as PlanRow | undefined;
    if (!row) throw notFound(`Inbound plan ${planId}`);
    return row;
  }

  planByAmazonId(amazonPlanId: string): PlanRow | undefined {
    return this.db.prepare('SELECT * FROM inbound_plans WHERE amazon_plan_id = ?').get(amazonPlanId) as PlanRow | undefined;
  }

  touch(planId: string, fields: Partial<Pick<PlanRow, 'step' | 'status' | 'amazon_plan_id' | 'packing_option_id' | 'placement_option_id'>> = {}): void {
    const sets = Object.keys(fields).map((k) => `${k} = @${k}`);
    this.db.prepare(`UPDATE inbound_plans SET ${[...sets, 'updated_at = @at'].join(', ')} WHERE id = @id`).run({ ...fields, at: Date.now(), id: planId });
  }

  items(planId: string): PlanItem[] {
    const rows = this.db
      .prepare(
        `SELECT i.*, c.title FROM inbound_plan_items i JOIN inbound_plans p ON p.id = i.plan_id
         LEFT JOIN catalog_items c ON c.account_id = p.account_id AND c.msku = i.msku WHERE i.plan_id = ? ORDER BY i.id`,
      )
      .all(planId) as { msku: string; fnsku: string | null; quantity: number; prep_owner: PlanItem['prepOwner']; label_owner: PlanItem['labelOwner']; expiration: string | null; lot_code: string | null; title: string | null }[];
    return rows.map((r) => ({
      msku: r.msku,
      fnsku: r.fnsku,
      title: r.title ?? '',
      quantity: r.quantity,
      prepOwner: r.prep_owner,
      labelOwner: r.label_owner,
      ...(r.expiration ? { expiration: r.expiration } : {}),
      ...(r.lot_code ? { lotCode: r.lot_code } : {}),
    }));
  }

  box(boxId: string): Box {
    const row = this.db.prepare('SELECT * FROM inbound_boxes WHERE id = ?').get(boxId) as BoxRow | undefined;
    if (!row) throw notFound(`Box ${boxId}`);
    return this.toBox(row, this.lines([boxId]).get(boxId) ?? []);
  }

  boxPlanId(boxId: string): string {
    const row = this.db.prepare('SELECT plan_id FROM inbound_boxes WHERE id = ?').get(boxId) as { plan_id: string } | undefined;
    if (!row) throw notFound(`Box ${boxId}`);
    return row.plan_id;
  }

  boxes(planId: string): Box[] {
    const rows = this.db.prepare('SELECT * FROM inbound_boxes WHERE plan_id = ? ORDER BY number').all(planId) as BoxRow[];
    const lines = this.lines(rows.map((r) => r.id), planId);
    return rows.map((r) => this.toBox(r, lines.get(r.id) ?? []));
  }

  /** Units of each MSKU (and expiration) packed in the plan's boxes. */
  packedUnits(planId: string): Map<string, number> {
    const rows = this.db
      .prepare(
        `SELECT bi.msku, sum(bi.quantity) AS n FROM inbound_box_items bi JOIN inbound_boxes b ON b.id = bi.box_id
         WHERE b.plan_id = ? GROUP BY bi.msku`,
      )
      .all(planId) as { msku: string; n: number }[];
    return new Map(rows.map((r) => [r.msku, r.n]));
  }

  private lines(boxIds: string[], planId?: string): Map<string, Box['lines']> {
    const map = new Map<string, Box['lines']>();
    if (boxIds.length === 0) return map;
    const rows = (
      planId
        ? this.db.prepare('SELECT bi.* FROM inbound_box_items bi JOIN inbound_boxes b ON b.id = bi.box_id WHERE b.plan_id = ? ORDER BY bi.rowid').all(planId)
        : this.db.prepare(`SELECT * FROM inbound_box_items WHERE box_id IN (${boxIds.map(() => '?').join(',')}) ORDER BY rowid`).all(...boxIds)
    ) as { box_id: string; msku: string; quantity: number; expiration: string | null }[];
    for (const r of rows) {
      const list = map.get(r.box_id) ?? [];
      list.push({ msku: r.msku, quantity: r.quantity, expiration: r.expiration });
      map.set(r.box_id, list);
    }
    return map;
  }

  private toBox(r: BoxRow, lines: Box['lines']): Box {
    return {
      id: r.id,
      number: r.number,
      packingGroupId: r.packing_group_id,
      shipmentId: r.shipment_id,
      status: r.status,
      weight: r.weight !== null && r.weight_unit ? { value: r.weight, unit: r.weight_unit } : null,
      dimensions:
        r.length !== null && r.width !== null && r.height !== null && r.dimension_unit
          ? { length: r.length, width: r.width, height: r.height, unit: r.dimension_unit }
          : null,
      contentSource: r.content_source,
      amazonBoxId: r.amazon_box_id,
      trackingId: r.tracking_id,
      lines,
    };
  }

  shipFrom(id: string): ShipFrom {
    const row = this.db.prepare('SELECT * FROM ship_from_addresses WHERE id = ?').get(id) as { id: string; account_id: string; label: string; address: string } | undefined;
    if (!row) throw notFound(`Ship-from address ${id}`);
    return { id: row.id, accountId: row.account_id, label: row.label, address: JSON.parse(row.address) as ShipFrom['address'] };
  }

  summary(row: PlanRow): PlanSummary {
    const counts = this.db
      .prepare(
        `SELECT (SELECT count(DISTINCT msku) FROM inbound_plan_items WHERE plan_id = @id) AS skus,
                (SELECT ifnull(sum(quantity), 0) FROM inbound_plan_items WHERE plan_id = @id) AS units,
                (SELECT ifnull(sum(bi.quantity), 0) FROM inbound_box_items bi JOIN inbound_boxes b ON b.id = bi.box_id WHERE b.plan_id = @id) AS packed,
                (SELECT count(*) FROM inbound_boxes WHERE plan_id = @id) AS boxes`,
      )
      .get({ id: row.id }) as { skus: number; units: number; packed: number; boxes: number };
    const shipments = this.db
      .prepare('SELECT shipment_id, confirmation_id FROM inbound_shipments WHERE plan_id = ? AND placement_option_id = ifnull(?, placement_option_id) ORDER BY shipment_id')
      .all(row.id, row.placement_option_id) as { shipment_id: string; confirmation_id: string | null }[];
    const confirmed = row.placement_option_id ? shipments : [];
    const sync = this.db
      .prepare(
        `SELECT sum(state IN ('pending', 'waiting')) AS pending, sum(state = 'failed') AS failed,
                (SELECT json_extract(last_error, '$.message') FROM outbox WHERE entity = ? AND state = 'failed' ORDER BY id LIMIT 1) AS lastError
         FROM outbox WHERE entity = ?`,
      )
      .get(`plan:${row.id}`, `plan:${row.id}`) as { pending: number | null; failed: number | null; lastError: string | null };
    return {
      id: row.id,
      accountId: row.account_id,
      marketplaceId: row.marketplace_id,
      name: row.name,
      flow: row.flow,
      step: row.step,
      amazonPlanId: row.amazon_plan_id,
      skuCount: counts.skus,
      unitCount: counts.units,
      packedUnits: counts.packed,
      boxCount: counts.boxes,
      shipmentIds: confirmed.map((s) => s.shipment_id),
      confirmationIds: confirmed.map((s) => s.confirmation_id).filter((c): c is string => c !== null),
      sync: { pending: sync.pending ?? 0, failed: sync.failed ?? 0, lastError: sync.lastError },
      updatedAt: row.updated_at,
    };
  }

  detail(planId: string): PlanDetail {
    const row = this.plan(planId);
    const all = <T>(sql: string) => this.db.prepare(sql).all(planId) as T[];
    const problems = this.db
      .prepare(`SELECT op, problems FROM async_operations WHERE entity = ? AND problems != '[]' ORDER BY created_at`)
      .all(`plan:${planId}`) as { op: string; problems: string }[];
    const shipmentItems = new Map<string, { msku: string; quantity: number; expiration: string | null }[]>();
    for (const i of all<{ shipment_id: string; msku: string; quantity: number; expiration: string | null }>('SELECT * FROM inbound_shipment_items WHERE plan_id = ? ORDER BY msku')) {
      shipmentItems.set(i.shipment_id, [...(shipmentItems.get(i.shipment_id) ?? []), { msku: i.msku, quantity: i.quantity, expiration: i.expiration }]);
    }
    return {
      ...this.summary(row),
      shipFrom: this.shipFrom(row.ship_from_id),
      items: this.items(planId),
      packingOptionId: row.packing_option_id,
      placementOptionId: row.placement_option_id,
      packingOptions: all<{ packing_option_id: string; status: string; expires_at: string | null; group_ids: string; raw: string }>(
        'SELECT * FROM inbound_packing_options WHERE plan_id = ? ORDER BY packing_option_id',
      ).map((r) => ({ packingOptionId: r.packing_option_id, status: r.status, expiresAt: r.expires_at, groupIds: json(r.group_ids, []), raw: json(r.raw, {}) })),
      packingGroups: all<{ packing_group_id: string; items: string }>('SELECT * FROM inbound_packing_groups WHERE plan_id = ? ORDER BY packing_group_id').map((r) => ({
        packingGroupId: r.packing_group_id,
        items: json(r.items, []),
      })),
      placementOptions: all<{ placement_option_id: string; status: string; expires_at: string | null; shipment_ids: string; raw: string }>(
        'SELECT * FROM inbound_placement_options WHERE plan_id = ? ORDER BY placement_option_id',
      ).map((r) => ({ placementOptionId: r.placement_option_id, status: r.status, expiresAt: r.expires_at, shipmentIds: json(r.shipment_ids, []), raw: json(r.raw, {}) })),
      shipments: all<{ shipment_id: string; placement_option_id: string; confirmation_id: string | null; status: string | null; transportation_option_id: string | null; delivery_window_option_id: string | null; raw: string }>(
        'SELECT * FROM inbound_shipments WHERE plan_id = ? ORDER BY shipment_id',
      ).map((r) => ({
        shipmentId: r.shipment_id,
        placementOptionId: r.placement_option_id,
        confirmationId: r.confirmation_id,
        status: r.status,
        transportationOptionId: r.transportation_option_id,
        deliveryWindowOptionId: r.delivery_window_option_id,
        raw: json(r.raw, {}),
        ...(shipmentItems.has(r.shipment_id) ? { items: shipmentItems.get(r.shipment_id) } : {}),
      })),
      transportationOptions: all<{ transportation_option_id: string; placement_option_id: string; shipment_id: string; shipping_mode: string; shipping_solution: string; raw: string }>(
        'SELECT * FROM inbound_transportation_options WHERE plan_id = ? ORDER BY shipment_id, transportation_option_id',
      ).map((r) => ({
        transportationOptionId: r.transportation_option_id,
        placementOptionId: r.placement_option_id,
        shipmentId: r.shipment_id,
        shippingMode: r.shipping_mode,
        shippingSolution: r.shipping_solution,
        raw: json(r.raw, {}),
      })),
      deliveryWindows: all<{ delivery_window_option_id: string; shipment_id: string; starts_at: string; ends_at: string; valid_until: string | null }>(
        'SELECT * FROM inbound_delivery_windows WHERE plan_id = ? ORDER BY shipment_id, starts_at',
      ).map((r) => ({ deliveryWindowOptionId: r.delivery_window_option_id, shipmentId: r.shipment_id, startsAt: r.starts_at, endsAt: r.ends_at, validUntil: r.valid_until })),
      boxes: this.boxes(planId),
      problems: problems.flatMap((p) =>
        (JSON.parse(p.problems) as { code: string; message: string; severity: 'ERROR' | 'WARNING' }[]).map((x) => ({ code: x.code, message: x.message, severity: x.severity, op: p.op })),
      ),
    };
  }
}
