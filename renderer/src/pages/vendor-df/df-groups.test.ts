import { describe, expect, it } from 'vitest';
import type { DfOrderSummary } from '../../../../shared/ipc/vendor-df';
import { groupOrders } from './df-groups';

function order(po: string, shipFrom: string, shipBy: Date | null): DfOrderSummary {
  return {
    id: po,
    accountId: 'vendor',
    purchaseOrderNumber: po,
    orderDate: '2026-11-01T00:00:00.000Z',
    requiredShipDate: shipBy ? shipBy.toISOString() : null,
    shipFromParty: shipFrom,
    shipMethod: null,
    step: 'new',
    units: 1,
    packedUnits: 0,
    trackingNumbers: [],
    sync: { pending: 0, failed: 0, lastError: null },
  };
}

describe('groupOrders', () => {
  it('groups by warehouse, then by ship-by day in local time, earliest first, undated last', () => {
    const groups = groupOrders([
      order('P5', 'WH-B', new Date(2026, 10, 3, 9)),
      order('P4', 'WH-A', null),
      order('P3', 'WH-A', new Date(2026, 10, 4, 8)),
      order('P2', 'WH-A', new Date(2026, 10, 3, 23, 30)),
      order('P1', 'WH-A', new Date(2026, 10, 3, 0, 15)),
    ]);
    expect(groups.map((g) => g.shipFrom)).toEqual(['WH-A', 'WH-B']);
    const a = groups[0]!;
    expect(a.days.map((d) => d.day)).toEqual(['2026-11-03', '2026-11-04', null]);
    // Early and late on the same local day share a heading; within it the earlier deadline comes first.
    expect(a.days[0]!.orders.map((o) => o.purchaseOrderNumber)).toEqual(['P1', 'P2']);
    expect(a.days[2]!.orders.map((o) => o.purchaseOrderNumber)).toEqual(['P4']);
    expect(groups[1]!.days).toEqual([{ day: '2026-11-03', orders: [expect.objectContaining({ purchaseOrderNumber: 'P5' })] }]);
  });

  it('orders with the same deadline are listed by PO number, and an empty queue has no groups', () => {
    const at = new Date(2026, 10, 5, 12);
    expect(groupOrders([order('ZZ', 'W', at), order('AA', 'W', at)])[0]!.days[0]!.orders.map((o) => o.purchaseOrderNumber)).toEqual(['AA', 'ZZ']);
    expect(groupOrders([])).toEqual([]);
  });
});
