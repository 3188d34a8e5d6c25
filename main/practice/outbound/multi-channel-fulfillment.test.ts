import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { conformanceLabel } from '../../../test/support/spapi-models';
import type { ManualClock } from '../clock';
import { PRACTICE_SELLER } from '../practice-accounts';
import type { PracticeMarketplace } from '../practice-marketplace';
import { PracticeCaller } from '../test-support/practice-caller';
import { closePracticeSession, openPracticeSession } from '../test-support/practice-session';

const MCF = 'fulfillmentOutbound_2020-07-01';
const MINUTE = 60_000;
const ADDRESS = { name: 'Ana Lima', addressLine1: '77 Harbor St', city: 'Portland', stateOrRegion: 'OR', postalCode: '97205', countryCode: 'US', phone: '5035550101' };

interface Preview { shippingSpeedCategory: string; isFulfillable: boolean; estimatedFees?: { amount: { value: string } }[]; unfulfillablePreviewItems?: { sellerSku: string; itemUnfulfillableReasons: string[] }[] }
interface Details { fulfillmentOrder: { fulfillmentOrderStatus: string }; fulfillmentShipments?: { fulfillmentShipmentStatus: string; fulfillmentShipmentPackage?: { packageNumber: number; trackingNumber: string }[] }[] }

describe(`multi-channel fulfillment on the practice marketplace (${conformanceLabel()})`, () => {
  let market: PracticeMarketplace;
  let clock: ManualClock;
  let seller: PracticeCaller;

  beforeEach(async () => {
    ({ market, clock, caller: seller } = await openPracticeSession(PRACTICE_SELLER, '2026-07-01T10:00:00Z', { seed: 17, enforceRateLimits: false, tokenLifetimeSec: 86_400 }));
  });
  afterEach(() => closePracticeSession(market, seller));

  const skus = () => market.catalogue.filter((c) => !c.hazmat && !c.oversize).slice(0, 2).map((c) => c.msku);
  const order = (id: string, fulfillmentAction: 'Ship' | 'Hold' = 'Ship') => ({
    sellerFulfillmentOrderId: id,
    displayableOrderId: id,
    displayableOrderDate: new Date(clock.now()).toISOString(),
    displayableOrderComment: 'Thank you for your order',
    shippingSpeedCategory: 'Standard',
    destinationAddress: ADDRESS,
    fulfillmentAction,
    items: skus().map((sellerSku, i) => ({ sellerSku, sellerFulfillmentOrderItemId: `line-${i + 1}`, quantity: 3 })),
  });

  it('previews speeds with fees and names unfulfillable items', async () => {
    const res = await seller.call<{ payload: { fulfillmentPreviews: Preview[] } }>(`${MCF}.getFulfillmentPreview`, {
      body: { address: ADDRESS, items: [...skus(), 'NO-SUCH-SKU'].map((sellerSku, i) => ({ sellerSku, sellerFulfillmentOrderItemId: `p${i}`, quantity: 1 })), shippingSpeedCategories: ['Standard', 'Priority'] },
    });
    expect(res.status).toBe(200);
    expect(res.body.payload.fulfillmentPreviews.map((p) => p.shippingSpeedCategory)).toEqual(['Standard', 'Priority']);
    for (const preview of res.body.payload.fulfillmentPreviews) {
      expect(preview.isFulfillable).toBe(false);
      expect(preview.unfulfillablePreviewItems).toEqual([expect.objectContaining({ sellerSku: 'NO-SUCH-SKU', itemUnfulfillableReasons: ['InvalidSKU'] })]);
    }
    const ok = await seller.call<{ payload: { fulfillmentPreviews: Preview[] } }>(`${MCF}.getFulfillmentPreview`, {
      body: { address: ADDRESS, items: skus().map((sellerSku, i) => ({ sellerSku, sellerFulfillmentOrderItemId: `p${i}`, quantity: 1 })), shippingSpeedCategories: ['Standard', 'Priority'] },
    });
    const [standard, priority] = ok.body.payload.fulfillmentPreviews;
    expect(standard?.isFulfillable).toBe(true);
    expect(Number(priority?.estimatedFees?.[0]?.amount.value)).toBeGreaterThan(Number(standard?.estimatedFees?.[0]?.amount.value));
  });

  it('creates an order once, moves it through its statuses with time, and tracks its packages', async () => {
    expect((await seller.call(`${MCF}.createFulfillmentOrder`, { body: order('MCF-1001') })).status).toBe(200);
    const duplicate = await seller.call<{ errors: { message: string }[] }>(`${MCF}.createFulfillmentOrder`, { body: order('MCF-1001') });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.errors[0]?.message).toContain('already exists');

    const status = async () => (await seller.call<{ payload: Details }>(`${MCF}.getFulfillmentOrder`, { path: { sellerFulfillmentOrderId: 'MCF-1001' } })).body.payload;
    expect((await status()).fulfillmentOrder.fulfillmentOrderStatus).toBe('Received');
    clock.advance(10 * MINUTE);
    expect((await status()).fulfillmentOrder.fulfillmentOrderStatus).toBe('Planning');
    clock.advance(30 * MINUTE);
    expect((await status()).fulfillmentOrder.fulfillmentOrderStatus).toBe('Processing');
    const tooLate = await seller.call<{ errors: { message: string }[] }>(`${MCF}.cancelFulfillmentOrder`, { path: { sellerFulfillmentOrderId: 'MCF-1001' } });
    expect(tooLate.status).toBe(400);
    expect(tooLate.body.errors[0]?.message).toContain('can no longer be cancelled');
    clock.advance(90 * MINUTE);
    const complete = await status();
    expect(complete.fulfillmentOrder.fulfillmentOrderStatus).toBe('Complete');
    const packages = complete.fulfillmentShipments?.[0]?.fulfillmentShipmentPackage ?? [];
    expect(packages.length).toBe(2);
    const tracking = await seller.call<{ payload: { trackingNumber: string; currentStatus: string; trackingEvents: unknown[] } }>(`${MCF}.getPackageTrackingDetails`, { query: { packageNumber: packages[0]?.packageNumber ?? 0 } });
    expect(tracking.body.payload.trackingNumber).toBe(packages[0]?.trackingNumber);
    expect(tracking.body.payload.currentStatus).toBe('IN_TRANSIT');
    expect(tracking.body.payload.trackingEvents.length).toBeGreaterThan(0);

    const listed = await seller.call<{ payload: { fulfillmentOrders: { sellerFulfillmentOrderId: string }[] } }>(`${MCF}.listAllFulfillmentOrders`, { query: { queryStartDate: '2026-06-30T00:00:00Z' } });
    expect(listed.body.payload.fulfillmentOrders.map((o) => o.sellerFulfillmentOrderId)).toEqual(['MCF-1001']);
  });

  it('holds an order until it is released, and cancels one before processing', async () => {
    await seller.call(`${MCF}.createFulfillmentOrder`, { body: order('MCF-HOLD', 'Hold') });
    clock.advance(60 * MINUTE);
    const held = await seller.call<{ payload: Details }>(`${MCF}.getFulfillmentOrder`, { path: { sellerFulfillmentOrderId: 'MCF-HOLD' } });
    expect(held.body.payload.fulfillmentOrder.fulfillmentOrderStatus).toBe('Received');
    expect((await seller.call(`${MCF}.updateFulfillmentOrder`, { path: { sellerFulfillmentOrderId: 'MCF-HOLD' }, body: { fulfillmentAction: 'Ship' } })).status).toBe(200);
    clock.advance(10 * MINUTE);
    const released = await seller.call<{ payload: Details }>(`${MCF}.getFulfillmentOrder`, { path: { sellerFulfillmentOrderId: 'MCF-HOLD' } });
    expect(released.body.payload.fulfillmentOrder.fulfillmentOrderStatus).toBe('Planning');
    expect((await seller.call(`${MCF}.cancelFulfillmentOrder`, { path: { sellerFulfillmentOrderId: 'MCF-HOLD' } })).status).toBe(200);
    const cancelled = await seller.call<{ payload: Details }>(`${MCF}.getFulfillmentOrder`, { path: { sellerFulfillmentOrderId: 'MCF-HOLD' } });
    expect(cancelled.body.payload.fulfillmentOrder.fulfillmentOrderStatus).toBe('Cancelled');
  });
});
