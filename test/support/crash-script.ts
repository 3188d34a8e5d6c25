import type { CatalogueItem } from '../../main/practice/catalogue';
import type { FaultProfile } from '../../main/practice/faults';
import type { PlanDetail } from '../../shared/ipc/inbound';

/**
 * The packing session the crash test scripts, shared by the test (parent) and the station process it kills (child).
 * Everything here is derived from the practice catalogue and the plan as stored, so a restarted child computes the
 * same script and can tell from the database how far it got.
 */

export const CRASH_SKUS = 6;
export const CRASH_UNITS_PER_SKU = 40;
export const CRASH_UNITS_PER_BOX = 5;
export const CRASH_PLAN_NAME = 'Crash test';

/** At least 20 % of SP-API requests meet a fault, half of them after the marketplace processed the request. */
export const CRASH_CHAOS: FaultProfile = {
  percent: 25,
  kinds: { throttle: 2, serverError: 2, unavailable: 2, drop: 2, timeout: 1, truncate: 1, slow: 1 },
  afterProcessingPercent: 50,
  slowReplyMs: 250,
};

/** Light, standard items that need no expiration date: all of them fit one packing group and any box. */
export function crashItems(catalogue: readonly CatalogueItem[]): CatalogueItem[] {
  return catalogue.filter((c) => !c.hazmat && !c.oversize && !c.requiresExpiration && c.weightLb < 2).slice(0, CRASH_SKUS);
}

export interface ScriptedBox {
  /** 1-based; the station numbers a plan's boxes 1, 2, 3… in the order they are opened. */
  number: number;
  packingGroupId: string;
  /** MSKUs in scan order. */
  units: string[];
}

/** Packs each group of the chosen packing option, SKUs taken in turn so boxes mix items, `CRASH_UNITS_PER_BOX` to a box. */
export function scriptedBoxes(plan: PlanDetail): ScriptedBox[] {
  const option = plan.packingOptions.find((o) => o.packingOptionId === plan.packingOptionId);
  if (!option) throw new Error(`Plan ${plan.id} has no chosen packing option`);
  const boxes: ScriptedBox[] = [];
  for (const groupId of [...option.groupIds].sort()) {
    const group = plan.packingGroups.find((g) => g.packingGroupId === groupId);
    if (!group) throw new Error(`Packing group ${groupId} was not fetched`);
    const left = new Map([...group.items].sort((a, b) => a.msku.localeCompare(b.msku)).map((i) => [i.msku, i.quantity]));
    const units: string[] = [];
    while ([...left.values()].some((n) => n > 0)) {
      for (const [msku, n] of left) {
        if (n === 0) continue;
        units.push(msku);
        left.set(msku, n - 1);
      }
    }
    for (let start = 0; start < units.length; start += CRASH_UNITS_PER_BOX) {
      boxes.push({ number: boxes.length + 1, packingGroupId: groupId, units: units.slice(start, start + CRASH_UNITS_PER_BOX) });
    }
  }
  return boxes;
}

export function boxWeightLb(box: ScriptedBox, catalogue: readonly CatalogueItem[]): number {
  const items = box.units.map((msku) => catalogue.find((c) => c.msku === msku)?.weightLb ?? 0);
  return Number((1 + items.reduce((sum, w) => sum + w, 0)).toFixed(2));
}

export const BOX_DIMENSIONS = { length: 20, width: 16, height: 12, unit: 'IN' } as const;

/** Lines the child writes to stdout, one per event. Pipes are written synchronously, so a line sent is a line read. */
export type ChildEvent =
  | { type: 'ready' }
  | { type: 'phase'; phase: 'create' | 'options' | 'packing' | 'sync' }
  /** A scan the station acknowledged: its local transaction has committed. */
  | { type: 'ack'; scanId: number; boxId: string; msku: string }
  | { type: 'done'; planId: string; amazonPlanId: string }
  | { type: 'failed'; message: string };

export const encodeEvent = (event: ChildEvent): string => `${JSON.stringify(event)}\n`;

export function decodeEvent(line: string): ChildEvent | null {
  if (!line.startsWith('{')) return null;
  try {
    return JSON.parse(line) as ChildEvent;
  } catch {
    return null;
  }
}
