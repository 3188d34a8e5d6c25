import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { practiceStation, type PracticeStation } from '../support/practice-station';
import { conformanceLabel, modelsAvailable } from '../support/spapi-models';
import type { PlanDetail } from '../../shared/ipc/inbound';
import { US } from '../support/inbound-flows';

let t: PracticeStation;

beforeAll(async () => {
  t = await practiceStation();
});
afterAll(async () => {
  await t?.close();
});

/** Packs every group's items into boxes of at most `perBox` units, scanning FNSKUs one by one and UPCs by quantity. */
function packAll(plan: PlanDetail, perBox: number): number {
  let boxes = 0;
  const groups = plan.packingGroups.filter((g) => plan.packingOptions.find((o) => o.packingOptionId === plan.packingOptionId)?.groupIds.includes(g.packingGroupId));
  for (const group of groups) {
    const units = group.items.flatMap((i) => Array.from({ length: i.quantity }, () => i.msku));
    for (let start = 0; start < units.length; start += perBox) {
      const box = t.station.packing.openBox(plan.id, { packingGroupId: group.packingGroupId });
      boxes++;
      let weightLb = 1;
      for (const msku of units.slice(start, start + perBox)) {
        const item = t.market.catalogue.find((c) => c.msku === msku)!;
        const outcome = t.station.packing.scan({ boxId: box.id, code: item.fnsku });
        expect(outcome, `scan ${item.fnsku}`).toMatchObject({ ok: true, msku });
        weightLb += item.weightLb;
      }
      const closed = t.station.packing.closeBox({
        boxId: box.id,
        weight: { value: Number(weightLb.toFixed(2)), unit: 'LB' },
        dimensions: { length: 22, width: 16, height: 14, unit: 'IN' },
      });
      expect(closed.box.status).toBe('closed');
    }
  }
  return boxes;
}

describe(`FBA inbound, pack first, through the client against the practice marketplace (${conformanceLabel()})`, () => {
  it('goes from plan to tracking with every request and reply as Amazon models them, and leaves exactly one plan and one box set', async () => {
    const { station, sellerId, shipFromId, market } = t;
    const light = market.catalogue.filter((c) => !c.hazmat && !c.oversize && c.weightLb < 3);
    const hazmat = market.catalogue.find((c) => c.hazmat && !c.oversize && c.weightLb < 3)!;
    const chosen = [...light.slice(0, 5), hazmat];
    const created = station.plans.create({
      accountId: sellerId,
      marketplaceId: US,
      shipFromId,
      flow: 'pack_first',
      name: 'Integration',
      items: chosen.map((c) => ({
        msku: c.msku,
        quantity: 6,
        prepOwner: c.prepTypes.length ? 'SELLER' : 'NONE',
        labelOwner: c.canUseManufacturerBarcode ? 'NONE' : 'SELLER',
        ...(c.requiresExpiration ? { expiration: '2027-06-30' } : {}),
      })),
    });
    expect(created.step).toBe('creating');

    await t.settle();
    let plan = station.plans.get(created.id);
    expect(plan.amazonPlanId).toMatch(/^wf/);
    expect(plan.step).toBe('choose_packing');
    expect(plan.packingOptions.length).toBeGreaterThan(0);

    // Dangerous goods travel apart: the option with the fewest groups still separates the hazmat item.
    const option = plan.packingOptions[0]!;
    plan = station.plans.choosePackingOption(plan.id, option.packingOptionId);
    expect(plan.step).toBe('packing');
    await t.settle();

    const boxes = packAll(station.plans.get(plan.id), 12);
    plan = station.plans.submitPacking(plan.id);
    expect(plan.step).toBe('placement');
    await t.settle();

    plan = station.plans.get(plan.id);
    expect(plan.placementOptions.length).toBeGreaterThan(0);
    // Every placement option's shipments have transportation options and delivery windows before one is chosen.
    for (const placement of plan.placementOptions) {
      for (const shipmentId of placement.shipmentIds) {
        expect(plan.transportationOptions.filter((o) => o.shipmentId === shipmentId).length, `transport for ${shipmentId}`).toBeGreaterThan(0);
        expect(plan.deliveryWindows.filter((w) => w.shipmentId === shipmentId).length, `windows for ${shipmentId}`).toBeGreaterThan(0);
      }
    }

    const placement = plan.placementOptions[0]!;
    plan = station.plans.choosePlacement(plan.id, placement.placementOptionId);
    expect(plan.step).toBe('transport');
    await t.settle();

    plan = station.plans.get(plan.id);
    const selections = placement.shipmentIds.map((shipmentId) => {
      const own = plan.transportationOptions.find((o) => o.shipmentId === shipmentId && o.shippingSolution === 'USE_YOUR_OWN_CARRIER' && o.shippingMode === 'GROUND_SMALL_PARCEL');
      const any = own ?? plan.transportationOptions.find((o) => o.shipmentId === shipmentId)!;
      const window = plan.deliveryWindows.find((w) => w.shipmentId === shipmentId)!;
      return { shipmentId, transportationOptionId: any.transportationOptionId, deliveryWindowOptionId: window.deliveryWindowOptionId };
    });
    plan = station.plans.chooseTransport(plan.id, selections);
    expect(plan.step).toBe('labels');
    await t.settle();

    plan = station.plans.get(plan.id);
    expect(plan.confirmationIds).toHaveLength(placement.shipmentIds.length);
    expect(plan.boxes.every((b) => b.amazonBoxId !== null)).toBe(true);
    for (const box of plan.boxes) {
      const shipment = plan.shipments.find((s) => s.shipmentId === box.shipmentId)!;
      expect(box.amazonBoxId!.startsWith(`${shipment.confirmationId}U`)).toBe(true);
    }

    // Box labels from Amazon (a PDF fetched from its short-lived link) and the station's own 2D labels, on the virtual printer.
    const firstShipment = placement.shipmentIds[0]!;
    const boxLabels = await station.dispatch('inbound:print-labels', { planId: plan.id, shipmentId: firstShipment, kind: 'box' }, { origin: 'test' });
    expect(boxLabels).toMatchObject({ ok: true, value: { printer: 'Virtual printer', format: 'zpl', kind: 'shipping-label' } });
    const zpl = readFileSync((boxLabels as { value: { destination: string } }).value.destination, 'utf8');
    expect(zpl).toContain('^XA');
    expect(zpl).toMatch(/\^GF[AB],/);
    const twoD = await station.dispatch('inbound:print-labels', { planId: plan.id, shipmentId: firstShipment, kind: 'box-content-2d' }, { origin: 'test' });
    expect(twoD).toMatchObject({ ok: true, value: { kind: 'box-content', format: 'zpl' } });
    expect(readFileSync((twoD as { value: { destination: string } }).value.destination, 'utf8')).toContain('^B7');
    const history = await station.dispatch('inbound:print-history', { planId: plan.id }, { origin: 'test' });
    expect((history as { value: unknown[] }).value).toHaveLength(2);

    // A partnered small-parcel carrier reports its own tracking: the station refuses box tracking for such a shipment.
    const partnered = plan.shipments.find((s) => plan.transportationOptions.find((o) => o.transportationOptionId === s.transportationOptionId)?.shippingSolution === 'AMAZON_PARTNERED_CARRIER');
    if (!partnered) {
      station.db.prepare(`UPDATE inbound_transportation_options SET shipping_solution = 'AMAZON_PARTNERED_CARRIER' WHERE plan_id = ? AND transportation_option_id = ?`).run(plan.id, plan.shipments.find((s) => s.shipmentId === firstShipment)!.transportationOptionId);
    }
    const probe = partnered ?? plan.shipments.find((s) => s.shipmentId === firstShipment)!;
    const probeBox = plan.boxes.find((b) => b.shipmentId === probe.shipmentId)!;
    expect(() => station.plans.setTracking(plan.id, probe.shipmentId, { boxes: [{ amazonBoxId: probeBox.amazonBoxId!, trackingId: '1Z999AA10123456784' }] })).toThrow(/partnered carrier/);
    if (!partnered) {
      station.db.prepare(`UPDATE inbound_transportation_options SET shipping_solution = 'USE_YOUR_OWN_CARRIER' WHERE plan_id = ? AND transportation_option_id = ?`).run(plan.id, probe.transportationOptionId);
    }

    for (const shipmentId of placement.shipmentIds) {
      const inShipment = plan.boxes.filter((b) => b.shipmentId === shipmentId);
      plan = station.plans.setTracking(plan.id, shipmentId, { boxes: inShipment.map((b, i) => ({ amazonBoxId: b.amazonBoxId!, trackingId: `1Z999AA1012345678${i}` })) });
    }
    expect(plan.step).toBe('tracking');
    await t.settle();

    // A scan of a box label finds its plan.
    expect(station.plans.list(plan.boxes[0]!.amazonBoxId!).map((p) => p.id)).toEqual([plan.id]);

    const remote = market.inspect.plans().filter((p) => p.accountId === market.inspect.plans()[0]!.accountId);
    expect(remote).toHaveLength(1);
    expect(remote[0]!.boxes).toBe(boxes);
    expect(remote[0]!.shipments.flatMap((s) => s.boxIds).sort()).toEqual(plan.boxes.map((b) => b.amazonBoxId).sort());
    expect(t.requests.failures).toEqual([]);
    expect(t.responses.failures).toEqual([]);
    if (modelsAvailable()) {
      expect(t.requests.checked).toBeGreaterThan(30);
      expect(t.responses.checked).toBeGreaterThan(30);
    }
  }, 120_000);
});
