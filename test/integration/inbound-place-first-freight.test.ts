import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { practiceStation, type PracticeStation } from '../support/practice-station';
import { conformanceLabel } from '../support/spapi-models';
import { StationError } from '../../main/core/errors';
import type { PlanDetail } from '../../shared/ipc/inbound';
import { PALLET, tomorrow, US } from '../support/inbound-flows';

const API = 'fulfillmentInbound_2024-03-20';
let t: PracticeStation;

beforeAll(async () => {
  t = await practiceStation({ seed: 777 });
});
afterAll(async () => {
  await t?.close();
});


function refusal(work: () => unknown): StationError {
  try {
    work();
  } catch (error) {
    if (error instanceof StationError) return error;
    throw error;
  }
  throw new Error('expected the station to refuse');
}

describe(`Place first at the station: packing per shipment, freight details, partnered LTL (${conformanceLabel()})`, () => {
  it('packs what Amazon put in each shipment, asks for LTL quotes once every shipment has pallets, and ships with PRO and BOL', async () => {
    const { station, sellerId, shipFromId, market } = t;
    const chosen = market.catalogue.filter((c) => !c.hazmat && !c.oversize && c.weightLb < 2 && !c.requiresExpiration).slice(0, 6);
    let plan: PlanDetail = station.plans.create({
      accountId: sellerId,
      marketplaceId: US,
      shipFromId,
      flow: 'place_first',
      items: chosen.map((c) => ({ msku: c.msku, quantity: 4, prepOwner: c.prepTypes.length ? 'SELLER' : 'NONE', labelOwner: c.canUseManufacturerBarcode ? 'NONE' : 'SELLER' })),
    });
    await t.settle();
    plan = station.plans.get(plan.id);
    // Over IPC, a freight class Amazon does not know is refused before any service sees it; a pack-first plan has no
    // freight details of its own.
    const ctx = { origin: 'test' as const };
    const overIpc = await station.dispatch(
      'inbound:freight-set',
      { planId: plan.id, shipmentId: 'sh1', pallets: [PALLET], freightClass: 'FC_123' as 'FC_125', declaredValue: { amount: 1, code: 'USD' }, readyToShip: tomorrow() },
      ctx,
    );
    expect(overIpc).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', message: expect.stringMatching(/freightClass/) } });
    const packFirst = station.plans.create({ accountId: sellerId, marketplaceId: US, shipFromId, flow: 'pack_first', items: [{ msku: chosen[0]!.msku, quantity: 1, prepOwner: 'NONE', labelOwner: 'SELLER' }] });
    expect(refusal(() => station.freight.set(packFirst.id, 'sh1', { pallets: [PALLET], freightClass: 'FC_125', declaredValue: { amount: 900, code: 'USD' }, readyToShip: tomorrow() })).code).toBe('CONFLICT');
    station.plans.cancel(packFirst.id);

    // The option with most shipments, so items really are split between shipments.
    const placement = [...plan.placementOptions].sort((a, b) => b.shipmentIds.length - a.shipmentIds.length)[0]!;
    expect(placement.shipmentIds.length).toBeGreaterThan(1);
    expect(() => station.freight.set(plan.id, placement.shipmentIds[0]!, { pallets: [PALLET], freightClass: 'FC_125', declaredValue: { amount: 900, code: 'USD' }, readyToShip: tomorrow() })).toThrow(
      /while packing and until transport/,
    );
    station.plans.choosePlacement(plan.id, placement.placementOptionId);
    await t.settle();
    plan = station.plans.get(plan.id);

    // Amazon's split is read back: every planned unit is in exactly one shipment.
    const shipments = plan.shipments.filter((s) => s.placementOptionId === placement.placementOptionId);
    const split = new Map<string, number>();
    for (const s of shipments) for (const i of s.items ?? []) split.set(i.msku, (split.get(i.msku) ?? 0) + i.quantity);
    expect(Object.fromEntries(split)).toEqual(Object.fromEntries(chosen.map((c) => [c.msku, 4])));

    // A unit scanned into the wrong shipment's box is refused; each shipment gets exactly its own units.
    const [first, second] = shipments as [(typeof shipments)[number], (typeof shipments)[number]];
    const foreign = chosen.find((c) => second.items!.some((i) => i.msku === c.msku))!;
    const wrongBox = station.packing.openBox(plan.id, { shipmentId: first.shipmentId });
    expect(station.packing.scan({ boxId: wrongBox.id, code: foreign.fnsku })).toMatchObject({ ok: false, code: 'NOT_IN_GROUP', message: expect.stringMatching(/another shipment/) });
    station.packing.deleteBox(wrongBox.id);
    for (const shipment of shipments) {
      for (const item of shipment.items!) {
        const box = station.packing.openBox(plan.id, { shipmentId: shipment.shipmentId });
        expect(station.packing.scan({ boxId: box.id, code: chosen.find((c) => c.msku === item.msku)!.fnsku, quantity: item.quantity })).toMatchObject({ ok: true });
        station.packing.closeBox({ boxId: box.id, weight: { value: 12, unit: 'LB' }, dimensions: { length: 16, width: 12, height: 10, unit: 'IN' } });
      }
    }
    // Freight details may be entered while packing; the last shipment's only after packing.
    station.freight.set(plan.id, first.shipmentId, { pallets: [PALLET], freightClass: 'FC_125', declaredValue: { amount: 900, code: 'USD' }, readyToShip: tomorrow() });
    plan = station.plans.submitPacking(plan.id);
    expect(plan.step).toBe('transport');
    await t.settle();
    expect(station.plans.get(plan.id).transportationOptions.filter((o) => o.placementOptionId === placement.placementOptionId)).toEqual([]);

    // Specific messages for bad details, and nothing saved.
    const bad = refusal(() =>
      station.freight.set(plan.id, second.shipmentId, { pallets: [{ ...PALLET, height: 80 }], freightClass: 'FC_125', declaredValue: { amount: 900, code: 'EUR' }, readyToShip: tomorrow() }),
    );
    expect(bad.code).toBe('VALIDATION');
    expect(bad.message).toMatch(/80 in is taller than Amazon's 72 in/);
    expect(bad.message).toMatch(/in USD/);
    expect(station.freight.get(plan.id).shipments.map((s) => s.shipmentId)).toEqual([first.shipmentId]);
    for (const s of shipments.slice(1)) {
      station.freight.set(plan.id, s.shipmentId, { pallets: [PALLET, { ...PALLET, quantity: 1, weight: 200 }], freightClass: 'FC_100', declaredValue: { amount: 1200, code: 'USD' }, readyToShip: tomorrow() });
    }
    await t.settle();
    plan = station.plans.get(plan.id);
    const firstQuotes = plan.transportationOptions.filter((o) => o.placementOptionId === placement.placementOptionId).map((o) => o.transportationOptionId);
    expect(firstQuotes.length).toBeGreaterThan(0);

    // Changed details before transport is chosen: the old quotes are dropped and Amazon quotes again with the new ones.
    station.freight.set(plan.id, first.shipmentId, { pallets: [{ ...PALLET, quantity: 4 }], freightClass: 'FC_125', declaredValue: { amount: 900, code: 'USD' }, readyToShip: tomorrow() });
    expect(station.plans.get(plan.id).transportationOptions.filter((o) => o.placementOptionId === placement.placementOptionId)).toEqual([]);
    await t.settle();
    plan = station.plans.get(plan.id);
    const requoted = plan.transportationOptions.filter((o) => o.placementOptionId === placement.placementOptionId).map((o) => o.transportationOptionId);
    expect(requoted.length).toBe(firstQuotes.length);
    expect(requoted.filter((id) => firstQuotes.includes(id))).toEqual([]);

    const selections = shipments.map(({ shipmentId }) => {
      const partnered = plan.transportationOptions.find((o) => o.shipmentId === shipmentId && o.shippingMode === 'FREIGHT_LTL' && o.shippingSolution === 'AMAZON_PARTNERED_CARRIER');
      expect(partnered, `partnered LTL quoted for ${shipmentId}`).toBeDefined();
      expect(plan.transportationOptions.filter((o) => o.shipmentId === shipmentId).every((o) => o.shippingMode === 'FREIGHT_LTL')).toBe(true);
      const window = plan.deliveryWindows.find((w) => w.shipmentId === shipmentId);
      expect(window).toBeDefined();
      return { shipmentId, transportationOptionId: partnered!.transportationOptionId, deliveryWindowOptionId: window!.deliveryWindowOptionId };
    });
    // Partnered LTL needs a confirmed delivery window (Amazon lists it as a precondition).
    const { deliveryWindowOptionId: _omitted, ...withoutWindow } = selections[0]!;
    expect(refusal(() => station.plans.chooseTransport(plan.id, [withoutWindow, ...selections.slice(1)])).message).toMatch(/needs a confirmed delivery window/);
    station.plans.chooseTransport(plan.id, selections);
    await t.settle();
    plan = station.plans.get(plan.id);
    expect(plan.confirmationIds).toHaveLength(shipments.length);
    expect(() => station.freight.set(plan.id, first.shipmentId, { pallets: [PALLET], freightClass: 'FC_125', declaredValue: { amount: 900, code: 'USD' }, readyToShip: tomorrow() })).toThrow(/until transport is chosen/);

    // Amazon holds the pallets given for each shipment, and its boxes carry the station's contents.
    const caller = station.spapi.caller(sellerId);
    for (const s of shipments) {
      const path = { inboundPlanId: plan.amazonPlanId!, shipmentId: s.shipmentId };
      const { body } = await caller.call<{ pallets: { quantity: number }[] }>(API, 'listShipmentPallets', { path, query: { pageSize: 100 } });
      expect(body.pallets.reduce((n, p) => n + p.quantity, 0)).toBe(s.shipmentId === first.shipmentId ? 4 : 3);
      const boxes = (await caller.call<{ boxes: { items?: { msku: string; quantity: number }[]; weight?: { value: number } }[] }>(API, 'listShipmentBoxes', { path, query: { pageSize: 100 } })).body.boxes;
      expect(boxes.flatMap((b) => b.items ?? []).map((i) => `${i.msku}:${i.quantity}`).sort()).toEqual(s.items!.map((i) => `${i.msku}:${i.quantity}`).sort());
      expect(boxes.every((b) => b.weight?.value === 12)).toBe(true);
    }

    for (const s of shipments) station.plans.setTracking(plan.id, s.shipmentId, { freight: { proNumber: `PRO-${s.shipmentId.slice(-5)}`, billOfLadingNumber: `BOL${s.shipmentId.slice(-5)}` } });
    await t.settle();
    expect(station.freight.get(plan.id).tracking.map((x) => x.proNumber).sort()).toEqual(shipments.map((s) => `PRO-${s.shipmentId.slice(-5)}`).sort());
    const remote = (await caller.call<{ trackingDetails?: { ltlTrackingDetail?: { freightBillNumber?: string[]; billOfLadingNumber?: string } } }>(API, 'getShipment', {
      path: { inboundPlanId: plan.amazonPlanId!, shipmentId: first.shipmentId },
    })).body;
    expect(remote.trackingDetails?.ltlTrackingDetail).toEqual({ freightBillNumber: [`PRO-${first.shipmentId.slice(-5)}`], billOfLadingNumber: `BOL${first.shipmentId.slice(-5)}` });

    // The marketplace's own view: partnered LTL, the pallets and freight information given per shipment, PRO and BOL.
    const onMarket = market.inspect.state().plans.find((p) => p.inboundPlanId === plan.amazonPlanId)!;
    for (const s of onMarket.shipments) {
      const mine = station.freight.get(plan.id).shipments.find((f) => f.shipmentId === s.shipmentId)!;
      expect(s.transport).toEqual({ shippingMode: 'FREIGHT_LTL', shippingSolution: 'AMAZON_PARTNERED_CARRIER' });
      expect(s.pallets.map((p) => [p.quantity, p.weight?.value, p.stackability])).toEqual(mine.pallets.map((p) => [p.quantity, p.weight, p.stackability]));
      expect(s.freightInformation).toEqual({ freightClass: mine.freightClass, declaredValue: mine.declaredValue });
      expect([s.freightBillNumbers, s.billOfLadingNumber]).toEqual([[`PRO-${s.shipmentId.slice(-5)}`], `BOL${s.shipmentId.slice(-5)}`]);
    }
    expect(t.requests.failures).toEqual([]);
    expect(t.responses.failures).toEqual([]);
  }, 120_000);
});
