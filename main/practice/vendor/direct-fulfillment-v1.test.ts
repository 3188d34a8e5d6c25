import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { conformanceLabel } from '../../../test/support/spapi-models';
import { manualClock, type ManualClock } from '../clock';
import { PRACTICE_VENDOR } from '../practice-accounts';
import { startPracticeMarketplace, type PracticeMarketplace } from '../practice-marketplace';
import { PracticeCaller } from '../test-support/practice-caller';

const DAY = 86_400_000;

describe(`Vendor Direct Fulfillment v1 on the practice marketplace (${conformanceLabel()})`, () => {
  let market: PracticeMarketplace;
  let clock: ManualClock;
  let vendor: PracticeCaller;
  const parties = { sellingParty: { partyId: 'PBVND' }, shipFromParty: { partyId: 'PBWH1' } };

  beforeEach(async () => {
    clock = manualClock(Date.parse('2026-06-15T12:00:00Z'));
    market = await startPracticeMarketplace({ seed: 31, clock, asyncDelayMs: 0, enforceRateLimits: false });
    vendor = new PracticeCaller(market, PRACTICE_VENDOR);
    await vendor.login();
  });
  afterEach(async () => {
    expect(vendor.conformanceFailures).toEqual([]);
    expect(market.inspect.internalErrors()).toEqual([]);
    await market.close();
  });

  it('serves the same orders in v1 shapes and accepts v1 container types only', async () => {
    const path = '/vendor/directFulfillment/orders/v1/purchaseOrders';
    const token = (await vendor.call<{ restrictedDataToken: string }>('tokens_2021-03-01.createRestrictedDataToken', { body: { restrictedResources: [{ method: 'GET', path }] } })).body.restrictedDataToken;
    const listed = await vendor.call<{ payload: { orders: { purchaseOrderNumber: string; orderDetails: { items: { itemSequenceNumber: string; orderedQuantity: { amount: number } }[] } }[] } }>('vendorDirectFulfillmentOrdersV1.getOrders', {
      query: { createdAfter: new Date(clock.now() - 7 * DAY).toISOString(), createdBefore: new Date(clock.now()).toISOString() },
      token,
    });
    expect(listed.status).toBe(200);
    const order = listed.body.payload.orders[0];
    if (!order) throw new Error('no order');
    expect(market.inspect.dfOrders().map((o) => o.purchaseOrderNumber)).toContain(order.purchaseOrderNumber);

    const ack = await vendor.call<{ payload: { transactionId: string } }>('vendorDirectFulfillmentOrdersV1.submitAcknowledgement', {
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
    const status = await vendor.call<{ payload: { transactionStatus: { status: string } } }>('vendorDirectFulfillmentTransactionsV1.getTransactionStatus', { path: { transactionId: ack.body.payload.transactionId } });
    expect(status.body.payload.transactionStatus.status).toBe('Success');

    const container = (containerType: string) => ({
      containerType,
      containerIdentifier: 'C1',
      weight: { unitOfMeasure: 'LB', value: '2' },
      packedItems: order.orderDetails.items.map((i) => ({ itemSequenceNumber: Number(i.itemSequenceNumber), packedQuantity: { amount: i.orderedQuantity.amount, unitOfMeasure: 'Each' } })),
    });
    const wrongCase = await vendor.call<{ errors: { message: string }[] }>('vendorDirectFulfillmentShippingV1.submitShippingLabelRequest', {
      body: { shippingLabelRequests: [{ purchaseOrderNumber: order.purchaseOrderNumber, ...parties, containers: [container('Carton')] }] },
      invalidOnPurpose: true,
    });
    expect(wrongCase.status).toBe(400);
    expect(wrongCase.body.errors[0]?.message).toContain('must be carton or pallet in v1');
    const request = await vendor.call<{ payload: { transactionId: string } }>('vendorDirectFulfillmentShippingV1.submitShippingLabelRequest', {
      body: { shippingLabelRequests: [{ purchaseOrderNumber: order.purchaseOrderNumber, ...parties, containers: [container('carton')] }] },
    });
    expect(request.status).toBe(202);
    const labelToken = (await vendor.call<{ restrictedDataToken: string }>('tokens_2021-03-01.createRestrictedDataToken', {
      body: { restrictedResources: [{ method: 'GET', path: `/vendor/directFulfillment/shipping/v1/shippingLabels/${order.purchaseOrderNumber}` }] },
    })).body.restrictedDataToken;
    const label = await vendor.call<{ payload: { labelData: { trackingNumber: string }[] } }>('vendorDirectFulfillmentShippingV1.getShippingLabel', { path: { purchaseOrderNumber: order.purchaseOrderNumber }, token: labelToken });
    expect(label.status).toBe(200);
    expect(label.body.payload.labelData[0]?.trackingNumber).toBeTruthy();
  });
});
