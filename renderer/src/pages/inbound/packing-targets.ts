import type { Box, PlanDetail } from '../../../../shared/ipc/inbound';

/** What boxes are packed for: a packing group (pack first) or a shipment (place first). */
export interface PackingTarget {
  id: string;
  kind: 'group' | 'shipment';
  /** Units planned per MSKU for this target. */
  planned: { msku: string; quantity: number }[];
}

export function packingTargets(plan: PlanDetail): PackingTarget[] {
  if (plan.flow === 'pack_first') {
    const option = plan.packingOptions.find((o) => o.packingOptionId === plan.packingOptionId);
    return (option?.groupIds ?? []).map((id) => {
      const group = plan.packingGroups.find((g) => g.packingGroupId === id);
      return { id, kind: 'group', planned: merge(group?.items ?? []) };
    });
  }
  // Place first: what Amazon put in each shipment. While the station is still reading that, there is nothing to pack
  // yet (packing the whole plan into one shipment would be refused); a shipment it could not read shows the whole plan.
  const shipments = plan.shipments.filter((s) => s.placementOptionId === plan.placementOptionId);
  if (plan.sync.pending > 0 && shipments.some((s) => !s.items?.length)) return [];
  const all = merge(plan.items);
  return shipments.map((s) => ({ id: s.shipmentId, kind: 'shipment', planned: s.items && s.items.length > 0 ? merge(s.items) : all }));
}

function merge(lines: { msku: string; quantity: number }[]): { msku: string; quantity: number }[] {
  const totals = new Map<string, number>();
  for (const l of lines) totals.set(l.msku, (totals.get(l.msku) ?? 0) + l.quantity);
  return [...totals].map(([msku, quantity]) => ({ msku, quantity }));
}

export function boxesOf(plan: PlanDetail, target: PackingTarget): Box[] {
  return plan.boxes.filter((b) => (target.kind === 'group' ? b.packingGroupId === target.id : b.shipmentId === target.id));
}

/** Planned, packed and remaining units per MSKU for a target; MSKUs packed without being planned are listed too. */
export function remainingOf(plan: PlanDetail, target: PackingTarget): { msku: string; planned: number; packed: number; remaining: number }[] {
  const packed = new Map<string, number>();
  for (const box of boxesOf(plan, target)) for (const line of box.lines) packed.set(line.msku, (packed.get(line.msku) ?? 0) + line.quantity);
  const rows = target.planned.map((p) => ({ msku: p.msku, planned: p.quantity, packed: packed.get(p.msku) ?? 0, remaining: p.quantity - (packed.get(p.msku) ?? 0) }));
  for (const [msku, n] of packed) if (!target.planned.some((p) => p.msku === msku)) rows.push({ msku, planned: 0, packed: n, remaining: -n });
  return rows;
}

/** The box scans go into: the chosen one while it is open, else the newest open box of the target. */
export function openBoxOf(plan: PlanDetail, target: PackingTarget, chosenId: string | null): Box | undefined {
  const boxes = boxesOf(plan, target).filter((b) => b.status === 'open');
  return boxes.find((b) => b.id === chosenId) ?? boxes.at(-1);
}
