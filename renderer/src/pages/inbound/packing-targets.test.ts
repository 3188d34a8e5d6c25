import { describe, expect, it } from 'vitest';
import type { Box, PlanDetail } from '../../../../shared/ipc/inbound';
import { boxesOf, openBoxOf, packingTargets, remainingOf } from './packing-targets';

function box(id: string, number: number, group: string, status: Box['status'], lines: [string, number][]): Box {
  return {
    id,
    number,
    packingGroupId: group,
    shipmentId: null,
    status,
    weight: null,
    dimensions: null,
    contentSource: 'BOX_CONTENT_PROVIDED',
    amazonBoxId: null,
    trackingId: null,
    lines: lines.map(([msku, quantity]) => ({ msku, quantity, expiration: null })),
  };
}

function plan(boxes: Box[]): PlanDetail {
  return {
    id: 'p1', accountId: 'a', marketplaceId: 'ATVPDKIKX0DER', name: 'Test', flow: 'pack_first', step: 'packing', amazonPlanId: 'wf1',
    skuCount: 3, unitCount: 10, packedUnits: 0, boxCount: boxes.length, shipmentIds: [], confirmationIds: [],
    sync: { pending: 0, failed: 0, lastError: null }, updatedAt: 0,
    shipFrom: { id: 's', accountId: 'a', label: 'Home', address: { name: 'A', addressLine1: 'B', city: 'C', postalCode: '1', countryCode: 'US', phoneNumber: '1' } },
    items: [],
    packingOptionId: 'po2',
    placementOptionId: null,
    packingOptions: [
      { packingOptionId: 'po1', status: 'OFFERED', expiresAt: null, groupIds: ['g-all'], raw: {} },
      { packingOptionId: 'po2', status: 'ACCEPTED', expiresAt: null, groupIds: ['g1', 'g2'], raw: {} },
    ],
    packingGroups: [
      { packingGroupId: 'g-all', items: [] },
      { packingGroupId: 'g1', items: [{ msku: 'A', quantity: 4, expiration: null }, { msku: 'B', quantity: 2, expiration: '2027-01-31' }, { msku: 'B', quantity: 1, expiration: '2027-02-28' }] },
      { packingGroupId: 'g2', items: [{ msku: 'HAZ', quantity: 3, expiration: null }] },
    ],
    placementOptions: [], shipments: [], transportationOptions: [], deliveryWindows: [], boxes, problems: [],
  };
}

describe('packing targets', () => {
  it("are the chosen packing option's groups, with each MSKU's units summed over expiration dates", () => {
    const targets = packingTargets(plan([]));
    expect(targets.map((t) => t.id)).toEqual(['g1', 'g2']);
    expect(targets[0]!.planned).toEqual([{ msku: 'A', quantity: 4 }, { msku: 'B', quantity: 3 }]);
  });

  it('count what remains per MSKU from the boxes of that group only, and list what was packed without being planned', () => {
    const p = plan([
      box('b1', 1, 'g1', 'closed', [['A', 3], ['B', 1]]),
      box('b2', 2, 'g2', 'closed', [['HAZ', 3]]),
      box('b3', 3, 'g1', 'open', [['A', 2], ['X', 1]]),
    ]);
    const [g1] = packingTargets(p);
    expect(boxesOf(p, g1!).map((b) => b.id)).toEqual(['b1', 'b3']);
    expect(remainingOf(p, g1!)).toEqual([
      { msku: 'A', planned: 4, packed: 5, remaining: -1 },
      { msku: 'B', planned: 3, packed: 1, remaining: 2 },
      { msku: 'X', planned: 0, packed: 1, remaining: -1 },
    ]);
  });

  it("scan into the chosen open box, else the group's newest open box, never a closed one", () => {
    const p = plan([box('b1', 1, 'g1', 'open', []), box('b2', 2, 'g1', 'closed', []), box('b3', 3, 'g1', 'open', []), box('b4', 4, 'g2', 'open', [])]);
    const [g1] = packingTargets(p);
    expect(openBoxOf(p, g1!, null)?.id).toBe('b3');
    expect(openBoxOf(p, g1!, 'b1')?.id).toBe('b1');
    expect(openBoxOf(p, g1!, 'b2')?.id).toBe('b3');
    expect(openBoxOf(p, g1!, 'b4')?.id).toBe('b3');
  });
});
