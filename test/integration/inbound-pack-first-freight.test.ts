import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { practiceStation, type PracticeStation } from '../support/practice-station';
import { conformanceLabel } from '../support/spapi-models';
import { lightItems, packByGroup, US, PALLET, tomorrow } from '../support/inbound-flows';
import type { PlanDetail } from '../../shared/ipc/inbound';

const API = 'fulfillmentInbound_2024-03-20';
let t: PracticeStation;

beforeAll(async () => {
  t = await practiceStation({ seed: 4242 });
});
afterAll(async () => {
  await t?.close();
});

const partneredLtl = (plan: PlanDetail, shipmentId: string) =>
  plan.transportationOptions.find((o) => o.shipmentId === shipmentId && o.shippingMode === 'FREIGHT_LTL' && o.shippingSolution === 'AMAZON_PARTNERED_CARRIER');

describe(`Pack first shipped as LTL freight: pallets entered at the transport step (${conformanceLabel()})`, () => {
  it('refuses pallets before placement is confirmed, then quotes partnered LTL with them and Amazon holds them', async () => {
    const { station, sellerId, shipFromId, market } = t;
    const items = lightItems(market.catalogue, 4);
    let plan: PlanDetail = station.plans.create({
      accountId: sellerId,
      marketplaceId: US,
      shipFromId,
      flow: 'pack_first',
      items: items.map((c) => ({ msku: c.msku, quantity: 6, prepOwner: c.prepTypes.length ? 'SELLER' : 'NONE', labelOwner: c.canUseManufacturerBarcode ? 'NONE' : 'SELLER' })),
    });
    await t.settle();
    plan = station.plans.choosePackingOption(plan.id, station.plans.get(plan.id).packingOptions[0]!.packingOptionId);
    await t.settle();
    packByGroup(t, station.plans.get(plan.id), 6);
    station.plans.submitPacking(plan.id);
    await t.settle();
    plan = station.plans.get(plan.id);
    const placement = plan.placementOptions[0]!;
    // Before placement is confirmed the shipments are not settled: no pallets yet, with the reason.
    expect(() => station.freight.set(plan.id, placement.shipmentIds[0]!, { pallets: [PALLET], freightClass: 'FC_125', declaredValue: { amount: 900, code: 'USD' }, readyToShip: tomorrow() })).toThrow(
      /transport step, once placement is confirmed/,
    );
    station.plans.choosePlacement(plan.id, placement.placementOptionId);
    await t.settle();
    plan = station.plans.get(plan.id);
    expect(plan.step).toBe('transport');
    const ofChosen = (p: PlanDetail) => p.transportationOptions.filter((o) => placement.shipmentIds.includes(o.shipmentId));
    const quotedWithout = ofChosen(plan).map((o) => o.transportationOptionId);
    expect(quotedWithout.length).toBeGreaterThan(0);
    // Quoted without pallets, Amazon offers no partnered LTL.
    for (const shipmentId of placement.shipmentIds) expect(partneredLtl(plan, shipmentId)).toBeUndefined();

    for (const shipmentId of placement.shipmentIds) {
      station.freight.set(plan.id, shipmentId, { pallets: [PALLET], freightClass: 'FC_125', declaredValue: { amount: 900, code: 'USD' }, readyToShip: tomorrow() });
    }
    await t.settle();
    plan = station.plans.get(plan.id);
    // New quotes replaced the old ones, and partnered LTL is among them now.
    expect(ofChosen(plan).filter((o) => quotedWithout.includes(o.transportationOptionId))).toEqual([]);
    const selections = placement.shipmentIds.map((shipmentId) => {
      const ltl = partneredLtl(plan, shipmentId);
      expect(ltl, `partnered LTL quoted for ${shipmentId}`).toBeDefined();
      const window = plan.deliveryWindows.find((w) => w.shipmentId === shipmentId);
      expect(window, `a delivery window for ${shipmentId}`).toBeDefined();
      return { shipmentId, transportationOptionId: ltl!.transportationOptionId, deliveryWindowOptionId: window!.deliveryWindowOptionId };
    });
    station.plans.chooseTransport(plan.id, selections);
    await t.settle();
    plan = station.plans.get(plan.id);
    expect(plan.confirmationIds).toHaveLength(placement.shipmentIds.length);

    const caller = station.spapi.caller(sellerId);
    for (const shipmentId of placement.shipmentIds) {
      const { body } = await caller.call<{ pallets: { quantity: number }[] }>(API, 'listShipmentPallets', { path: { inboundPlanId: plan.amazonPlanId!, shipmentId }, query: { pageSize: 100 } });
      expect(body.pallets.reduce((n, p) => n + p.quantity, 0)).toBe(2);
    }
    expect(market.inspect.callCount(`${API}.confirmTransportationOptions`)).toBe(1);
  });
});
