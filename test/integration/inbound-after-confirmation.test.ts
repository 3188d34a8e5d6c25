/**
 * Changes after a shipment's carrier is confirmed, through the station's outbox against the practice marketplace:
 * content updates through Amazon's preview (with the 5 % / 6 unit rule checked at the station), delivery window
 * change, plan and shipment names (once each however a reply is lost) and self-ship appointments.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentUpdateBox, AfterView } from '../../shared/ipc/inbound-after';
import type { Station } from '../../main/core/station';
import { practiceStation, type PracticeStation } from '../support/practice-station';
import { proxiedStation, type ProxiedStation } from '../support/proxied-station';
import { confirmedPlan, MX } from '../support/after-confirmation-flow';
import { conformanceLabel, modelsAvailable } from '../support/spapi-models';

const API = 'fulfillmentInbound_2024-03-20';
const PLANS = '/inbound/fba/2024-03-20/inboundPlans';

let t: PracticeStation | ProxiedStation | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

if (!modelsAvailable()) console.warn(`inbound-after-confirmation: ${conformanceLabel()}`);

/** The shipment's boxes as the edit starts from: every box kept as it is. */
function asIs(view: AfterView, shipmentIndex = 0): ContentUpdateBox[] {
  return view.shipments[shipmentIndex]!.boxes.map((b) => ({ boxId: b.id, contentSource: b.contentSource, weight: b.weight!, dimensions: b.dimensions!, lines: b.lines.map((l) => ({ ...l })) }));
}

async function amazon<T>(station: Station, accountId: string, operationId: string, path: Record<string, string>): Promise<T> {
  return (await station.spapi.caller(accountId).call<T>(API, operationId, { path })).body;
}

describe(`changes after confirmation, against the practice marketplace (${conformanceLabel()})`, () => {
  it('refuses locally a quantity change beyond 5 % or 6 units, with the SKU, the numbers and the rule, and sends nothing', async () => {
    const s = await practiceStation();
    t = s;
    const { plan } = await confirmedPlan(s, { carrier: 'partnered', quantity: 12 });
    const view = s.station.afterConfirmation.view(plan.id);
    const boxes = asIs(view);
    const line = boxes[0]!.lines[0]!;
    const original = view.shipments[0]!.boxes.flatMap((b) => b.lines).filter((l) => l.msku === line.msku).reduce((n, l) => n + l.quantity, 0);
    line.quantity += 7;
    const before = s.station.outbox.counts();
    const result = s.station.afterConfirmation.requestPreview(plan.id, view.shipments[0]!.shipmentId, boxes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.code)).toEqual(['QUANTITY_CHANGE_TOO_LARGE']);
    // 12 units (and anything under 120) may move by 6: 7 is one too many.
    expect(result.problems[0]!.message).toBe(
      `${line.msku}: ${original} → ${original + 7} units changes by 7; once the carrier is confirmed each SKU may change by at most 6 units (5 % or 6 units, whichever is greater).`,
    );
    expect(s.station.outbox.counts()).toEqual(before);
    expect(s.market.inspect.callCount(`${API}.generateShipmentContentUpdatePreviews`)).toBe(0);
  }, 120_000);

  it('shows Amazon’s preview with its cost, and only its confirmation changes the boxes on Amazon and at the station', async () => {
    const s = await practiceStation();
    t = s;
    const { plan } = await confirmedPlan(s, { carrier: 'partnered', quantity: 12 });
    s.station.afterConfirmation.refresh(plan.id);
    await s.settle();
    let view = s.station.afterConfirmation.view(plan.id);
    const shipment = view.shipments[0]!;
    // The partnered carrier's charge can be voided for a while after confirmation; Amazon says until when.
    expect(Date.parse(shipment.voidableUntil!)).toBeGreaterThan(Date.now());
    const boxes = asIs(view);
    // One unit out of the first box, and a new box (the shipment is WORKING) with three units of the same SKU: +2.
    const line = boxes[0]!.lines[0]!;
    line.quantity -= 1;
    boxes.push({ boxId: null, contentSource: 'BOX_CONTENT_PROVIDED', weight: { value: 4, unit: 'LB' }, dimensions: { length: 12, width: 10, height: 8, unit: 'IN' }, lines: [{ msku: line.msku, quantity: 3, expiration: null }] });
    const requested = s.station.afterConfirmation.requestPreview(plan.id, shipment.shipmentId, boxes);
    expect(requested.ok).toBe(true);
    await s.settle();

    view = s.station.afterConfirmation.view(plan.id);
    const update = view.shipments[0]!.contentUpdate!;
    expect(update.state).toBe('previewed');
    expect(update.preview!.boxCount).toBe(shipment.boxes.length + 1);
    expect(update.preview!.cost).not.toBeNull();
    expect(update.preview!.previousCost).not.toBeNull();
    expect(Date.parse(update.preview!.expiresAt)).toBeGreaterThan(Date.now());
    const path = { inboundPlanId: plan.amazonPlanId!, shipmentId: shipment.shipmentId };
    // Nothing changed on Amazon before the packer confirms.
    expect((await amazon<{ boxes: unknown[] }>(s.station, s.sellerId, 'listShipmentBoxes', path)).boxes).toHaveLength(shipment.boxes.length);

    s.station.afterConfirmation.confirmPreview(plan.id, update.id);
    await s.settle();

    const remote = await amazon<{ boxes: { boxId: string; packageId: string; items: { msku: string; quantity: number }[] }[] }>(s.station, s.sellerId, 'listShipmentBoxes', path);
    expect(remote.boxes).toHaveLength(shipment.boxes.length + 1);
    const units = (list: { items?: { msku: string; quantity: number }[]; lines?: { msku: string; quantity: number }[] }[]) =>
      list.flatMap((b) => b.items ?? b.lines ?? []).filter((i) => i.msku === line.msku).reduce((n, i) => n + i.quantity, 0);
    expect(units(remote.boxes)).toBe(units(shipment.boxes) + 2);
    expect(s.market.inspect.plans().find((p) => p.inboundPlanId === plan.amazonPlanId)!.counts.contentUpdateConfirmations).toBe(1);

    view = s.station.afterConfirmation.view(plan.id);
    const after = view.shipments[0]!;
    expect(after.contentUpdate!.state).toBe('applied');
    expect(after.boxes).toHaveLength(shipment.boxes.length + 1);
    // Every station box is matched to an Amazon box, by id, and the sets are the same.
    expect(after.boxes.map((b) => b.amazonBoxId).sort()).toEqual(remote.boxes.map((b) => b.boxId).sort());
    expect(after.boxes.map((b) => b.amazonPackageId).sort()).toEqual(remote.boxes.map((b) => b.packageId).sort());
    expect(s.requests.failures).toEqual([]);
    expect(s.responses.failures).toEqual([]);
  }, 120_000);

  it('makes one preview and one confirmation although both of Amazon’s replies were lost after it processed them', async () => {
    const s = await proxiedStation();
    t = s;
    const { plan } = await confirmedPlan(s, { carrier: 'partnered', quantity: 12 });
    let view = s.station.afterConfirmation.view(plan.id);
    const shipmentId = view.shipments[0]!.shipmentId;
    const boxes = asIs(view);
    boxes[0]!.lines[0]!.quantity += 2;
    const previews = new RegExp(`^${PLANS}/[^/]+/shipments/[^/]+/contentUpdatePreviews$`);
    const confirmation = new RegExp(`^${PLANS}/[^/]+/shipments/[^/]+/contentUpdatePreviews/[^/]+/confirmation$`);
    s.proxy.loseReply('POST', previews, 'drop');
    s.proxy.loseReply('POST', confirmation, 'serverError');
    expect(s.station.afterConfirmation.requestPreview(plan.id, shipmentId, boxes).ok).toBe(true);
    await s.settle();
    view = s.station.afterConfirmation.view(plan.id);
    expect(view.shipments[0]!.contentUpdate!.state).toBe('previewed');
    s.station.afterConfirmation.confirmPreview(plan.id, view.shipments[0]!.contentUpdate!.id);
    await s.settle();

    const sent = (path: RegExp) => s.proxy.forwarded.filter((f) => f.startsWith('POST ') && path.test(f.slice(5))).length;
    expect(s.proxy.lost).toBe(2);
    expect(sent(previews)).toBe(1);
    expect(sent(confirmation)).toBe(1);
    const remote = s.market.inspect.plans().find((p) => p.inboundPlanId === plan.amazonPlanId)!;
    expect(remote.counts.contentUpdateConfirmations).toBe(1);
    expect(s.station.afterConfirmation.view(plan.id).shipments[0]!.contentUpdate!.state).toBe('applied');
  }, 120_000);

  it('offline, keeps the new name and the requested update at the station, says it needs the connection, and sends both once it is back', async () => {
    const s = await proxiedStation();
    t = s;
    const { plan } = await confirmedPlan(s, { carrier: 'partnered', quantity: 12 });
    let view = s.station.afterConfirmation.view(plan.id);
    const shipmentId = view.shipments[0]!.shipmentId;
    const boxes = asIs(view);
    boxes[0]!.lines[0]!.quantity -= 1;
    await s.proxy.goOffline();
    s.station.afterConfirmation.renamePlan(plan.id, 'Offline rename');
    expect(s.station.afterConfirmation.requestPreview(plan.id, shipmentId, boxes).ok).toBe(true);
    const deadline = Date.now() + 20_000;
    while (s.station.sync.status().connectivity !== 'offline') {
      if (Date.now() > deadline) throw new Error('The station never noticed it was offline');
      await s.station.sync.drain();
      await new Promise((r) => setTimeout(r, 25));
    }
    view = s.station.afterConfirmation.view(plan.id);
    expect(view.online).toBe(false);
    expect(view.planName).toBe('Offline rename');
    expect(view.pending).toBe(2);
    expect(view.shipments[0]!.contentUpdate!.state).toBe('requested');

    await s.proxy.goOnline();
    await s.settle();
    view = s.station.afterConfirmation.view(plan.id);
    expect(view.online).toBe(true);
    expect(view.shipments[0]!.contentUpdate!.state).toBe('previewed');
    expect(s.market.inspect.plans().find((p) => p.inboundPlanId === plan.amazonPlanId)!.counts.contentUpdateConfirmations).toBe(0);
    expect((await amazon<{ name: string }>(s.station, s.sellerId, 'getInboundPlan', { inboundPlanId: plan.amazonPlanId! })).name).toBe('Offline rename');
  }, 120_000);

  it('a preview that expired at Amazon before its confirmation arrived ends refused with Amazon’s reason, and can be discarded', async () => {
    let amazonAhead = 0;
    const s = await practiceStation({ clock: { now: () => Date.now() + amazonAhead } });
    t = s;
    const { plan } = await confirmedPlan(s, { carrier: 'partnered', quantity: 12 });
    let view = s.station.afterConfirmation.view(plan.id);
    const boxes = asIs(view);
    boxes[0]!.lines[0]!.quantity += 1;
    expect(s.station.afterConfirmation.requestPreview(plan.id, view.shipments[0]!.shipmentId, boxes).ok).toBe(true);
    await s.settle();
    const update = s.station.afterConfirmation.view(plan.id).shipments[0]!.contentUpdate!;
    expect(update.state).toBe('previewed');
    // Amazon's clock runs two hours ahead of the station's: the one-hour preview is over there, not here.
    amazonAhead = 2 * 3_600_000;
    s.station.afterConfirmation.confirmPreview(plan.id, update.id);
    await expect(s.settle()).rejects.toThrow(/confirmContentUpdate failed/);
    view = s.station.afterConfirmation.view(plan.id);
    expect(view.shipments[0]!.contentUpdate!.state).toBe('refused');
    expect(view.shipments[0]!.contentUpdate!.problems.map((p) => p.message).join(' ')).toMatch(/expired/);
    expect(s.market.inspect.plans().find((p) => p.inboundPlanId === plan.amazonPlanId)!.counts.contentUpdateConfirmations).toBe(0);

    view = s.station.afterConfirmation.discardUpdate(plan.id, update.id);
    expect(view.shipments[0]!.contentUpdate).toBeNull();
    expect(s.station.outbox.counts().failed).toBe(0);
  }, 120_000);

  it('adds a box only while the shipment is WORKING: once shipped, the new box is refused at the station', async () => {
    const s = await practiceStation();
    t = s;
    const { plan } = await confirmedPlan(s, { carrier: 'own', quantity: 12 });
    let detail = s.station.plans.get(plan.id);
    for (const shipmentId of detail.shipments.filter((x) => x.placementOptionId === detail.placementOptionId).map((x) => x.shipmentId)) {
      const inShipment = detail.boxes.filter((b) => b.shipmentId === shipmentId);
      detail = s.station.plans.setTracking(plan.id, shipmentId, { boxes: inShipment.map((b, i) => ({ amazonBoxId: b.amazonBoxId!, trackingId: `1Z999AA1${String(i).padStart(10, '0')}` })) });
    }
    await s.settle();
    s.station.plans.refresh(plan.id);
    await s.settle();
    const view = s.station.afterConfirmation.view(plan.id);
    expect(view.shipments[0]!.status).toBe('SHIPPED');
    const boxes = asIs(view);
    boxes.push({ ...boxes[0]!, boxId: null });
    const result = s.station.afterConfirmation.requestPreview(plan.id, view.shipments[0]!.shipmentId, boxes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.code).toBe('BOX_ADDED_NOT_WORKING');
    expect(result.problems[0]!.message).toContain('can be added only while shipment');
    expect(result.problems[0]!.message).toContain('it is SHIPPED');
  }, 120_000);

  it('renames the plan and a shipment on Amazon once each, although Amazon’s replies were lost after it processed them', async () => {
    const s = await proxiedStation();
    t = s;
    const { plan } = await confirmedPlan(s, { carrier: 'partnered', quantity: 6 });
    const shipmentId = s.station.afterConfirmation.view(plan.id).shipments[0]!.shipmentId;
    s.proxy.loseReply('PUT', new RegExp(`^${PLANS}/[^/]+/name$`), 'drop');
    s.proxy.loseReply('PUT', new RegExp(`^${PLANS}/[^/]+/shipments/[^/]+/name$`), 'serverError');
    s.station.afterConfirmation.renamePlan(plan.id, 'Spring restock');
    const view = s.station.afterConfirmation.renameShipment(plan.id, shipmentId, 'Spring restock — west coast cartons for the April promotion');
    expect(view.planName).toBe('Spring restock');
    expect(view.pending).toBe(2);
    await s.settle();

    const sent = (path: RegExp) => s.proxy.forwarded.filter((f) => f.startsWith('PUT ') && path.test(f.slice(4))).length;
    expect(s.proxy.lost).toBe(2);
    expect(sent(new RegExp(`^${PLANS}/[^/]+/name$`))).toBe(1);
    expect(sent(new RegExp(`^${PLANS}/[^/]+/shipments/[^/]+/name$`))).toBe(1);
    const remotePlan = await amazon<{ name: string }>(s.station, s.sellerId, 'getInboundPlan', { inboundPlanId: plan.amazonPlanId! });
    const remoteShipment = await amazon<{ name: string }>(s.station, s.sellerId, 'getShipment', { inboundPlanId: plan.amazonPlanId!, shipmentId });
    expect(remotePlan.name).toBe('Spring restock');
    expect(remoteShipment.name).toBe('Spring restock — west coast cartons for the April promotion');
    expect(s.station.afterConfirmation.view(plan.id).pending).toBe(0);
  }, 120_000);

  it('changes the delivery window of a confirmed shipment to another option Amazon offered', async () => {
    const s = await practiceStation();
    t = s;
    const { plan } = await confirmedPlan(s, { carrier: 'own', quantity: 6 });
    const shipmentId = s.station.afterConfirmation.view(plan.id).shipments[0]!.shipmentId;
    s.station.afterConfirmation.refreshWindows(plan.id, shipmentId);
    await s.settle();
    let shipment = s.station.afterConfirmation.view(plan.id).shipments[0]!;
    const current = shipment.deliveryWindow.selected!;
    expect(shipment.deliveryWindow.locked).toBeNull();
    const other = shipment.deliveryWindow.options.find((o) => o.deliveryWindowOptionId !== current.deliveryWindowOptionId)!;
    expect(other).toBeDefined();

    s.station.afterConfirmation.changeWindow(plan.id, shipmentId, other.deliveryWindowOptionId);
    await s.settle();
    const remote = await amazon<{ selectedDeliveryWindow: { deliveryWindowOptionId: string; startDate: string } }>(s.station, s.sellerId, 'getShipment', {
      inboundPlanId: plan.amazonPlanId!,
      shipmentId,
    });
    expect(remote.selectedDeliveryWindow.deliveryWindowOptionId).toBe(other.deliveryWindowOptionId);
    shipment = s.station.afterConfirmation.view(plan.id).shipments[0]!;
    expect(shipment.deliveryWindow.selected!.deliveryWindowOptionId).toBe(other.deliveryWindowOptionId);
    expect(shipment.deliveryWindow.selected!.startsAt).toBe(remote.selectedDeliveryWindow.startDate);
    expect(() => s.station.afterConfirmation.changeWindow(plan.id, shipmentId, 'dw-not-offered')).toThrow(/not offered/);
  }, 120_000);

  it('lists self-ship slots in Mexico, books one and cancels it with a reason; a US shipment is told why it has none', async () => {
    const s = await practiceStation();
    t = s;
    const { plan } = await confirmedPlan(s, { carrier: 'own', quantity: 6, marketplaceId: MX });
    const shipmentId = s.station.afterConfirmation.view(plan.id).shipments[0]!.shipmentId;
    s.station.afterConfirmation.selfShipSlots(plan.id, shipmentId);
    await s.settle();
    let selfShip = s.station.afterConfirmation.view(plan.id).shipments[0]!.selfShip;
    expect(selfShip.unavailable).toBeNull();
    expect(selfShip.slots.length).toBeGreaterThan(0);
    const slot = selfShip.slots[0]!;

    s.station.afterConfirmation.selfShipBook(plan.id, shipmentId, slot.slotId);
    await s.settle();
    selfShip = s.station.afterConfirmation.view(plan.id).shipments[0]!.selfShip;
    expect(selfShip.appointment).toMatchObject({ status: 'ARRIVAL_SCHEDULED', startsAt: slot.startsAt, endsAt: slot.endsAt });
    const path = { inboundPlanId: plan.amazonPlanId!, shipmentId };
    type Details = { selfShipAppointmentDetails?: { appointmentStatus: string; appointmentSlotTime: { startTime: string } }[] };
    expect((await amazon<Details>(s.station, s.sellerId, 'getShipment', path)).selfShipAppointmentDetails).toEqual([
      expect.objectContaining({ appointmentStatus: 'ARRIVAL_SCHEDULED', appointmentSlotTime: expect.objectContaining({ startTime: slot.startsAt }) }),
    ]);

    s.station.afterConfirmation.selfShipCancel(plan.id, shipmentId, 'SLOT_NOT_SUITABLE');
    await s.settle();
    expect(s.station.afterConfirmation.view(plan.id).shipments[0]!.selfShip.appointment!.status).toBe('CANCELLED');
    expect((await amazon<Details>(s.station, s.sellerId, 'getShipment', path)).selfShipAppointmentDetails![0]!.appointmentStatus).toBe('CANCELLED');
    expect(s.requests.failures).toEqual([]);
    expect(s.responses.failures).toEqual([]);

    const us = await confirmedPlan(s, { carrier: 'own', quantity: 6 });
    const usShipment = s.station.afterConfirmation.view(us.plan.id).shipments[0]!;
    expect(usShipment.selfShip.unavailable).toMatch(/only in Mexico/);
    expect(() => s.station.afterConfirmation.selfShipSlots(us.plan.id, usShipment.shipmentId)).toThrow(/only in Mexico/);
  }, 180_000);
});
