import { describe, expect, it } from 'vitest';
import type { PlanDetail } from '../../../../shared/ipc/inbound';
import { packingTargets, remainingOf } from './packing-targets';
import { testItem, testPlan } from '../../test-fixtures/inbound';

type Shipment = PlanDetail['shipments'][number];
const shipment = (shipmentId: string, placementOptionId: string, items?: Shipment['items']): Shipment => ({
  shipmentId, placementOptionId, confirmationId: null, status: 'WORKING', transportationOptionId: null, deliveryWindowOptionId: null, raw: {}, ...(items ? { items } : {}),
});

function placeFirst(shipments: Shipment[]): PlanDetail {
  return testPlan({
    name: 'LTL',
    flow: 'place_first',
    skuCount: 2,
    unitCount: 9,
    items: [testItem('A', 'X0A', 6), testItem('B', 'X0B', 3)],
    placementOptionId: 'pl2',
    shipments,
  });
}

describe('place-first packing targets', () => {
  it("are the chosen placement's shipments, each with what Amazon put in it", () => {
    const plan = placeFirst([
      shipment('sh-other', 'pl1', [{ msku: 'A', quantity: 6, expiration: null }]),
      shipment('sh1', 'pl2', [{ msku: 'A', quantity: 4, expiration: null }]),
      shipment('sh2', 'pl2', [{ msku: 'A', quantity: 2, expiration: null }, { msku: 'B', quantity: 3, expiration: null }]),
    ]);
    const targets = packingTargets(plan);
    expect(targets.map((t) => [t.id, t.kind])).toEqual([['sh1', 'shipment'], ['sh2', 'shipment']]);
    expect(targets[0]!.planned).toEqual([{ msku: 'A', quantity: 4 }]);
    expect(remainingOf(plan, targets[1]!).map((r) => [r.msku, r.remaining])).toEqual([['A', 2], ['B', 3]]);
  });

  it('are none while the station is still reading what Amazon put in the shipments', () => {
    const reading = { ...placeFirst([shipment('sh1', 'pl2'), shipment('sh2', 'pl2', [{ msku: 'B', quantity: 3, expiration: null }])]), sync: { pending: 1, failed: 0, lastError: null } };
    expect(packingTargets(reading)).toEqual([]);
  });

  it('show the whole plan for a shipment whose contents could not be read', () => {
    const targets = packingTargets(placeFirst([shipment('sh1', 'pl2')]));
    expect(targets[0]!.planned).toEqual([{ msku: 'A', quantity: 6 }, { msku: 'B', quantity: 3 }]);
  });
});
