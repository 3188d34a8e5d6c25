import { randomUUID } from 'node:crypto';
import type { OutboxStore } from '../sync/outbox-store';
import type { AmazonPlan, InboundSyncDeps } from './sync/deps';
import type { BoxBody } from './sync/inbound-api';
import { REGENERATION_OPS } from './sync/regenerate-handlers';
import type { ConflictRecord } from './conflicts-repo';
import { AFTER_OPS } from './after-confirmation/after-ops';

/** Whether "keep mine" can be offered for a conflict, and why not when it cannot. */
export interface KeepLocalOption {
  available: boolean;
  reason: string | null;
}

/** Open outbox entries of the plan that "keep Amazon's" would discard, because they would send the opposite. */
export function contradictingEntries(deps: InboundSyncDeps, conflict: ConflictRecord): { id: number; op: string }[] {
  const rows = deps.db
    .prepare(`SELECT id, op, json_extract(payload, '$.shipmentId') AS shipment_id FROM outbox WHERE entity = ? AND state IN ('pending', 'failed') AND in_doubt = 0 ORDER BY id`)
    .all(`plan:${conflict.planId}`) as { id: number; op: string; shipment_id: string | null }[];
  const ops: Partial<Record<ConflictRecord['field'], (op: string) => boolean>> = {
    name: (op) => op === REGENERATION_OPS.resendName || /rename|PlanName/i.test(op),
    status: (op) => op !== 'inbound.refreshPlan',
    packingOption: (op) => op === 'inbound.confirmPackingOption',
    placementOption: (op) => op === 'inbound.confirmPlacement',
    placementOptions: (op) => op === 'inbound.confirmPlacement' || op === 'inbound.fetchShipments',
    boxes: (op) => op === 'inbound.setPackingInformation',
  };
  if (conflict.field === 'shipmentName') {
    return rows.filter((r) => r.op === AFTER_OPS.renameShipment && r.shipment_id === conflict.entityId).map(({ id, op }) => ({ id, op }));
  }
  const matches = ops[conflict.field];
  return matches ? rows.filter((r) => matches(r.op)).map(({ id, op }) => ({ id, op })) : [];
}

export function keepLocalOption(deps: InboundSyncDeps, conflict: ConflictRecord): KeepLocalOption {
  const plan = deps.repo.plan(conflict.planId);
  const no = (reason: string): KeepLocalOption => ({ available: false, reason });
  switch (conflict.field) {
    case 'name':
      return { available: true, reason: null };
    case 'status':
      return no('Amazon does not reopen a cancelled plan. Keep Amazon’s, then create a new plan for these items.');
    case 'packingOption':
      return no('Amazon confirms a packing option once; the one confirmed elsewhere cannot be changed.');
    case 'placementOption':
      return no('Amazon confirms a placement option once; the one confirmed elsewhere cannot be changed.');
    case 'placementOptions':
      return no('Amazon no longer offers the chosen placement option; it cannot be confirmed any more.');
    case 'boxes': {
      const confirmed = deps.db.prepare('SELECT 1 FROM inbound_shipments WHERE plan_id = ? AND confirmation_id IS NOT NULL LIMIT 1').get(plan.id);
      if (confirmed || (plan.flow === 'pack_first' && plan.placement_option_id)) {
        return no('Placement is confirmed: Amazon takes new box contents only as a content update after confirmation.');
      }
      return { available: true, reason: null };
    }
    case 'tracking':
      return plan.step === 'shipped' ? no('Amazon marked the plan shipped and takes no more tracking changes.') : { available: true, reason: null };
    case 'shipmentName':
      return plan.step === 'cancelled' ? no('The plan is cancelled: Amazon takes no more changes to its shipments.') : { available: true, reason: null };
  }
}

function enqueue(outbox: OutboxStore, plan: { id: string; account_id: string }, op: string, payload: Record<string, unknown> = {}, coalesce = false): void {
  outbox.enqueue({ accountId: plan.account_id, entity: `plan:${plan.id}`, op, payload: { planId: plan.id, ...payload }, coalesce });
}

/** Amazon's box set becomes the station's: its boxes are rewritten from Amazon's list (read before the transaction). */
function replaceBoxes(deps: InboundSyncDeps, plan: AmazonPlan, remote: BoxBody[]): void {
  const groups = (deps.db.prepare('SELECT packing_group_id, items FROM inbound_packing_groups WHERE plan_id = ?').all(plan.id) as { packing_group_id: string; items: string }[]).map((g) => ({
    id: g.packing_group_id,
    mskus: new Set((JSON.parse(g.items) as { msku: string }[]).map((i) => i.msku)),
  }));
  const option = plan.packing_option_id
    ? (deps.db.prepare('SELECT group_ids FROM inbound_packing_options WHERE plan_id = ? AND packing_option_id = ?').get(plan.id, plan.packing_option_id) as { group_ids: string } | undefined)
    : undefined;
  const optionGroups = new Set(option ? (JSON.parse(option.group_ids) as string[]) : groups.map((g) => g.id));
  deps.db.prepare('DELETE FROM inbound_boxes WHERE plan_id = ?').run(plan.id);
  const insertBox = deps.db.prepare(
    `INSERT INTO inbound_boxes (id, plan_id, number, packing_group_id, shipment_id, status, weight, weight_unit, length, width, height, dimension_unit,
       content_source, amazon_box_id, created_at, updated_at, closed_at) VALUES (?, ?, ?, ?, NULL, 'closed', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertLine = deps.db.prepare('INSERT INTO inbound_box_items (box_id, msku, quantity, expiration) VALUES (?, ?, ?, ?)');
  const at = Date.now();
  remote.forEach((box, index) => {
    const id = randomUUID();
    const first = box.items?.[0]?.msku;
    const group = first ? groups.find((g) => optionGroups.has(g.id) && g.mskus.has(first))?.id ?? null : null;
    const source = box.items && box.items.length > 0 ? 'BOX_CONTENT_PROVIDED' : 'MANUAL_PROCESS';
    insertBox.run(
      id, plan.id, index + 1, group,
      box.weight?.value ?? null, box.weight?.unit ?? null,
      box.dimensions?.length ?? null, box.dimensions?.width ?? null, box.dimensions?.height ?? null, box.dimensions?.unitOfMeasurement ?? null,
      source, box.boxId ?? null, at, at, at,
    );
    for (const item of box.items ?? []) insertLine.run(id, item.msku, item.quantity, item.expiration ?? null);
  });
}

/** What "keep Amazon's" needs from Amazon before its transaction (only the box set is not in the conflict itself). */
export async function prepareKeepAmazon(deps: InboundSyncDeps, conflict: ConflictRecord): Promise<BoxBody[] | null> {
  if (conflict.field !== 'boxes') return null;
  const plan = deps.requireAmazonPlan(conflict.planId);
  return plan ? deps.api(plan.account_id).planBoxes(plan.amazon_plan_id) : null;
}

/** Applies Amazon's value to the station's copy; runs inside the resolution's transaction. */
export function applyKeepAmazon(deps: InboundSyncDeps, outbox: OutboxStore, conflict: ConflictRecord, remoteBoxes: BoxBody[] | null): void {
  const plan = deps.repo.plan(conflict.planId);
  const amazon = conflict.amazonValue;
  switch (conflict.field) {
    case 'name':
      deps.db.prepare('UPDATE inbound_plans SET name = ?, updated_at = ? WHERE id = ?').run(String(amazon), Date.now(), plan.id);
      break;
    case 'status':
      deps.repo.touch(plan.id, { step: 'cancelled', status: 'cancelled' });
      break;
    case 'packingOption':
      deps.repo.touch(plan.id, { packing_option_id: String(amazon), ...(plan.step === 'choose_packing' ? { step: 'packing' as const } : {}) });
      break;
    case 'placementOption':
      deps.db.prepare('UPDATE inbound_shipments SET transportation_option_id = NULL, delivery_window_option_id = NULL WHERE plan_id = ?').run(plan.id);
      deps.repo.touch(plan.id, { placement_option_id: String(amazon), ...(plan.step === 'placement' ? { step: plan.flow === 'pack_first' ? ('transport' as const) : ('packing' as const) } : {}) });
      enqueue(outbox, plan, 'inbound.fetchShipments');
      break;
    case 'placementOptions':
      deps.repo.touch(plan.id, { placement_option_id: null, step: 'placement' });
      enqueue(outbox, plan, REGENERATION_OPS.replace, { kind: 'placement' });
      if (plan.flow === 'pack_first') enqueue(outbox, plan, 'inbound.exploreTransport');
      break;
    case 'boxes':
      if (plan.amazon_plan_id && remoteBoxes) replaceBoxes(deps, plan as AmazonPlan, remoteBoxes);
      break;
    case 'tracking':
      deps.db.prepare('UPDATE inbound_boxes SET tracking_id = ?, updated_at = ? WHERE plan_id = ? AND amazon_box_id = ?').run(String(amazon), Date.now(), plan.id, conflict.entityId);
      break;
    case 'shipmentName':
      deps.db.prepare('UPDATE inbound_shipments SET name = ?, updated_at = ? WHERE plan_id = ? AND shipment_id = ?').run(String(amazon), Date.now(), plan.id, conflict.entityId);
      break;
  }
}

/** Sends the station's value to Amazon again; runs inside the resolution's transaction. */
export function applyKeepLocal(deps: InboundSyncDeps, outbox: OutboxStore, conflict: ConflictRecord): void {
  const plan = deps.repo.plan(conflict.planId);
  switch (conflict.field) {
    case 'name':
      enqueue(outbox, plan, REGENERATION_OPS.resendName);
      break;
    case 'boxes':
      enqueue(outbox, plan, 'inbound.setPackingInformation', {}, true);
      break;
    case 'tracking': {
      const box = deps.db.prepare('SELECT shipment_id FROM inbound_boxes WHERE plan_id = ? AND amazon_box_id = ?').get(plan.id, conflict.entityId) as { shipment_id: string } | undefined;
      if (box) enqueue(outbox, plan, 'inbound.updateTracking', { shipmentId: box.shipment_id });
      break;
    }
    case 'shipmentName':
      enqueue(outbox, plan, AFTER_OPS.renameShipment, { shipmentId: conflict.entityId });
      break;
    default:
      break;
  }
}
