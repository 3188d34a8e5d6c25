import { describe, expect, it } from 'vitest';
import type { Box, PlanDetail } from '../../../../shared/ipc/inbound';
import { boxesOf, openBoxOf, packingTargets, remainingOf } from './packing-targets';
import { testBox, testPlan } from '../../test-fixtures/inbound';

const box = (id: string, number: number, group: string, status: Box['status'], lines: [string, number][]): Box => testBox(id, lines, { number, packingGroupId: group, status });

function plan(boxes: Box[]): PlanDetail {
  return testPlan({
    skuCount: 3,
    unitCount: 10,
    packingOptionId: 'po2',
    packingOptions: [
      { packingOptionId: 'po1', status: 'OFFERED', expiresAt: null, groupIds: ['g-all'], raw: {} },
      { packingOptionId: 'po2', status: 'ACCEPTED', expiresAt: null, groupIds: ['g1', 'g2'], raw: {} },
    ],
    packingGroups: [
      { packingGroupId: 'g-all', items: [] },
      { packingGroupId: 'g1', items: [{ msku: 'A', quantity: 4, expiration: null }, { msku: 'B', quantity: 2, expiration: '2027-01-31' }, { msku: 'B', quantity: 1, expiration: '2027-02-28' }] },
      { packingGroupId: 'g2', items: [{ msku: 'HAZ', quantity: 3, expiration: null }] },
    ],
    boxes,
  });
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
