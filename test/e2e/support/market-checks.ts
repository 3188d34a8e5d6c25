import { expect } from '@playwright/test';
import type { PracticeStateView } from '../../../main/practice/practice-inspection';

const INBOUND = 'fulfillmentInbound_2024-03-20';

/** One box as the packer packed it at the station. */
export interface PackedBox {
  msku: string;
  units: number;
  /** As typed at the station, in pounds. */
  weightLb: number;
}

const boxKey = (msku: string, units: number, weight: number) => `${msku}×${units}@${weight.toFixed(1)}`;

/**
 * The marketplace side of a finished pack-first plan: exactly one plan, exactly the boxes packed (contents and
 * weights, as a multiset, since Amazon numbers boxes its own way), each box's tracking as paired at the station, and
 * every state change made once — no call the station repeated took effect twice.
 */
export function expectPackFirstPlanOnMarket(state: PracticeStateView, packed: readonly PackedBox[], tracking: ReadonlyMap<string, string>): void {
  expect(state.plans).toHaveLength(1);
  const plan = state.plans[0]!;
  expect(plan.flow).toBe('PACK_FIRST');
  expect(plan.boxes).toHaveLength(packed.length);

  const onMarket = plan.boxes.map((b) => {
    expect(b.weight.unit).toBe('LB');
    expect(b.items).toHaveLength(1);
    return boxKey(b.items[0]!.msku, b.items[0]!.quantity, b.weight.value);
  });
  expect(onMarket.sort()).toEqual(packed.map((b) => boxKey(b.msku, b.units, b.weightLb)).sort());
  for (const box of plan.boxes) {
    expect(box.dimensions.length * box.dimensions.width * box.dimensions.height).toBeGreaterThan(0);
    expect(box.contentInformationSource).toBe('BOX_CONTENT_PROVIDED');
  }

  // Box ids are Amazon's, unique, and each carries the tracking number the packer scanned against it.
  const boxIds = plan.boxes.map((b) => b.boxId);
  expect(boxIds.every((id) => id !== null)).toBe(true);
  expect(new Set(boxIds).size).toBe(packed.length);
  const sent = new Map(plan.shipments.flatMap((s) => s.tracking.map((t) => [t.boxId, t.trackingId] as const)));
  expect(Object.fromEntries(sent)).toEqual(Object.fromEntries(tracking));
  expect([...sent.keys()].sort()).toEqual([...(boxIds as string[])].sort());

  expect(plan.counts).toMatchObject({ packingOptionConfirmations: 1, packingInformationSets: 1, placementConfirmations: 1, transportationConfirmations: 1 });
  const calls = (operation: string) => state.callCounts[`${INBOUND}.${operation}`] ?? 0;
  expect(calls('createInboundPlan')).toBe(1);
  expect(calls('confirmPackingOption')).toBe(1);
  expect(calls('setPackingInformation')).toBe(1);
  expect(calls('confirmPlacementOption')).toBe(1);
  expect(calls('confirmTransportationOptions')).toBe(1);
  expect(calls('updateShipmentTrackingDetails')).toBe(plan.shipments.length);
  expect(state.internalErrors).toEqual([]);
}
