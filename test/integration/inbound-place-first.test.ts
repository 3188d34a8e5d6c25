import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { practiceStation, type PracticeStation } from '../support/practice-station';
import { conformanceLabel } from '../support/spapi-models';
import { US } from '../support/inbound-flows';

let t: PracticeStation;

beforeAll(async () => {
  t = await practiceStation({ seed: 4242 });
});
afterAll(async () => {
  await t?.close();
});

describe(`FBA inbound, place first (LTL), through the client against the practice marketplace (${conformanceLabel()})`, () => {
  it('confirms placement before packing, packs per shipment, ships LTL with a PRO number', async () => {
    const { station, sellerId, shipFromId, market } = t;
    const chosen = market.catalogue.filter((c) => !c.hazmat && !c.oversize && c.weightLb < 2 && !c.requiresExpiration).slice(0, 4);
    let plan = station.plans.create({
      accountId: sellerId,
      marketplaceId: US,
      shipFromId,
      flow: 'place_first',
      items: chosen.map((c) => ({ msku: c.msku, quantity: 10, prepOwner: c.prepTypes.length ? 'SELLER' : 'NONE', labelOwner: c.canUseManufacturerBarcode ? 'NONE' : 'SELLER' })),
    });
    await t.settle();
    plan = station.plans.get(plan.id);
    expect(plan.step).toBe('placement');
    expect(plan.packingOptions).toEqual([]);
    const placement = plan.placementOptions[0]!;

    plan = station.plans.choosePlacement(plan.id, placement.placementOptionId);
    expect(plan.step).toBe('packing');
    await t.settle();

    // Boxes belong to shipments: spread the items over the placement's shipments.
    const shipments = placement.shipmentIds;
    chosen.forEach((item, index) => {
      const box = station.packing.openBox(plan.id, { shipmentId: shipments[index % shipments.length]! });
      expect(station.packing.scan({ boxId: box.id, code: item.upc ?? item.ean ?? item.fnsku, quantity: 10 })).toMatchObject({ ok: true, added: 10 });
      station.packing.closeBox({ boxId: box.id, weight: { value: 18, unit: 'LB' }, dimensions: { length: 20, width: 16, height: 12, unit: 'IN' } });
    });
    // LTL quotes need each shipment's pallets and freight details.
    for (const shipmentId of shipments) {
      station.freight.set(plan.id, shipmentId, {
        pallets: [{ quantity: 1, length: 48, width: 40, height: 40, dimensionUnit: 'IN', weight: 200, weightUnit: 'LB', stackability: 'STACKABLE' }],
        freightClass: 'FC_125',
        declaredValue: { amount: 500, code: 'USD' },
        readyToShip: new Date(Date.now() + 24 * 3600_000).toISOString(),
      });
    }
    plan = station.plans.submitPacking(plan.id);
    expect(plan.step).toBe('transport');
    await t.settle();

    plan = station.plans.get(plan.id);
    const selections = shipments.map((shipmentId) => {
      const ltl = plan.transportationOptions.find((o) => o.shipmentId === shipmentId && o.shippingMode === 'FREIGHT_LTL');
      expect(ltl, `an LTL option for ${shipmentId}`).toBeDefined();
      const window = plan.deliveryWindows.find((w) => w.shipmentId === shipmentId);
      return {
        shipmentId,
        transportationOptionId: ltl!.transportationOptionId,
        // Every LTL option, partnered or not, is confirmed after a delivery window.
        deliveryWindowOptionId: window!.deliveryWindowOptionId,
      };
    });
    plan = station.plans.chooseTransport(plan.id, selections);
    await t.settle();
    plan = station.plans.get(plan.id);
    expect(plan.confirmationIds).toHaveLength(shipments.length);

    for (const shipmentId of shipments) {
      plan = station.plans.setTracking(plan.id, shipmentId, { freight: { proNumber: `PRO${shipmentId.slice(-6)}`, billOfLadingNumber: `BOL${shipmentId.slice(-6)}` } });
    }
    await t.settle();
    expect(station.plans.list(`PRO${shipments[0]!.slice(-6)}`).map((p) => p.id)).toEqual([plan.id]);
    expect(market.inspect.plans()).toHaveLength(1);
    expect(market.inspect.plans()[0]!.flow).toMatch(/place/i);
    expect(t.requests.failures).toEqual([]);
    expect(t.responses.failures).toEqual([]);
  }, 120_000);
});
