import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { conformanceLabel } from '../../../test/support/spapi-models';
import type { ManualClock } from '../clock';
import { PRACTICE_SELLER } from '../practice-accounts';
import type { PracticeMarketplace } from '../practice-marketplace';
import { PracticeCaller } from '../test-support/practice-caller';
import { completeOperation, itemInputOf, op, packFirstToConfirmedTransport, pickItems, SOURCE_ADDRESS } from '../test-support/inbound-steps';
import { closePracticeSession, openPracticeSession } from '../test-support/practice-session';

const DELAY = 1000;
const HOUR = 3_600_000;

interface ErrorBody { errors: { code: string; message: string }[] }
interface Box { packageId: string; boxId: string; contentInformationSource: string; items: { msku: string; quantity: number; labelOwner: string; expiration?: string }[]; weight: { unit: string; value: number }; dimensions: Record<string, unknown> }

describe(`inbound rules of the practice marketplace (${conformanceLabel()})`, () => {
  let market: PracticeMarketplace;
  let clock: ManualClock;
  let seller: PracticeCaller;
  const done = (operationId: string) => completeOperation(seller, clock, DELAY, operationId);

  beforeEach(async () => {
    ({ market, clock, caller: seller } = await openPracticeSession(PRACTICE_SELLER, '2026-05-11T09:30:00Z', { seed: 5, asyncDelayMs: DELAY, enforceRateLimits: false }));
  });
  afterEach(() => closePracticeSession(market, seller));

  it('names every schema violation of a request body', async () => {
    const res = await seller.call<ErrorBody>(op('createInboundPlan'), {
      body: { destinationMarketplaces: ['ATVPDKIKX0DER'], items: [{ msku: 'X', quantity: 0, labelOwner: 'SELLER', prepOwner: 'SELLER' }] },
      invalidOnPurpose: true,
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]?.code).toBe('InvalidInput');
    expect(res.body.errors[0]?.message).toContain('items.0.quantity');
    expect(res.body.errors[0]?.message).toContain('sourceAddress');
    expect(market.inspect.plansCreated()).toBe(0);
  });

  it('fails plan creation with one problem per bad item, and the errored plan refuses further steps', async () => {
    const needsExpiry = market.catalogue.find((c) => c.requiresExpiration);
    const plain = market.catalogue.find((c) => !c.requiresExpiration && !c.hazmat);
    if (!needsExpiry || !plain) throw new Error('catalogue lacks the items this test needs');
    const created = await seller.call<{ inboundPlanId: string; operationId: string }>(op('createInboundPlan'), {
      body: {
        destinationMarketplaces: ['ATVPDKIKX0DER'],
        sourceAddress: SOURCE_ADDRESS,
        items: [
          { msku: 'NOT-IN-CATALOGUE', quantity: 3, labelOwner: 'SELLER', prepOwner: 'SELLER' },
          { msku: needsExpiry.msku, quantity: 3, labelOwner: 'SELLER', prepOwner: 'SELLER' },
          { ...itemInputOf(plain, 3), labelOwner: 'AMAZON' },
        ],
      },
    });
    expect(created.status).toBe(202);
    const status = await done(created.body.operationId);
    expect(status.operationStatus).toBe('FAILED');
    const errors = status.operationProblems.filter((p) => p.severity === 'ERROR').map((p) => p.message);
    expect(errors).toHaveLength(3);
    expect(errors.some((m) => m.includes('NOT-IN-CATALOGUE'))).toBe(true);
    expect(errors.some((m) => m.includes(needsExpiry.msku) && m.includes('expiration'))).toBe(true);
    expect(errors.some((m) => m.includes('labelOwner AMAZON'))).toBe(true);
    const next = await seller.call<ErrorBody>(op('generatePackingOptions'), { path: { inboundPlanId: created.body.inboundPlanId } });
    expect(next.status).toBe(400);
    expect(next.body.errors[0]?.message).toContain('ERRORED');
  });

  it('refuses steps while the plan is still being created', async () => {
    const created = await seller.call<{ inboundPlanId: string }>(op('createInboundPlan'), {
      body: { destinationMarketplaces: ['ATVPDKIKX0DER'], sourceAddress: SOURCE_ADDRESS, items: pickItems(market.catalogue, 2, false).map((c) => itemInputOf(c, 2)) },
    });
    const early = await seller.call<ErrorBody>(op('generatePackingOptions'), { path: { inboundPlanId: created.body.inboundPlanId } });
    expect(early.status).toBe(400);
    expect(early.body.errors[0]?.message).toContain('still being created');
  });

  it('fails packing information that breaks the US box limits or does not match the plan, and stores none of it', async () => {
    const [item] = pickItems(market.catalogue, 1, false);
    if (!item) throw new Error('no item');
    const created = await seller.call<{ inboundPlanId: string; operationId: string }>(op('createInboundPlan'), {
      body: { destinationMarketplaces: ['ATVPDKIKX0DER'], sourceAddress: SOURCE_ADDRESS, items: [itemInputOf(item, 10)] },
    });
    const path = { inboundPlanId: created.body.inboundPlanId };
    await done(created.body.operationId);
    await done((await seller.call<{ operationId: string }>(op('generatePackingOptions'), { path })).body.operationId);
    const [option] = (await seller.call<{ packingOptions: { packingOptionId: string; packingGroups: string[] }[] }>(op('listPackingOptions'), { path })).body.packingOptions;
    await done((await seller.call<{ operationId: string }>(op('confirmPackingOption'), { path: { ...path, packingOptionId: option?.packingOptionId ?? '' } })).body.operationId);
    const line = { ...itemInputOf(item, 8) };
    const res = await seller.call<{ operationId: string }>(op('setPackingInformation'), {
      path,
      body: {
        packageGroupings: [{
          packingGroupId: option?.packingGroups[0],
          boxes: [{ contentInformationSource: 'BOX_CONTENT_PROVIDED', items: [line], quantity: 1, weight: { unit: 'LB', value: 60 }, dimensions: { length: 26, width: 12, height: 10, unitOfMeasurement: 'IN' } }],
        }],
      },
    });
    const status = await done(res.body.operationId);
    expect(status.operationStatus).toBe('FAILED');
    const messages = status.operationProblems.map((p) => p.message).join('\n');
    expect(messages).toContain('weighs 60.0 lb');
    expect(messages).toContain('26.0 in side');
    expect(messages).toContain(`MSKU ${item.msku} has 8 units in boxes, expected 10`);
    expect((await seller.call<{ boxes: unknown[] }>(op('listInboundPlanBoxes'), { path })).body.boxes).toEqual([]);
    expect(market.inspect.plans()[0]?.counts.packingInformationSets).toBe(0);
  });

  it('expires placement options after their expiration and refuses to confirm them', async () => {
    const entries = pickItems(market.catalogue, 3, false);
    const created = await seller.call<{ inboundPlanId: string; operationId: string }>(op('createInboundPlan'), {
      body: { destinationMarketplaces: ['ATVPDKIKX0DER'], sourceAddress: SOURCE_ADDRESS, items: entries.map((c) => itemInputOf(c, 4)) },
    });
    const path = { inboundPlanId: created.body.inboundPlanId };
    await done(created.body.operationId);
    await done((await seller.call<{ operationId: string }>(op('generatePlacementOptions'), { path, body: {} })).body.operationId);
    const [first] = (await seller.call<{ placementOptions: { placementOptionId: string; expiration: string }[] }>(op('listPlacementOptions'), { path })).body.placementOptions;
    clock.set(Date.parse(first?.expiration ?? '') + 1000);
    await seller.login();
    const listed = (await seller.call<{ placementOptions: { status: string }[] }>(op('listPlacementOptions'), { path })).body.placementOptions;
    expect(listed.every((p) => p.status === 'EXPIRED')).toBe(true);
    const res = await seller.call<ErrorBody>(op('confirmPlacementOption'), { path: { ...path, placementOptionId: first?.placementOptionId ?? '' } });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]?.message).toContain('expired');
  });

  it('previews content updates within the 5 % / 6 unit rule, expires previews, and numbers new boxes on', async () => {
    const entries = pickItems(market.catalogue, 2, false);
    const plan = await packFirstToConfirmedTransport(seller, clock, DELAY, market.catalogue, entries, 40);
    const shipmentId = plan.shipmentIds[0] as string;
    const path = { inboundPlanId: plan.planId, shipmentId };
    const boxes = (await seller.call<{ boxes: Box[] }>(op('listShipmentBoxes'), { path, query: { pageSize: 100 } })).body.boxes;
    const current = boxes.flatMap((b) => b.items);
    const target = current[0];
    if (!target) throw new Error('shipment has no items');
    const asInput = (box: Box, delta: number) => ({
      packageId: box.packageId,
      contentInformationSource: box.contentInformationSource,
      dimensions: box.dimensions,
      weight: box.weight,
      quantity: 1,
      items: box.items.map((i) => ({ msku: i.msku, labelOwner: i.labelOwner, prepOwner: 'SELLER', quantity: i.msku === target.msku ? i.quantity + delta : i.quantity, ...(i.expiration ? { expiration: i.expiration } : {}) })),
    });
    const totals = new Map<string, number>();
    for (const i of current) totals.set(i.msku, (totals.get(i.msku) ?? 0) + i.quantity);
    expect(totals.get(target.msku)).toBe(40);
    const itemsWith = (quantity: number) => [...totals].map(([msku, q]) => ({ msku, labelOwner: target.labelOwner, prepOwner: 'SELLER', quantity: msku === target.msku ? quantity : q, ...(msku === target.msku && target.expiration ? { expiration: target.expiration } : {}) }));
    const targetBox = boxes.find((b) => b.items.some((i) => i.msku === target.msku)) as Box;
    const others = boxes.filter((b) => b !== targetBox).map((b) => asInput(b, 0));

    // 40 units may change by at most 6 (5 % of 40 is 2): 47 is refused.
    const tooMuch = await seller.call<{ operationId: string }>(op('generateShipmentContentUpdatePreviews'), { path, body: { boxes: [asInput(targetBox, 7), ...others], items: itemsWith(47) } });
    const refused = await done(tooMuch.body.operationId);
    expect(refused.operationStatus).toBe('FAILED');
    expect(refused.operationProblems[0]?.message).toContain('at most 6 units');

    // A new box with 6 more units is within the rule.
    const extraBox = { contentInformationSource: 'BOX_CONTENT_PROVIDED', dimensions: targetBox.dimensions, weight: { unit: 'LB', value: 5 }, quantity: 1, items: [{ msku: target.msku, labelOwner: target.labelOwner, prepOwner: 'SELLER', quantity: 6, ...(target.expiration ? { expiration: target.expiration } : {}) }] };
    const ok = await seller.call<{ operationId: string }>(op('generateShipmentContentUpdatePreviews'), { path, body: { boxes: [asInput(targetBox, 0), ...others, extraBox], items: itemsWith(46) } });
    expect((await done(ok.body.operationId)).operationStatus).toBe('SUCCESS');
    const [preview] = (await seller.call<{ contentUpdatePreviews: { contentUpdatePreviewId: string; expiration: string }[] }>(op('listShipmentContentUpdatePreviews'), { path })).body.contentUpdatePreviews;
    expect(preview).toBeDefined();
    const got = await seller.call<{ contentUpdatePreviewId: string; transportationOption: { quote?: { cost: { amount: number } } } }>(op('getShipmentContentUpdatePreview'), { path: { ...path, contentUpdatePreviewId: preview?.contentUpdatePreviewId ?? '' } });
    expect(got.body.transportationOption.quote?.cost.amount).toBeGreaterThan(0);
    const confirm = await seller.call<{ operationId: string }>(op('confirmShipmentContentUpdatePreview'), { path: { ...path, contentUpdatePreviewId: preview?.contentUpdatePreviewId ?? '' } });
    expect(confirm.status).toBe(202);
    const after = (await seller.call<{ boxes: Box[] }>(op('listShipmentBoxes'), { path, query: { pageSize: 100 } })).body.boxes;
    expect(after).toHaveLength(boxes.length + 1);
    const numbers = after.map((b) => Number(b.boxId.slice(-6))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: after.length }, (_, i) => i + 1));

    // A second preview expires an hour after it is offered.
    const again = await seller.call<{ operationId: string }>(op('generateShipmentContentUpdatePreviews'), { path, body: { boxes: [asInput(targetBox, 1), ...others, extraBox], items: itemsWith(47) } });
    await done(again.body.operationId);
    const [second] = (await seller.call<{ contentUpdatePreviews: { contentUpdatePreviewId: string }[] }>(op('listShipmentContentUpdatePreviews'), { path })).body.contentUpdatePreviews;
    clock.advance(HOUR);
    await seller.login();
    const late = await seller.call<ErrorBody>(op('confirmShipmentContentUpdatePreview'), { path: { ...path, contentUpdatePreviewId: second?.contentUpdatePreviewId ?? '' } });
    expect(late.status).toBe(400);
    expect(late.body.errors[0]?.message).toContain('expired');
    expect(market.inspect.plans()[0]?.counts.contentUpdateConfirmations).toBe(1);
  });

  it('cancels within the 24-hour small-parcel void window free, and warns of the charge after it', async () => {
    const entries = pickItems(market.catalogue, 2, false);
    const early = await packFirstToConfirmedTransport(seller, clock, DELAY, market.catalogue, entries, 5);
    const inWindow = await done((await seller.call<{ operationId: string }>(op('cancelInboundPlan'), { path: { inboundPlanId: early.planId } })).body.operationId);
    expect(inWindow.operationStatus).toBe('SUCCESS');
    expect(inWindow.operationProblems).toEqual([]);
    const voided = await seller.call<{ status: string }>(op('getInboundPlan'), { path: { inboundPlanId: early.planId } });
    expect(voided.body.status).toBe('VOIDED');

    const late = await packFirstToConfirmedTransport(seller, clock, DELAY, market.catalogue, entries, 5);
    clock.advance(25 * HOUR);
    await seller.login();
    const outside = await done((await seller.call<{ operationId: string }>(op('cancelInboundPlan'), { path: { inboundPlanId: late.planId } })).body.operationId);
    expect(outside.operationStatus).toBe('SUCCESS');
    expect(outside.operationProblems.map((p) => p.severity)).toContain('WARNING');
    expect(outside.operationProblems[0]?.message).toContain('after its 24 hours void window');
    const twice = await seller.call<ErrorBody>(op('cancelInboundPlan'), { path: { inboundPlanId: late.planId } });
    expect(twice.status).toBe(400);
  });
});
