/**
 * Reconciliation against the practice marketplace: a write that Amazon processed but whose reply never arrived (the
 * connection dropped, a 500, a reply cut half way) is looked up before anything is sent again, so the marketplace holds
 * one plan, one box set and one of each confirmation however the replies were lost.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PRACTICE_SELLER } from '../../main/practice/practice-accounts';
import type { PlanDetail } from '../../shared/ipc/inbound';
import type { LostReply } from '../support/fault-proxy';
import { proxiedStation, type ProxiedStation } from '../support/proxied-station';
import { US } from '../support/inbound-flows';

const PLANS = '/inbound/fba/2024-03-20/inboundPlans';
const inPlan = (rest: string) => new RegExp(`^${PLANS}/[^/]+/${rest}$`);

let t: ProxiedStation | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

function createPlan(s: ProxiedStation): PlanDetail {
  const items = s.market.catalogue.filter((c) => !c.hazmat && !c.oversize && !c.requiresExpiration && c.weightLb < 2).slice(0, 3);
  return s.station.plans.create({
    accountId: s.sellerId,
    marketplaceId: US,
    shipFromId: s.shipFromId,
    flow: 'pack_first',
    name: 'Reconcile',
    items: items.map((c) => ({ msku: c.msku, quantity: 8, prepOwner: c.prepTypes.length ? 'SELLER' : 'NONE', labelOwner: c.canUseManufacturerBarcode ? 'NONE' : 'SELLER' })),
  });
}

/** Packs the chosen option's groups four units to a box; returns how many boxes were closed. */
function packAll(s: ProxiedStation, plan: PlanDetail): number {
  const option = plan.packingOptions.find((o) => o.packingOptionId === plan.packingOptionId)!;
  let boxes = 0;
  for (const group of plan.packingGroups.filter((g) => option.groupIds.includes(g.packingGroupId))) {
    const units = group.items.flatMap((i) => Array.from({ length: i.quantity }, () => i.msku));
    for (let start = 0; start < units.length; start += 4) {
      const box = s.station.packing.openBox(plan.id, { packingGroupId: group.packingGroupId });
      for (const msku of units.slice(start, start + 4)) {
        const outcome = s.station.packing.scan({ boxId: box.id, code: s.market.catalogue.find((c) => c.msku === msku)!.fnsku });
        expect(outcome.ok).toBe(true);
      }
      s.station.packing.closeBox({ boxId: box.id, weight: { value: 6, unit: 'LB' }, dimensions: { length: 16, width: 12, height: 10, unit: 'IN' } });
      boxes++;
    }
  }
  return boxes;
}

const sent = (s: ProxiedStation, method: string, path: RegExp) => s.proxy.forwarded.filter((f) => f.startsWith(`${method} `) && path.test(f.slice(method.length + 1))).length;

describe('reconciliation after a lost reply, against the practice marketplace', () => {
  it.each<LostReply>(['drop', 'serverError', 'truncate'])('createInboundPlan processed but its reply lost (%s): the plan is found by name, not created again', async (how) => {
    t = await proxiedStation();
    t.proxy.loseReply('POST', new RegExp(`^${PLANS}$`), how);
    const created = createPlan(t);
    await t.settle();

    const plan = t.station.plans.get(created.id);
    const remote = t.market.inspect.plans().filter((p) => p.accountId === PRACTICE_SELLER.accountId);
    expect(t.proxy.lost).toBe(1);
    expect(t.market.inspect.plansCreated(PRACTICE_SELLER.accountId)).toBe(1);
    expect(sent(t, 'POST', new RegExp(`^${PLANS}$`))).toBe(1);
    expect(sent(t, 'GET', new RegExp(`^${PLANS}$`))).toBeGreaterThanOrEqual(1);
    expect(remote.map((p) => p.inboundPlanId)).toEqual([plan.amazonPlanId]);
    // The flow went on with the plan it found: its packing options are at the station.
    expect(plan.step).toBe('choose_packing');
    expect(plan.packingOptions.length).toBeGreaterThan(0);
  });

  it('a station that dies right after the reply to createInboundPlan has kept no plan id without its operation, and finds the plan by name', async () => {
    t = await proxiedStation();
    const created = createPlan(t);
    const [entry] = t.station.outbox.forEntity(`plan:${created.id}`);
    // What the engine does for an attempt, up to the handler's outcome; the process dies before the outcome is stored.
    const attempt = t.station.outbox.beginAttempt(entry!.id);
    const outcome = await t.station.syncRegistry.handlers.get('inbound.createPlan')!.send({ entry: attempt, payload: { planId: created.id }, inDoubt: false });
    expect(outcome.kind).toBe('await-operation');
    expect(t.station.plans.get(created.id).amazonPlanId).toBeNull();
    expect(t.station.outbox.get(entry!.id)).toMatchObject({ state: 'pending', inDoubt: true });

    await t.settle();
    const remote = t.market.inspect.plans().filter((p) => p.accountId === PRACTICE_SELLER.accountId);
    expect(t.market.inspect.plansCreated(PRACTICE_SELLER.accountId)).toBe(1);
    expect(remote.map((p) => p.inboundPlanId)).toEqual([t.station.plans.get(created.id).amazonPlanId]);
    expect(t.station.plans.get(created.id).step).toBe('choose_packing');
  });

  it('pack first to confirmed transport with the reply of every confirmation and of setPackingInformation lost: one of each on the marketplace', async () => {
    const s = (t = await proxiedStation({ seed: 777 }));
    const created = createPlan(s);
    await s.settle();
    let plan = s.station.plans.get(created.id);

    s.proxy.loseReply('POST', inPlan('packingOptions/[^/]+/confirmation'), 'drop');
    plan = s.station.plans.choosePackingOption(plan.id, plan.packingOptions[0]!.packingOptionId);
    await s.settle();

    const boxes = packAll(s, s.station.plans.get(plan.id));
    s.proxy.loseReply('POST', inPlan('packingInformation'), 'truncate');
    s.station.plans.submitPacking(plan.id);
    await s.settle();

    plan = s.station.plans.get(plan.id);
    const placement = plan.placementOptions[0]!;
    s.proxy.loseReply('POST', inPlan('placementOptions/[^/]+/confirmation'), 'serverError');
    s.station.plans.choosePlacement(plan.id, placement.placementOptionId);
    await s.settle();

    plan = s.station.plans.get(plan.id);
    const selections = placement.shipmentIds.map((shipmentId) => {
      const transport =
        plan.transportationOptions.find((o) => o.shipmentId === shipmentId && o.shippingSolution === 'USE_YOUR_OWN_CARRIER' && o.shippingMode === 'GROUND_SMALL_PARCEL') ??
        plan.transportationOptions.find((o) => o.shipmentId === shipmentId)!;
      const window = plan.deliveryWindows.find((w) => w.shipmentId === shipmentId)!;
      return { shipmentId, transportationOptionId: transport.transportationOptionId, deliveryWindowOptionId: window.deliveryWindowOptionId };
    });
    s.proxy.loseReply('POST', inPlan('shipments/[^/]+/deliveryWindowOptions/[^/]+/confirmation'), 'drop');
    s.proxy.loseReply('POST', inPlan('transportationOptions/confirmation'), 'truncate');
    s.station.plans.chooseTransport(plan.id, selections);
    await s.settle();

    plan = s.station.plans.get(plan.id);
    const remote = s.market.inspect.plans().filter((p) => p.accountId === PRACTICE_SELLER.accountId);
    expect(s.proxy.lost).toBe(5);
    expect(remote).toHaveLength(1);
    expect(remote[0]!.boxes).toBe(boxes);
    expect(remote[0]!.counts).toMatchObject({ packingOptionConfirmations: 1, packingInformationSets: 1, placementConfirmations: 1, transportationConfirmations: 1 });
    // Each write whose reply was lost reached the marketplace once: the station looked instead of sending it again.
    expect(sent(s, 'POST', inPlan('packingInformation'))).toBe(1);
    expect(sent(s, 'POST', inPlan('packingOptions/[^/]+/confirmation'))).toBe(1);
    expect(sent(s, 'POST', inPlan('placementOptions/[^/]+/confirmation'))).toBe(1);
    expect(sent(s, 'POST', inPlan('transportationOptions/confirmation'))).toBe(1);
    expect(sent(s, 'POST', inPlan('shipments/[^/]+/deliveryWindowOptions/[^/]+/confirmation'))).toBe(selections.length);
    // The station ends where Amazon is: every box has Amazon's box id, every shipment its confirmation id.
    expect(plan.confirmationIds).toHaveLength(placement.shipmentIds.length);
    expect(plan.boxes.every((b) => b.amazonBoxId !== null)).toBe(true);
    expect(s.station.outbox.counts()).toMatchObject({ pending: 0, waiting: 0, failed: 0 });
  }, 60_000);
});
