import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { practiceStation, type PracticeStation } from '../support/practice-station';
import { packFirstPlan, packPlan } from '../support/conflict-flows';
import type { OutboxEntry } from '../../main/sync/outbox-store';
import { RegenerateOptionsResult } from '../../shared/ipc/conflicts';

const DAY = 24 * 3600_000;
/** How far the marketplace's clock runs ahead of the station's (Amazon knows an offer expired before the station does). */
let amazonAhead = 0;
let t: PracticeStation;

beforeAll(async () => {
  // Time moves for the station (Date) and the marketplace alike; only Date is faked and it keeps running.
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  t = await practiceStation({ clock: { now: () => Date.now() + amazonAhead } });
});
afterAll(async () => {
  await t?.close();
  vi.useRealTimers();
});

/** A day and a minute pass for everyone. */
function dayPasses(): void {
  vi.setSystemTime(Date.now() + DAY + 60_000);
}

const counts = (planId: string) => t.market.inspect.plans().find((p) => p.inboundPlanId === t.station.plans.get(planId).amazonPlanId)!.counts;
const entry = (planId: string, op: string): OutboxEntry => t.station.outbox.forEntity(`plan:${planId}`).filter((e) => e.op === op).at(-1)!;

/** Sends until nothing is due or waiting any more (a failed entry stops its plan); returns the failed entries. */
async function sendUntilStopped(): Promise<OutboxEntry[]> {
  for (let i = 0; i < 2000; i++) {
    await t.station.sync.drain();
    const c = t.station.outbox.counts();
    const blocked = t.station.outbox.due(1).length === 0;
    if (c.waiting === 0 && (c.pending === 0 || (c.failed > 0 && blocked))) return t.station.outbox.problems().filter((p) => p.state === 'failed');
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('The outbox never stopped');
}

async function regenerate(planId: string, kind: 'packing' | 'placement' | 'transport') {
  const reply = await t.station.dispatch('conflicts:regenerate-options', { planId, kind }, { origin: 'test' });
  if (!reply.ok) throw new Error(`Regenerate refused: ${reply.error.message}`);
  // The reply went through the IPC contract: parse it as the renderer would receive it.
  return RegenerateOptionsResult.parse(reply.value);
}

describe('expired options are detected and regenerated on request', () => {
  it('packing, placement and transport offers that ran out stop their confirmation with OPTIONS_EXPIRED; regenerated options have new ids and go through once', async () => {
    const { plan } = await packFirstPlan(t, 'Offers that expire');
    const oldPacking = plan.packingOptions.map((o) => o.packingOptionId);

    // Amazon's clock is a day ahead: the station still shows the option, Amazon refuses it as expired.
    amazonAhead = DAY + 60_000;
    t.station.plans.choosePackingOption(plan.id, oldPacking[0]!);
    let failed = await sendUntilStopped();
    expect(failed.map((f) => [f.op, f.lastError?.code])).toEqual([['inbound.confirmPackingOption', 'OPTIONS_EXPIRED']]);
    expect(failed[0]!.lastError!.message).toMatch(/expired — regenerate/);
    expect(failed[0]!.attempts).toBe(1);
    await sendUntilStopped();
    expect(entry(plan.id, 'inbound.confirmPackingOption').attempts).toBe(1);
    expect(counts(plan.id).packingOptionConfirmations).toBe(0);
    // From here on the station's clock agrees with Amazon's again.
    vi.setSystemTime(Date.now() + amazonAhead);
    amazonAhead = 0;

    const packing = await regenerate(plan.id, 'packing');
    expect(packing.previousChoice).toBe(oldPacking[0]);
    expect(packing.discarded).toBe(1);
    await t.settle();
    let current = t.station.plans.get(plan.id);
    expect(current.step).toBe('choose_packing');
    expect(current.packingOptionId).toBeNull();
    const newPacking = current.packingOptions.map((o) => o.packingOptionId);
    expect(newPacking.length).toBeGreaterThan(0);
    expect(newPacking.filter((id) => oldPacking.includes(id))).toEqual([]);
    await packPlan(t, plan.id, 9);
    expect(counts(plan.id).packingOptionConfirmations).toBe(1);

    t.station.plans.submitPacking(plan.id);
    await t.settle();
    current = t.station.plans.get(plan.id);
    const oldPlacement = current.placementOptions.map((o) => o.placementOptionId);
    // The confirmation waits in the outbox while the offer runs out.
    t.station.plans.choosePlacement(plan.id, oldPlacement[0]!);
    dayPasses();
    failed = await sendUntilStopped();
    expect(failed.map((f) => [f.op, f.lastError?.code])).toEqual([['inbound.confirmPlacement', 'OPTIONS_EXPIRED']]);
    expect(counts(plan.id).placementConfirmations).toBe(0);
    expect(entry(plan.id, 'inbound.confirmPlacement').attempts).toBe(1);

    const placement = await regenerate(plan.id, 'placement');
    expect(placement.previousChoice).toBe(oldPlacement[0]);
    await t.settle();
    current = t.station.plans.get(plan.id);
    const newPlacement = current.placementOptions.map((o) => o.placementOptionId);
    expect(newPlacement.filter((id) => oldPlacement.includes(id))).toEqual([]);
    expect(current.placementOptionId).toBeNull();
    for (const option of current.placementOptions) {
      for (const shipmentId of option.shipmentIds) expect(current.transportationOptions.some((o) => o.shipmentId === shipmentId), shipmentId).toBe(true);
    }
    const chosen = current.placementOptions[0]!;
    t.station.plans.choosePlacement(plan.id, chosen.placementOptionId);
    await t.settle();
    expect(counts(plan.id).placementConfirmations).toBe(1);

    current = t.station.plans.get(plan.id);
    const pick = () =>
      chosen.shipmentIds.map((shipmentId) => ({
        shipmentId,
        transportationOptionId: current.transportationOptions.find((o) => o.shipmentId === shipmentId && o.shippingSolution === 'USE_YOUR_OWN_CARRIER' && o.shippingMode === 'GROUND_SMALL_PARCEL')!.transportationOptionId,
        deliveryWindowOptionId: current.deliveryWindows.find((w) => w.shipmentId === shipmentId)!.deliveryWindowOptionId,
      }));
    const oldSelections = pick();
    t.station.plans.chooseTransport(plan.id, oldSelections);
    dayPasses();
    failed = await sendUntilStopped();
    expect(failed.map((f) => [f.op, f.lastError?.code])).toEqual([['inbound.confirmDeliveryWindow', 'OPTIONS_EXPIRED']]);
    expect(counts(plan.id).transportationConfirmations).toBe(0);

    const transport = await regenerate(plan.id, 'transport');
    expect(transport.previousChoice).not.toBeNull();
    await t.settle();
    current = t.station.plans.get(plan.id);
    const fresh = pick();
    for (const [i, selection] of fresh.entries()) {
      expect(selection.transportationOptionId).not.toBe(oldSelections[i]!.transportationOptionId);
      expect(selection.deliveryWindowOptionId).not.toBe(oldSelections[i]!.deliveryWindowOptionId);
    }
    t.station.plans.chooseTransport(plan.id, fresh);
    await t.settle();
    expect(counts(plan.id).transportationConfirmations).toBe(1);
    expect(t.station.plans.get(plan.id).step).toBe('labels');
  }, 180_000);
});
