import { describe, expect, it } from 'vitest';
import { boxContentsOf, exportFileName } from './box-contents';
import { exportPlan } from '../../../test/support/export-plan';

describe('boxContentsOf', () => {
  it("for a packing group: the group's planned quantities as expected, one row per SKU and expiration, in kg and cm outside the US", () => {
    const plan = exportPlan();
    plan.marketplaceId = 'A1PA6795UKMFR9';
    const contents = boxContentsOf(plan, { kind: 'packing-group', packingGroupId: 'pg-1' }, () => null);
    expect(contents.units).toEqual({ weight: 'KG', dimension: 'CM' });
    expect(contents.items.map((i) => [i.msku, i.expiration, i.expected, i.boxed, i.perBox])).toEqual([
      ['KIT-WHISK-0001', null, 8, 8, [6, 0, 2]],
      ['SUP-VITD3-0005', '2027-06-30', 4, 4, [4, 0, 0]],
      ['SUP-VITD3-0005', '2027-09-30', 2, 2, [0, 2, 0]],
      ['TOY-BLOCKS-0100', null, 3, 3, [0, 3, 0]],
    ]);
    // 11 lb is 4.99 kg; 16 in is 40.64 cm; box 2 was weighed in kg and stays as it was.
    expect(contents.boxes.map((b) => [b.label, b.weight, b.dimensions?.length])).toEqual([
      ['FBA15PBX0001U000001', 4.99, 40.64],
      ['FBA15PBX0001U000002', 5, 40],
      ['Box 3', 5.9, 40.64],
    ]);
    expect(contents.totals).toEqual({ skus: 3, units: 17, boxes: 3, weight: 15.89 });
    expect(exportFileName(contents, 'pack-list', 'pdf')).toBe('pg-1-pack-list.pdf');
  });

  it('names the shipment, its confirmation id and destination; refuses an unknown shipment and a scope without boxes', () => {
    const contents = boxContentsOf(exportPlan(), { kind: 'shipment', shipmentId: 'FBA15PBX0001' }, () => null);
    expect([contents.shipmentId, contents.confirmationId, contents.destinationFc]).toEqual(['FBA15PBX0001', 'FBA15PBX0001', 'RNO4']);
    expect(() => boxContentsOf(exportPlan(), { kind: 'shipment', shipmentId: 'FBA15NOPE' }, () => null)).toThrow('Shipment FBA15NOPE is not in plan Spring restock');
    const plan = exportPlan();
    plan.packingGroups.push({ packingGroupId: 'pg-2', items: [{ msku: 'KIT-WHISK-0001', quantity: 1, expiration: null }] });
    expect(() => boxContentsOf(plan, { kind: 'packing-group', packingGroupId: 'pg-2' }, () => null)).toThrow('There are no boxes to export in packing group pg-2 yet');
  });
});
