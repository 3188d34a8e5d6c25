import type { PlanDetail } from '../../shared/ipc/inbound';
import type { CatalogueItem } from '../../main/practice/catalogue';
import { lightItems, packByGroup, US, type FlowStation } from './inbound-flows';
import type { PracticeStation } from './practice-station';

/** A pack-first plan of light items, created on Amazon and waiting for its packing option. */
export async function packFirstPlan(t: FlowStation, name: string, skus = 3, quantity = 6): Promise<{ plan: PlanDetail; items: CatalogueItem[] }> {
  const items = lightItems(t.market.catalogue, skus);
  const created = t.station.plans.create({
    accountId: t.sellerId,
    marketplaceId: US,
    shipFromId: t.shipFromId,
    flow: 'pack_first',
    name,
    items: items.map((c) => ({ msku: c.msku, quantity, prepOwner: c.prepTypes.length ? 'SELLER' : 'NONE', labelOwner: c.canUseManufacturerBarcode ? 'NONE' : 'SELLER' })),
  });
  await t.settle();
  const plan = t.station.plans.get(created.id);
  if (plan.step !== 'choose_packing') throw new Error(`Plan stopped at ${plan.step}, expected choose_packing`);
  return { plan, items };
}

/** Chooses the first packing option and packs every group into boxes of `perBox` units, closed but not submitted. */
export async function packPlan(t: FlowStation, planId: string, perBox: number): Promise<number> {
  const plan = t.station.plans.get(planId);
  t.station.plans.choosePackingOption(planId, plan.packingOptions[0]!.packingOptionId);
  await t.settle();
  return packByGroup(t, t.station.plans.get(planId), perBox);
}

/** Packing information for the plan's chosen packing groups as another station would pack them: `perBox` units a box. */
export function packingInformationElsewhere(t: FlowStation, plan: PlanDetail, perBox: number) {
  const option = plan.packingOptions.find((o) => o.packingOptionId === plan.packingOptionId)!;
  const groups = plan.packingGroups.filter((g) => option.groupIds.includes(g.packingGroupId));
  return {
    packageGroupings: groups.map((group) => {
      const units = group.items.flatMap((i) => Array.from({ length: i.quantity }, () => i.msku));
      const boxes = [];
      for (let start = 0; start < units.length; start += perBox) {
        const counts = new Map<string, number>();
        for (const msku of units.slice(start, start + perBox)) counts.set(msku, (counts.get(msku) ?? 0) + 1);
        const weight = 1 + [...counts].reduce((w, [msku, n]) => w + t.market.catalogue.find((c) => c.msku === msku)!.weightLb * n, 0);
        boxes.push({
          contentInformationSource: 'BOX_CONTENT_PROVIDED',
          quantity: 1,
          weight: { value: Number(weight.toFixed(2)), unit: 'LB' },
          dimensions: { length: 20, width: 15, height: 12, unitOfMeasurement: 'IN' },
          items: [...counts].map(([msku, quantity]) => ({ msku, quantity, prepOwner: 'NONE', labelOwner: 'SELLER' })),
        });
      }
      return { packingGroupId: group.packingGroupId, boxes };
    }),
  };
}

/**
 * Sends the outbox until nothing is left but entries held back by an open conflict (settle() would wait for those
 * forever). Throws when an entry fails.
 */
export async function settleExceptHeld(t: PracticeStation, maxMs = 60_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  for (;;) {
    await t.station.sync.drain();
    const rows = t.station.db.prepare(`SELECT entity, op, state, last_error FROM outbox WHERE state IN ('pending', 'waiting', 'failed') ORDER BY id`).all() as {
      entity: string;
      op: string;
      state: string;
      last_error: string | null;
    }[];
    const failed = rows.find((r) => r.state === 'failed');
    if (failed) throw new Error(`Outbox entry ${failed.op} failed: ${failed.last_error}`);
    // An entity's entries go in order: the first one held means the rest of that entity waits behind it.
    const first = new Map<string, (typeof rows)[number]>();
    for (const row of rows) if (!first.has(row.entity)) first.set(row.entity, row);
    if ([...first.values()].every((r) => r.state === 'pending' && r.last_error?.includes('HELD_CONFLICT'))) return;
    if (Date.now() > deadline) throw new Error(`Outbox did not settle: ${JSON.stringify(rows.map((r) => r.op))}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The plan's outbox entries as `op:state`, in order. */
export function entries(t: FlowStation, planId: string): string[] {
  return t.station.outbox.forEntity(`plan:${planId}`).map((e) => `${e.op}:${e.state}`);
}
