import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { practiceStation, type PracticeStation } from '../support/practice-station';
import { Elsewhere } from '../support/elsewhere';
import { entries, packFirstPlan, packingInformationElsewhere, packPlan, settleExceptHeld } from '../support/conflict-flows';
import { InboundApi } from '../../main/inbound/sync/inbound-api';
import { amazonBoxSignature, boxSignature } from '../../main/inbound/sync/packing-handlers';
import { confirmedPlan } from '../support/after-confirmation-flow';

const OP = (name: string) => `fulfillmentInbound_2024-03-20.${name}`;
let t: PracticeStation;
let elsewhere: Elsewhere;

beforeAll(async () => {
  t = await practiceStation();
  t.station.settings.update({ stationName: 'Bench 3' });
  elsewhere = new Elsewhere(t.market);
});
afterAll(async () => {
  await t?.close();
});

const amazonId = (planId: string) => t.station.plans.get(planId).amazonPlanId!;
const counts = (planId: string) => t.market.inspect.plans().find((p) => p.inboundPlanId === amazonId(planId))!.counts;
const heldOps = (planId: string) =>
  t.station.outbox.forEntity(`plan:${planId}`).filter((e) => e.state === 'pending' && e.lastError?.code === 'HELD_CONFLICT').map((e) => e.op);

describe('changes made elsewhere are merged or shown as conflicts, never silently overwritten', () => {
  it('a plan renamed in Seller Central: the station holds its queued work, then keeps its own name (sent once) or takes Amazon’s', async () => {
    const { plan } = await packFirstPlan(t, 'Renamed elsewhere');
    await elsewhere.rename(plan.amazonPlanId!, 'Name from Seller Central');
    // The station chooses a packing option before it has read the plan back: the confirmation is queued.
    t.station.plans.choosePackingOption(plan.id, plan.packingOptions[0]!.packingOptionId);

    const { conflicts } = await t.station.conflicts.check(plan.id);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ field: 'name', entityKind: 'plan', localValue: plan.name, amazonValue: 'Name from Seller Central' });
    // Reading again finds the same conflict, not a second one.
    await t.station.conflicts.check(plan.id);
    expect(t.station.conflicts.list(plan.id)).toHaveLength(1);

    await settleExceptHeld(t);
    expect(heldOps(plan.id)).toEqual(['inbound.confirmPackingOption']);
    expect(counts(plan.id).packingOptionConfirmations).toBe(0);
    expect(t.station.outbox.problems().some((p) => p.lastError?.code === 'HELD_CONFLICT')).toBe(true);

    const [conflict] = t.station.conflicts.list(plan.id);
    expect(conflict!.keepLocal).toEqual({ available: true, reason: null });
    const renamesBefore = t.market.inspect.callCount(OP('updateInboundPlanName'));
    const result = await t.station.conflicts.resolve(conflict!.id, 'keep_local', false);
    expect(result).toMatchObject({ choice: 'keep_local', discarded: 0, remaining: [] });
    await t.settle();
    expect((await elsewhere.plan(plan.amazonPlanId!)).name).toBe(plan.name);
    expect(t.market.inspect.callCount(OP('updateInboundPlanName')) - renamesBefore).toBe(1);
    // Released, the held confirmation went exactly once.
    expect(counts(plan.id).packingOptionConfirmations).toBe(1);
    const audit = t.station.audit.forEntity(`plan:${plan.id}`).find((a) => a.action === 'inbound.conflict.resolve');
    expect(audit).toMatchObject({ station: 'Bench 3', details: { conflictId: conflict!.id, field: 'name', choice: 'keep_local' } });

    // Renamed once more elsewhere; this time Amazon's name is kept and nothing is sent.
    await elsewhere.rename(plan.amazonPlanId!, 'Second name elsewhere');
    const renamesAfter = t.market.inspect.callCount(OP('updateInboundPlanName'));
    const again = await t.station.conflicts.check(plan.id);
    expect(again.conflicts.map((c) => c.field)).toEqual(['name']);
    await t.station.conflicts.resolve(again.conflicts[0]!.id, 'keep_amazon', false);
    await t.settle();
    expect(t.station.plans.get(plan.id).name).toBe('Second name elsewhere');
    expect(t.market.inspect.callCount(OP('updateInboundPlanName'))).toBe(renamesAfter);
    expect((await t.station.conflicts.check(plan.id)).conflicts).toEqual([]);
  }, 60_000);

  it('a plan cancelled elsewhere while its boxes wait in the outbox: nothing is sent over it; keeping Amazon’s discards the queued work after confirmation', async () => {
    const { plan } = await packFirstPlan(t, 'Cancelled elsewhere');
    await packPlan(t, plan.id, 9);
    t.station.plans.submitPacking(plan.id);
    await elsewhere.run('cancelInboundPlan', { inboundPlanId: plan.amazonPlanId! });

    const { conflicts } = await t.station.conflicts.check(plan.id);
    expect(conflicts.map((c) => [c.field, c.amazonValue])).toEqual([['status', 'VOIDED']]);
    expect(conflicts[0]!.keepLocal.available).toBe(false);
    expect(conflicts[0]!.keepLocal.reason).toMatch(/does not reopen/);

    await settleExceptHeld(t);
    expect(counts(plan.id).packingInformationSets).toBe(0);
    expect(heldOps(plan.id)).toContain('inbound.setPackingInformation');

    // Keeping Amazon's value drops queued work: only with the user's confirmation.
    await expect(t.station.conflicts.resolve(conflicts[0]!.id, 'keep_amazon', false)).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(t.station.conflicts.resolve(conflicts[0]!.id, 'keep_local', true)).rejects.toMatchObject({ code: 'CONFLICT' });
    const queued = conflicts[0]!.keepAmazonDiscards.map((d) => d.op);
    expect(queued).toEqual(expect.arrayContaining(['inbound.setPackingInformation', 'inbound.generatePlacementOptions', 'inbound.exploreTransport']));
    const resolved = await t.station.conflicts.resolve(conflicts[0]!.id, 'keep_amazon', true);
    expect(resolved.discarded).toBe(queued.length);
    await t.settle();
    expect(t.station.plans.get(plan.id).step).toBe('cancelled');
    expect(entries(t, plan.id).filter((e) => e.endsWith(':pending') || e.endsWith(':failed'))).toEqual([]);
    expect(counts(plan.id).packingInformationSets).toBe(0);
  }, 60_000);

  it('another station sets other boxes and confirms another placement: the box set is sent again on "keep mine", Amazon’s placement is taken on "keep Amazon’s"', async () => {
    const { plan } = await packFirstPlan(t, 'Packed elsewhere too');
    const mine = await packPlan(t, plan.id, 9);
    t.station.plans.submitPacking(plan.id);
    await t.settle();
    expect(counts(plan.id).packingInformationSets).toBe(1);

    // Another station packs the same items five to a box and sends its box set.
    const packed = t.station.plans.get(plan.id);
    await elsewhere.run('setPackingInformation', { inboundPlanId: plan.amazonPlanId! }, packingInformationElsewhere(t, packed, 5));
    const { conflicts } = await t.station.conflicts.check(plan.id);
    expect(conflicts.map((c) => c.field)).toEqual(['boxes']);
    const [boxes] = conflicts;
    expect((boxes!.localValue as { boxes: number }).boxes).toBe(mine);
    expect((boxes!.amazonValue as { boxes: number }).boxes).not.toBe(mine);
    expect(boxes!.keepLocal.available).toBe(true);

    await t.station.conflicts.resolve(boxes!.id, 'keep_local', false);
    await t.settle();
    expect(counts(plan.id).packingInformationSets).toBe(3);
    const api = new InboundApi(t.station.spapi.caller(t.sellerId));
    const remote = (await api.planBoxes(plan.amazonPlanId!)).map(amazonBoxSignature).sort();
    expect(remote).toEqual(t.station.plans.get(plan.id).boxes.map((b) => boxSignature(b)).sort());
    expect((await t.station.conflicts.check(plan.id)).conflicts).toEqual([]);

    // The station chooses one placement option while another station confirms a different one.
    const options = t.station.plans.get(plan.id).placementOptions;
    expect(options.length).toBeGreaterThan(1);
    t.station.plans.choosePlacement(plan.id, options[0]!.placementOptionId);
    await elsewhere.run('confirmPlacementOption', { inboundPlanId: plan.amazonPlanId!, placementOptionId: options[1]!.placementOptionId });
    const placement = await t.station.conflicts.check(plan.id);
    expect(placement.conflicts.map((c) => [c.field, c.localValue, c.amazonValue])).toEqual([['placementOption', options[0]!.placementOptionId, options[1]!.placementOptionId]]);
    expect(placement.conflicts[0]!.keepLocal.available).toBe(false);
    await settleExceptHeld(t);
    expect(heldOps(plan.id)[0]).toBe('inbound.confirmPlacement');

    await t.station.conflicts.resolve(placement.conflicts[0]!.id, 'keep_amazon', true);
    await t.settle();
    const after = t.station.plans.get(plan.id);
    expect(after.placementOptionId).toBe(options[1]!.placementOptionId);
    expect(counts(plan.id).placementConfirmations).toBe(1);
    expect(after.confirmationIds).toHaveLength(options[1]!.shipmentIds.length);
    expect(t.station.outbox.forEntity(`plan:${plan.id}`).filter((e) => e.op === 'inbound.confirmPlacement').map((e) => e.state)).toEqual(['discarded']);
  }, 120_000);

  it('a box’s tracking number changed elsewhere: a conflict on that box; "keep mine" sends the station’s number again, once', async () => {
    const { plan } = await packFirstPlan(t, 'Tracking elsewhere', 2, 6);
    await packPlan(t, plan.id, 4);
    t.station.plans.submitPacking(plan.id);
    await t.settle();
    let current = t.station.plans.get(plan.id);
    const placement = current.placementOptions.find((o) => o.shipmentIds.length === 1) ?? current.placementOptions[0]!;
    t.station.plans.choosePlacement(plan.id, placement.placementOptionId);
    await t.settle();
    current = t.station.plans.get(plan.id);
    t.station.plans.chooseTransport(
      plan.id,
      placement.shipmentIds.map((shipmentId) => ({
        shipmentId,
        transportationOptionId: current.transportationOptions.find((o) => o.shipmentId === shipmentId && o.shippingSolution === 'USE_YOUR_OWN_CARRIER' && o.shippingMode === 'GROUND_SMALL_PARCEL')!.transportationOptionId,
        deliveryWindowOptionId: current.deliveryWindows.find((w) => w.shipmentId === shipmentId)!.deliveryWindowOptionId,
      })),
    );
    await t.settle();
    current = t.station.plans.get(plan.id);
    const shipmentId = placement.shipmentIds[0]!;
    const box = current.boxes.find((b) => b.shipmentId === shipmentId && b.amazonBoxId)!;
    expect(current.boxes.filter((b) => b.shipmentId === shipmentId).length).toBeGreaterThan(1);
    // One box's tracking only, so the shipment stays open for more tracking.
    t.station.plans.setTracking(plan.id, shipmentId, { boxes: [{ amazonBoxId: box.amazonBoxId!, trackingId: '1ZSTATION000000001' }] });
    await t.settle();
    expect((await t.station.conflicts.check(plan.id)).conflicts).toEqual([]);

    const tracking = { trackingDetails: { spdTrackingDetail: { spdTrackingItems: [{ boxId: box.amazonBoxId!, trackingId: '1ZELSEWHERE0000001' }] } } };
    await elsewhere.run('updateShipmentTrackingDetails', { inboundPlanId: plan.amazonPlanId!, shipmentId }, tracking);
    const { conflicts } = await t.station.conflicts.check(plan.id);
    expect(conflicts.map((c) => [c.field, c.entityKind, c.entityId, c.localValue, c.amazonValue])).toEqual([['tracking', 'box', box.amazonBoxId, '1ZSTATION000000001', '1ZELSEWHERE0000001']]);
    expect(conflicts[0]!.keepLocal.available).toBe(true);

    const sent = t.market.inspect.callCount(OP('updateShipmentTrackingDetails'));
    await t.station.conflicts.resolve(conflicts[0]!.id, 'keep_local', false);
    await t.settle();
    expect(t.market.inspect.callCount(OP('updateShipmentTrackingDetails')) - sent).toBe(1);
    const remote = await new InboundApi(t.station.spapi.caller(t.sellerId)).shipment(plan.amazonPlanId!, shipmentId);
    expect(remote.trackingDetails?.spdTrackingDetail?.spdTrackingItems?.find((i) => i.boxId === box.amazonBoxId)?.trackingId).toBe('1ZSTATION000000001');
    expect((await t.station.conflicts.check(plan.id)).conflicts).toEqual([]);
  }, 120_000);

  it('boxes set elsewhere, Amazon’s kept: the station’s boxes become Amazon’s box set and nothing is sent again', async () => {
    const { plan } = await packFirstPlan(t, 'Boxes taken from Amazon');
    await packPlan(t, plan.id, 9);
    t.station.plans.submitPacking(plan.id);
    await t.settle();
    await elsewhere.run('setPackingInformation', { inboundPlanId: plan.amazonPlanId! }, packingInformationElsewhere(t, t.station.plans.get(plan.id), 4));
    const { conflicts } = await t.station.conflicts.check(plan.id);
    expect(conflicts.map((c) => c.field)).toEqual(['boxes']);
    // The station's box set already went: nothing queued contradicts Amazon's.
    expect(conflicts[0]!.keepAmazonDiscards).toEqual([]);

    await t.station.conflicts.resolve(conflicts[0]!.id, 'keep_amazon', false);
    await t.settle();
    expect(counts(plan.id).packingInformationSets).toBe(2);
    const api = new InboundApi(t.station.spapi.caller(t.sellerId));
    const remote = (await api.planBoxes(plan.amazonPlanId!)).map(amazonBoxSignature).sort();
    const local = t.station.plans.get(plan.id).boxes;
    expect(local.map((b) => boxSignature(b)).sort()).toEqual(remote);
    expect(local.every((b) => b.status === 'closed' && b.packingGroupId !== null)).toBe(true);
    expect((await t.station.conflicts.check(plan.id)).conflicts).toEqual([]);
  }, 60_000);
  it('a shipment renamed elsewhere after the station named it: a conflict on that shipment; "keep mine" sends the station’s name once, "keep Amazon’s" takes the other and sends nothing', async () => {
    const { plan } = await confirmedPlan(t, { carrier: 'own', quantity: 12 });
    const shipmentId = plan.shipmentIds[0]!;
    const path = { inboundPlanId: plan.amazonPlanId!, shipmentId };
    const shipmentName = () => t.station.afterConfirmation.view(plan.id).shipments.find((s) => s.shipmentId === shipmentId)!.name;
    // A shipment the station never named shows Amazon's name, whatever it becomes: no conflict.
    await elsewhere.call('updateShipmentName', path, { name: 'Named in Seller Central' });
    expect((await t.station.conflicts.check(plan.id)).conflicts).toEqual([]);
    expect(shipmentName()).toBe('Named in Seller Central');

    t.station.afterConfirmation.renameShipment(plan.id, shipmentId, 'Bench 3 cartons');
    await t.settle();
    expect((await t.station.conflicts.check(plan.id)).conflicts).toEqual([]);
    await elsewhere.call('updateShipmentName', path, { name: 'Renamed elsewhere' });
    const { conflicts } = await t.station.conflicts.check(plan.id);
    expect(conflicts.map((c) => [c.field, c.entityKind, c.entityId, c.localValue, c.amazonValue])).toEqual([['shipmentName', 'shipment', shipmentId, 'Bench 3 cartons', 'Renamed elsewhere']]);
    expect(conflicts[0]!.keepLocal).toEqual({ available: true, reason: null });

    const renames = t.market.inspect.callCount(OP('updateShipmentName'));
    await t.station.conflicts.resolve(conflicts[0]!.id, 'keep_local', false);
    await t.settle();
    expect(t.market.inspect.callCount(OP('updateShipmentName')) - renames).toBe(1);
    expect((await elsewhere.call<{ name: string }>('getShipment', path)).name).toBe('Bench 3 cartons');
    expect((await t.station.conflicts.check(plan.id)).conflicts).toEqual([]);

    // Renamed elsewhere once more; Amazon's name is kept this time, and nothing goes to Amazon.
    await elsewhere.call('updateShipmentName', path, { name: 'Second name elsewhere' });
    const again = await t.station.conflicts.check(plan.id);
    expect(again.conflicts.map((c) => c.field)).toEqual(['shipmentName']);
    const before = t.market.inspect.callCount(OP('updateShipmentName'));
    await t.station.conflicts.resolve(again.conflicts[0]!.id, 'keep_amazon', false);
    await t.settle();
    expect(shipmentName()).toBe('Second name elsewhere');
    expect(t.market.inspect.callCount(OP('updateShipmentName'))).toBe(before);
    expect((await t.station.conflicts.check(plan.id)).conflicts).toEqual([]);
  }, 120_000);
});
