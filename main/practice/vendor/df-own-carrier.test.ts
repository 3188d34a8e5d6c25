import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { conformanceLabel } from '../../../test/support/spapi-models';
import { manualClock, type ManualClock } from '../clock';
import { PRACTICE_VENDOR } from '../practice-accounts';
import { startPracticeMarketplace, type PracticeMarketplace } from '../practice-marketplace';
import { PracticeCaller } from '../test-support/practice-caller';

const DAY = 86_400_000;
const HUB = { name: 'Carrier hub', addressLine1: '1 Hub Rd', city: 'Reno', stateOrRegion: 'NV', postalCode: '89502', countryCode: 'US' };

/** Both DF Shipping versions over one state: operation names and the v1 shapes (payload wrapper, lower-case cartons). */
const VERSIONS = [
  { version: '2021-12-28', orders: 'vendorDirectFulfillmentOrders_2021-12-28', shipping: 'vendorDirectFulfillmentShipping_2021-12-28', transactions: 'vendorDirectFulfillmentTransactions_2021-12-28', carton: 'Carton' },
  { version: 'v1', orders: 'vendorDirectFulfillmentOrdersV1', shipping: 'vendorDirectFulfillmentShippingV1', transactions: 'vendorDirectFulfillmentTransactionsV1', carton: 'carton' },
] as const;

type Order = { purchaseOrderNumber: string; orderDetails: { items: { itemSequenceNumber: string; orderedQuantity: { amount: number } }[] } };

describe.each(VERSIONS)(`vendor-own-carrier DF shipments on the practice marketplace, $version (${conformanceLabel()})`, (api) => {
  let market: PracticeMarketplace;
  let clock: ManualClock;
  let vendor: PracticeCaller;
  const parties = { sellingParty: { partyId: 'PBVND' }, shipFromParty: { partyId: 'PBWH1' } };
  const unwrap = <T>(body: unknown): T => (api.version === 'v1' ? (body as { payload: T }).payload : (body as T));

  beforeEach(async () => {
    clock = manualClock(Date.parse('2026-06-15T12:00:00Z'));
    market = await startPracticeMarketplace({ seed: 37, clock, asyncDelayMs: 0, enforceRateLimits: false });
    vendor = new PracticeCaller(market, PRACTICE_VENDOR);
    await vendor.login();
  });
  afterEach(async () => {
    expect(vendor.conformanceFailures).toEqual([]);
    expect(market.inspect.internalErrors()).toEqual([]);
    await market.close();
  });

  async function transaction(transactionId: string): Promise<{ status: string; errors?: unknown }> {
    const reply = await vendor.call<unknown>(`${api.transactions}.getTransactionStatus`, { path: { transactionId } });
    return unwrap<{ transactionStatus: { status: string; errors?: unknown } }>(reply.body).transactionStatus;
  }

  async function acceptedOrder(): Promise<Order> {
    const path = `/vendor/directFulfillment/orders/${api.version}/purchaseOrders`;
    const token = (await vendor.call<{ restrictedDataToken: string }>('tokens_2021-03-01.createRestrictedDataToken', { body: { restrictedResources: [{ method: 'GET', path }] } })).body.restrictedDataToken;
    const listed = await vendor.call<unknown>(`${api.orders}.getOrders`, { query: { createdAfter: new Date(clock.now() - 7 * DAY).toISOString(), createdBefore: new Date(clock.now()).toISOString() }, token });
    const order = unwrap<{ orders: Order[] }>(listed.body).orders.find((o) => market.inspect.dfOrders().find((d) => d.purchaseOrderNumber === o.purchaseOrderNumber)?.status === 'NEW')!;
    const ack = await vendor.call<unknown>(`${api.orders}.submitAcknowledgement`, {
      body: {
        orderAcknowledgements: [{
          purchaseOrderNumber: order.purchaseOrderNumber,
          vendorOrderNumber: 'V-1',
          acknowledgementDate: new Date(clock.now()).toISOString(),
          acknowledgementStatus: { code: '00' },
          ...parties,
          itemAcknowledgements: order.orderDetails.items.map((i) => ({ itemSequenceNumber: i.itemSequenceNumber, acknowledgedQuantity: { amount: i.orderedQuantity.amount, unitOfMeasure: 'Each' } })),
        }],
      },
    });
    expect((await transaction(unwrap<{ transactionId: string }>(ack.body).transactionId)).status).toBe('Success');
    return order;
  }

  const confirmation = (order: Order, extra: Record<string, string>) => ({
    shipmentConfirmations: [{
      purchaseOrderNumber: order.purchaseOrderNumber,
      shipmentDetails: { shippedDate: new Date(clock.now()).toISOString(), shipmentStatus: 'SHIPPED' },
      ...parties,
      items: order.orderDetails.items.map((i) => ({ itemSequenceNumber: Number(i.itemSequenceNumber), shippedQuantity: { amount: i.orderedQuantity.amount, unitOfMeasure: 'Each' } })),
      containers: [{
        containerType: api.carton,
        containerIdentifier: `${order.purchaseOrderNumber}-1`,
        trackingNumber: 'RNX0012345678',
        shipMethod: 'UPS_GROUND',
        ...extra,
        weight: { unitOfMeasure: 'KG', value: '1.75' },
        dimensions: { length: '30', width: '20', height: '10', unitOfMeasure: 'CM' },
        packedItems: order.orderDetails.items.map((i) => ({ itemSequenceNumber: Number(i.itemSequenceNumber), packedQuantity: { amount: i.orderedQuantity.amount, unitOfMeasure: 'Each' } })),
      }],
    }],
  });

  const statusUpdate = (order: Order, details: Record<string, unknown>) => ({
    shipmentStatusUpdates: [{ purchaseOrderNumber: order.purchaseOrderNumber, ...parties, statusUpdateDetails: { trackingNumber: 'RNX0012345678', statusCode: 'D1', reasonCode: 'NS', statusDateTime: new Date(clock.now()).toISOString(), statusLocationAddress: HUB, ...details } }],
  });

  it('confirms without an Amazon label only when each container names its carrier, and keeps the packages as weighed', async () => {
    const order = await acceptedOrder();
    const unnamed = await vendor.call<unknown>(`${api.shipping}.submitShipmentConfirmations`, { body: confirmation(order, {}) });
    expect(unnamed.status).toBe(202);
    const refused = await transaction(unwrap<{ transactionId: string }>(unnamed.body).transactionId);
    expect(refused.status).toBe('Failure');
    expect(JSON.stringify(refused.errors)).toContain('names no carrier');

    const named = await vendor.call<unknown>(`${api.shipping}.submitShipmentConfirmations`, { body: confirmation(order, { carrier: 'Reno Express' }) });
    expect((await transaction(unwrap<{ transactionId: string }>(named.body).transactionId)).status).toBe('Success');
    const held = market.inspect.state().df.confirmations.find((c) => c.purchaseOrderNumber === order.purchaseOrderNumber)!;
    expect(held.packages).toEqual([
      { containerIdentifier: `${order.purchaseOrderNumber}-1`, trackingNumber: 'RNX0012345678', carrier: 'Reno Express', scacCode: null, weight: { value: 1.75, unit: 'KG' }, dimensions: { length: 30, width: 20, height: 10, unit: 'CM' } },
    ]);
  });

  it('takes status updates for the confirmed tracking number, one event per status and time, and refuses malformed ones', async () => {
    const order = await acceptedOrder();
    const early = await vendor.call<unknown>(`${api.shipping}.submitShipmentStatusUpdates`, { body: statusUpdate(order, {}) });
    expect(JSON.stringify((await transaction(unwrap<{ transactionId: string }>(early.body).transactionId)).errors)).toContain('confirm its shipment before sending status updates');
    await vendor.call(`${api.shipping}.submitShipmentConfirmations`, { body: confirmation(order, { scacCode: 'RNEX' }) });

    const badCode = await vendor.call<{ errors: { message: string }[] }>(`${api.shipping}.submitShipmentStatusUpdates`, { body: statusUpdate(order, { statusCode: 'Delivered' }), invalidOnPurpose: true });
    expect(badCode.status).toBe(400);
    expect(badCode.body.errors[0]?.message).toContain('two-character shipment status code');
    const noStreet = await vendor.call<{ errors: { message: string }[] }>(`${api.shipping}.submitShipmentStatusUpdates`, { body: statusUpdate(order, { statusLocationAddress: { name: 'Hub', countryCode: 'US' } }), invalidOnPurpose: true });
    expect(noStreet.status).toBe(400);

    const eta = new Date(clock.now() + DAY).toISOString();
    for (let i = 0; i < 2; i++) {
      const sent = await vendor.call<unknown>(`${api.shipping}.submitShipmentStatusUpdates`, { body: statusUpdate(order, { statusCode: 'OD', shipmentSchedule: { estimatedDeliveryDateTime: eta } }) });
      expect(sent.status).toBe(202);
      expect((await transaction(unwrap<{ transactionId: string }>(sent.body).transactionId)).status).toBe('Success');
    }
    const stranger = await vendor.call<unknown>(`${api.shipping}.submitShipmentStatusUpdates`, { body: statusUpdate(order, { trackingNumber: 'RNX0099999999' }) });
    expect(JSON.stringify((await transaction(unwrap<{ transactionId: string }>(stranger.body).transactionId)).errors)).toContain('does not belong to purchase order');

    const held = market.inspect.state().df.statusUpdates.find((s) => s.purchaseOrderNumber === order.purchaseOrderNumber)!;
    expect(held.updates).toEqual([
      { trackingNumber: 'RNX0012345678', statusCode: 'OD', reasonCode: 'NS', at: clock.now(), statusDateTime: new Date(clock.now()).toISOString(), location: { city: 'Reno', stateOrRegion: 'NV', postalCode: '89502', countryCode: 'US' }, estimatedDeliveryDateTime: eta },
    ]);
    expect(market.inspect.dfCounts().statusUpdates).toBe(1);
  });
});
