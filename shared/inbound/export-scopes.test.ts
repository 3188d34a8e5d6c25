import { describe, expect, it } from 'vitest';
import { exportTargets } from './export-scopes';
import { exportPlan } from '../../test/support/export-plan';

describe('exportTargets', () => {
  it('offers a confirmed shipment by its boxes, and no packing group once all its boxes are placed', () => {
    expect(exportTargets(exportPlan())).toEqual([
      { scope: { kind: 'shipment', shipmentId: 'FBA15PBX0001' }, id: 'FBA15PBX0001', confirmationId: 'FBA15PBX0001', boxes: 3, units: 17 },
    ]);
  });

  it('offers each packing group with boxes before placement, and no shipment of an unconfirmed placement', () => {
    const plan = exportPlan();
    plan.placementOptionId = null;
    plan.boxes = plan.boxes.map((b) => ({ ...b, shipmentId: null, amazonBoxId: null }));
    plan.boxes[2]!.packingGroupId = 'pg-2';
    plan.packingGroups.push({ packingGroupId: 'pg-3', items: [] });
    expect(exportTargets(plan).map((t) => [t.id, t.boxes, t.units])).toEqual([
      ['pg-1', 2, 15],
      ['pg-2', 1, 2],
    ]);
  });
});
