import type { AmazonPlan, InboundSyncDeps } from './sync/deps';
import type { BoxBody, InboundApi } from './sync/inbound-api';
import { amazonBoxSignature, boxSignature } from './sync/packing-handlers';
import { storePlacementOptions } from './sync/placement-handlers';
import { refreshShipments } from './sync/shipment-handlers';
import type { ConflictRecord, ConflictsRepo } from './conflicts-repo';
import { AFTER_OPS } from './after-confirmation/after-ops';

/** What one pull of a plan found: the conflicts it recorded and the differences it merged on its own. */
export interface PullResult {
  conflicts: ConflictRecord[];
  merged: string[];
}

/** The plan's outbox entries by how far they got. In flight = sent or possibly sent and not finished. */
interface PlanWork {
  open: Set<string>;
  inFlight: Set<string>;
  done: Set<string>;
}

const PULL_OPS = new Set(['inbound.refreshPlan']);

function planWork(deps: InboundSyncDeps, planId: string): PlanWork {
  const rows = deps.db.prepare(`SELECT op, state, in_doubt FROM outbox WHERE entity = ? AND state IN ('pending', 'waiting', 'failed', 'done')`).all(`plan:${planId}`) as {
    op: string;
    state: string;
    in_doubt: number;
  }[];
  const work: PlanWork = { open: new Set(), inFlight: new Set(), done: new Set() };
  for (const row of rows) {
    if (PULL_OPS.has(row.op)) continue;
    if (row.state === 'done') work.done.add(row.op);
    else if (row.state === 'waiting' || row.in_doubt === 1) work.inFlight.add(row.op);
    else work.open.add(row.op);
  }
  return work;
}

/** Box contents as the conflict panel shows them: how many boxes and units per MSKU. */
export function boxSummary(boxes: { lines: { msku: string; quantity: number }[] }[]): { boxes: number; units: Record<string, number> } {
  const units: Record<string, number> = {};
  for (const box of boxes) for (const line of box.lines) units[line.msku] = (units[line.msku] ?? 0) + line.quantity;
  return { boxes: boxes.length, units };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const remoteLines = (box: BoxBody) => ({ lines: (box.items ?? []).map((i) => ({ msku: i.msku, quantity: i.quantity })) });

/**
 * Reads a plan back from Amazon and compares it with the station's copy. What Amazon owns and the station never
 * touched (status progress, option ids Amazon assigned while nothing was chosen) is merged. A difference in something
 * the station authored or has queued (the plan's name, its box set, its chosen options, box tracking, or a plan voided
 * while work waits) becomes a conflict the user resolves; the station's value is never silently overwritten, and
 * Amazon's is never silently overwritten by the outbox either (the plan's entries wait while a conflict is open).
 * Fields touched by an entry in flight are left for the next pull: Amazon may not show its outcome yet.
 */
export async function pullPlan(deps: InboundSyncDeps, conflicts: ConflictsRepo, plan: AmazonPlan): Promise<PullResult> {
  const api = deps.api(plan.account_id);
  const found: ConflictRecord[] = [];
  const merged: string[] = [];
  const work = planWork(deps, plan.id);
  // A plan cancelled here has nothing left to compare; its cancellation is on its way or done.
  if (plan.step === 'cancelled') return { conflicts: found, merged };
  const remote = await api.plan(plan.amazon_plan_id);
  const record = (field: ConflictRecord['field'], localValue: unknown, amazonValue: unknown, entityKind: ConflictRecord['entityKind'] = 'plan', entityId = plan.id) =>
    found.push(deps.db.transaction(() => conflicts.record({ planId: plan.id, entityKind, entityId, field, localValue, amazonValue }))());
  const settle = (field: ConflictRecord['field']) => {
    const open = conflicts.openField(plan.id, field);
    if (open) conflicts.close(open.id, 'settled', null);
  };

  if (remote.status === 'VOIDED') {
    if (!work.inFlight.has('inbound.cancelPlan')) {
      const boxes = (deps.db.prepare('SELECT count(*) AS n FROM inbound_boxes WHERE plan_id = ?').get(plan.id) as { n: number }).n;
      const queued = [...work.open, ...work.inFlight];
      if (queued.length === 0 && boxes === 0) {
        deps.repo.touch(plan.id, { step: 'cancelled', status: 'cancelled' });
        merged.push('status');
      } else {
        record('status', { step: plan.step, boxes, queued }, 'VOIDED');
      }
    }
    return { conflicts: found, merged };
  }
  if (remote.status === 'SHIPPED' && plan.step !== 'shipped') {
    deps.repo.touch(plan.id, { step: 'shipped', status: 'shipped' });
    merged.push('status');
  }
  // While something is on its way to Amazon, what Amazon shows may be the state before it: compare next time.
  if (work.inFlight.size > 0) return { conflicts: found, merged };

  // The name is the station's own (it also finds the plan by it after a lost create reply).
  const seenName = conflicts.seen(plan.id, 'name');
  const baseName = typeof seenName === 'string' ? seenName : plan.name;
  if (remote.name === plan.name) settle('name');
  else if (remote.name !== baseName) record('name', plan.name, remote.name);
  conflicts.setSeen(plan.id, 'name', remote.name);

  if (plan.flow === 'pack_first' && plan.step !== 'creating') await comparePacking(deps, api, plan, record, merged);
  const confirmedHere = await comparePlacement(deps, api, plan, work, record, merged);
  await compareBoxes(deps, conflicts, api, plan, work, record, settle);
  // Shipments are read only for the placement Amazon confirmed as the station's: another option's are gone.
  if (confirmedHere) {
    await refreshShipments(deps, deps.repo.plan(plan.id) as AmazonPlan);
    await compareTracking(deps, conflicts, api, deps.repo.plan(plan.id) as AmazonPlan, work, record);
    compareShipmentNames(deps, conflicts, plan, work, record);
  }
  return { conflicts: found, merged };
}

type RecordConflict = (field: ConflictRecord['field'], localValue: unknown, amazonValue: unknown, entityKind?: ConflictRecord['entityKind'], entityId?: string) => void;

async function comparePacking(deps: InboundSyncDeps, api: InboundApi, plan: AmazonPlan, record: RecordConflict, merged: string[]): Promise<void> {
  const accepted = (await api.packingOptions(plan.amazon_plan_id)).find((o) => o.status === 'ACCEPTED');
  if (!accepted) return;
  if (plan.packing_option_id && plan.packing_option_id !== accepted.packingOptionId) {
    record('packingOption', plan.packing_option_id, accepted.packingOptionId);
  } else if (!plan.packing_option_id && plan.step === 'choose_packing') {
    const known = deps.db.prepare('SELECT 1 FROM inbound_packing_options WHERE plan_id = ? AND packing_option_id = ?').get(plan.id, accepted.packingOptionId);
    if (known) {
      deps.repo.touch(plan.id, { packing_option_id: accepted.packingOptionId, step: 'packing' });
      merged.push('packingOption');
    }
  }
}

/** Compares placement; returns whether Amazon's confirmed placement option is the station's own choice. */
async function comparePlacement(deps: InboundSyncDeps, api: InboundApi, plan: AmazonPlan, work: PlanWork, record: RecordConflict, merged: string[]): Promise<boolean> {
  const known = (deps.db.prepare('SELECT count(*) AS n FROM inbound_placement_options WHERE plan_id = ?').get(plan.id) as { n: number }).n;
  if (known === 0 && !plan.placement_option_id) return false;
  const listed = await api.placementOptions(plan.amazon_plan_id);
  if (listed.length === 0) return false;
  const accepted = listed.find((o) => o.status === 'ACCEPTED');
  if (accepted) {
    if (plan.placement_option_id === accepted.placementOptionId) return true;
    if (plan.placement_option_id) {
      record('placementOption', plan.placement_option_id, accepted.placementOptionId);
    } else if (!plan.placement_option_id && plan.step === 'placement') {
      // Confirmed elsewhere while the station had not chosen: take it, as choosing it here would have.
      deps.db.transaction(() => {
        storePlacementOptions(deps, plan, listed, false);
        deps.repo.touch(plan.id, { placement_option_id: accepted.placementOptionId, step: plan.flow === 'pack_first' ? 'transport' : 'packing' });
      })();
      merged.push('placementOption');
      return true;
    }
    return false;
  }
  const ids = listed.map((o) => o.placementOptionId);
  if (plan.placement_option_id) {
    if (!ids.includes(plan.placement_option_id) && !work.inFlight.has('inbound.confirmPlacement')) record('placementOptions', plan.placement_option_id, ids);
    return false;
  }
  // Nothing chosen yet: the options Amazon lists now (new ids after a generation elsewhere) simply replace ours.
  if (work.open.has('inbound.generatePlacementOptions') || work.open.has('inbound.regenerateOptions')) return false;
  const dropped = storePlacementOptions(deps, plan, listed, true);
  if (dropped.length > 0) merged.push('placementOptions');
  return false;
}

async function compareBoxes(
  deps: InboundSyncDeps,
  conflicts: ConflictsRepo,
  api: InboundApi,
  plan: AmazonPlan,
  work: PlanWork,
  record: RecordConflict,
  settle: (field: ConflictRecord['field']) => void,
): Promise<void> {
  const local = deps.repo.boxes(plan.id).filter((b) => b.status === 'closed');
  const sent = work.done.has('inbound.setPackingInformation');
  const queued = work.open.has('inbound.setPackingInformation');
  if (!sent && !queued && local.length === 0) return;
  const remote = await api.planBoxes(plan.amazon_plan_id);
  const theirs = remote.map(amazonBoxSignature).sort();
  const mine = local.map((b) => boxSignature(b)).sort();
  const seen = conflicts.seen(plan.id, 'boxes');
  conflicts.setSeen(plan.id, 'boxes', theirs);
  if (theirs.length === 0 || sameList(theirs, mine)) {
    settle('boxes');
    return;
  }
  // The box set Amazon held when last read; before any read, what the station sent (or nothing, if it sent none).
  const base = Array.isArray(seen) ? (seen as string[]) : sent && !queued ? mine : [];
  if (sameList(theirs, base)) return;
  record('boxes', boxSummary(local), boxSummary(remote.map(remoteLines)));
}

/**
 * A shipment's name is the station's once the packer renamed it here (before that the station shows Amazon's). Amazon's
 * name was just read into the shipment's stored copy; a name changed elsewhere since the last read is a conflict.
 */
function compareShipmentNames(deps: InboundSyncDeps, conflicts: ConflictsRepo, plan: AmazonPlan, work: PlanWork, record: RecordConflict): void {
  // A rename queued here goes first; Amazon still shows the name before it.
  if (work.open.has(AFTER_OPS.renameShipment)) return;
  const rows = deps.db.prepare('SELECT shipment_id, name, raw FROM inbound_shipments WHERE plan_id = ? AND raw IS NOT NULL').all(plan.id) as {
    shipment_id: string;
    name: string | null;
    raw: string;
  }[];
  for (const row of rows) {
    const theirs = (JSON.parse(row.raw) as { name?: string }).name;
    if (!theirs) continue;
    const key = `shipmentName:${row.shipment_id}`;
    const seen = conflicts.seen(plan.id, key);
    conflicts.setSeen(plan.id, key, theirs);
    if (row.name === null) continue;
    if (theirs === row.name) {
      const open = conflicts.openOn(plan.id, 'shipmentName', row.shipment_id);
      if (open) conflicts.close(open.id, 'settled', null);
      continue;
    }
    // Amazon still holding the name it had at the last read means the station's rename has not reached it yet.
    const base = typeof seen === 'string' ? seen : row.name;
    if (theirs !== base) record('shipmentName', row.name, theirs, 'shipment', row.shipment_id);
  }
}

async function compareTracking(deps: InboundSyncDeps, conflicts: ConflictsRepo, api: InboundApi, plan: AmazonPlan, work: PlanWork, record: RecordConflict): Promise<void> {
  const boxes = deps.db
    .prepare('SELECT shipment_id, amazon_box_id, tracking_id FROM inbound_boxes WHERE plan_id = ? AND tracking_id IS NOT NULL AND amazon_box_id IS NOT NULL')
    .all(plan.id) as { shipment_id: string; amazon_box_id: string; tracking_id: string }[];
  const shipments = [...new Set(boxes.map((b) => b.shipment_id))];
  const sentAll = work.done.has('inbound.updateTracking') && !work.open.has('inbound.updateTracking');
  for (const shipmentId of shipments) {
    const items = (await api.shipment(plan.amazon_plan_id, shipmentId)).trackingDetails?.spdTrackingDetail?.spdTrackingItems ?? [];
    const held = new Map(items.map((i) => [i.boxId, i.trackingId]));
    for (const box of boxes.filter((b) => b.shipment_id === shipmentId)) {
      const theirs = held.get(box.amazon_box_id);
      if (!theirs) continue;
      const key = `tracking:${box.amazon_box_id}`;
      const seen = conflicts.seen(plan.id, key);
      conflicts.setSeen(plan.id, key, theirs);
      // Amazon holding the number the station sent before (a correction is still queued) is no conflict.
      const base = typeof seen === 'string' ? seen : sentAll ? box.tracking_id : null;
      if (theirs !== box.tracking_id && theirs !== base) record('tracking', box.tracking_id, theirs, 'box', box.amazon_box_id);
    }
  }
}
