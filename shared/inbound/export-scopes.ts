import type { Box, PlanDetail } from '../ipc/inbound';
import type { ExportScope } from '../ipc/inbound-export';

export interface ExportTarget {
  scope: ExportScope;
  /** Shipment id or packing group id, as the packer sees it on screen. */
  id: string;
  confirmationId: string | null;
  boxes: number;
  units: number;
}

type PlanBoxes = Pick<PlanDetail, 'placementOptionId' | 'shipments' | 'packingGroups'> & { boxes: Pick<Box, 'packingGroupId' | 'shipmentId' | 'lines'>[] };

const unitsOf = (boxes: PlanBoxes['boxes']) => boxes.reduce((sum, b) => sum + b.lines.reduce((n, l) => n + l.quantity, 0), 0);

/**
 * What a plan's box contents can be exported by: each confirmed shipment that holds boxes, and each packing group
 * (all its boxes) while some of them are not yet placed in a shipment (pack first, before Amazon says which box goes where).
 */
export function exportTargets(plan: PlanBoxes): ExportTarget[] {
  const targets: ExportTarget[] = [];
  const confirmed = plan.placementOptionId ? plan.shipments.filter((s) => s.placementOptionId === plan.placementOptionId) : [];
  for (const shipment of confirmed) {
    const boxes = plan.boxes.filter((b) => b.shipmentId === shipment.shipmentId);
    if (boxes.length === 0) continue;
    targets.push({ scope: { kind: 'shipment', shipmentId: shipment.shipmentId }, id: shipment.shipmentId, confirmationId: shipment.confirmationId, boxes: boxes.length, units: unitsOf(boxes) });
  }
  const groupIds = [...new Set([...plan.packingGroups.map((g) => g.packingGroupId), ...plan.boxes.map((b) => b.packingGroupId).filter((g): g is string => g !== null)])];
  for (const packingGroupId of groupIds) {
    const boxes = plan.boxes.filter((b) => b.packingGroupId === packingGroupId);
    if (!boxes.some((b) => b.shipmentId === null)) continue;
    targets.push({ scope: { kind: 'packing-group', packingGroupId }, id: packingGroupId, confirmationId: null, boxes: boxes.length, units: unitsOf(boxes) });
  }
  return targets;
}
