import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodedTexts } from '../../../test/support/barcode-reader';
import { conformanceLabel } from '../../../test/support/spapi-models';
import type { ManualClock } from '../clock';
import { PRACTICE_SELLER, PRACTICE_VENDOR } from '../practice-accounts';
import type { PracticeMarketplace } from '../practice-marketplace';
import { PracticeCaller } from '../test-support/practice-caller';
import { closePracticeSession, openPracticeSession } from '../test-support/practice-session';

const ORDERS = 'vendorDirectFulfillmentOrders_2021-12-28';
const SHIPPING = 'vendorDirectFulfillmentShipping_2021-12-28';
const TRANSACTIONS = 'vendorDirectFulfillmentTransactions_2021-12-28';
const DELAY = 2000;
const DAY = 86_400_000;

interface Order {
  purchaseOrderNumber: string;
  orderDetails: {
    orderStatus: string;
    shipmentDetails: { shipMethod: string; isPslipRequired: boolean };
    shipToParty: { name: string; addressLine1: string; city: string; stateOrRegion: string; postalCode: string };
    items: { itemSequenceNumber: string; vendorProductIdentifier: string; orderedQuantity: { amount: number } }[];
  };
}
interface Label { labelFormat: string; labelData: { trackingNumber: string; content: string; packageIdentifier: string }[] }

describe(`Vendor Direct Fulfillment on the practice marketplace (${conformanceLabel()})`, () => {
  let market: PracticeMarketplace;
  let clock: ManualClock;
  let vendor: PracticeCaller;
  const parties = { sellingParty: { partyId: 'PBVND' }, shipFromParty: { partyId: 'PBWH1' } };

  const rdt = async (method: string, path: string) =>
    (await vendor.call<{ restrictedDataToken: string }>('tokens_2021-03-01.createRestrictedDataToken', { body: { restrictedResources: [{ method, path }] } })).body.restrictedDataToken;

  const settle = async (transactionId: string) => {
    const pending = await vendor.call<{ transactionStatus: { status: string } }>(`${TRANSACTIONS}.getTransactionStatus`, { path: { transactionId } });
    expect(pending.body.transactionStatus.status).toBe('Processing');
    clock.advance(DELAY);
    return (await vendor.call<{ transactionStatus: { status: string; errors?: { errors: { message: string }[] } } }>(`${TRANSACTIONS}.getTransactionStatus`, { path: { transactionId } })).body.transactionStatus;
  };

  beforeEach(async () => {
    ({ market, clock, caller: vendor } = await openPracticeSession(PRACTICE_VENDOR, '2026-06-15T12:00:00Z', { seed: 31, asyncDelayMs: DELAY, enforceRateLimits: false }));
  });
  afterEach(() => closePracticeSession(market, vendor));

  it('takes a DF order from acknowledgement through label, confirmation and status update', async () => {
    const listPath = `/vendor/directFulfillment/orders/2021-12-28/purchaseOrders`;
    const listToken = await rdt('GET', listPath);
    const listed = await vendor.call<{ orders: Order[] }>(`${ORDERS}.getOrders`, {
      query: { createdAfter: new Date(clock.now() - 7 * DAY).toISOString(), createdBefore: new Date(clock.now()).toISOString(), status: 'NEW', limit: 100 },
      token: listToken,
    });
    expect(listed.status).toBe(200);
    expect(listed.body.orders.length).toBeGreaterThanOrEqual(15);
    for (const o of listed.body.orders) {
      expect(o.orderDetails.shipToParty.postalCode).toMatch(/^\d{5}$/);
      expect(o.orderDetails.shipToParty.name).toMatch(/^\S+ \S+$/);
    }
    const byMethod = (prefix: string) => listed.body.orders.find((o) => o.orderDetails.shipmentDetails.shipMethod.startsWith(prefix)) as Order;
    for (const order of [byMethod('UPS'), byMethod('FEDEX')]) {
      expect(order).toBeDefined();
      const po = order.purchaseOrderNumber;
      const orderToken = await rdt('GET', `${listPath}/${po}`);
      expect((await vendor.call<Order>(`${ORDERS}.getOrder`, { path: { purchaseOrderNumber: po }, token: orderToken })).body.purchaseOrderNumber).toBe(po);

      const early = await vendor.call<{ transactionId: string }>(`${SHIPPING}.submitShippingLabelRequest`, { body: { shippingLabelRequests: [{ purchaseOrderNumber: po, ...parties }] } });
      const refused = await settle(early.body.transactionId);
      expect(refused.status).toBe('Failure');
      expect(refused.errors?.errors[0]?.message).toContain('acknowledge (accept) it before requesting labels');

      const ack = await vendor.call<{ transactionId: string }>(`${ORDERS}.submitAcknowledgement`, {
        body: {
          orderAcknowledgements: [{
            purchaseOrderNumber: po,
            vendorOrderNumber: `V-${po}`,
            acknowledgementDate: new Date(clock.now()).toISOString(),
            acknowledgementStatus: { code: '00', description: 'Shipping 100 percent of ordered product' },
            ...parties,
            itemAcknowledgements: order.orderDetails.items.map((i) => ({ itemSequenceNumber: i.itemSequenceNumber, vendorProductIdentifier: i.vendorProductIdentifier, acknowledgedQuantity: { amount: i.orderedQuantity.amount, unitOfMeasure: 'Each' } })),
          }],
        },
      });
      expect((await settle(ack.body.transactionId)).status).toBe('Success');

      const containers = [{
        containerType: 'Carton',
        containerIdentifier: `${po}-1`,
        weight: { unitOfMeasure: 'LB', value: '3.5' },
        dimensions: { length: '12', width: '9', height: '6', unitOfMeasure: 'IN' },
        packedItems: order.orderDetails.items.map((i) => ({ itemSequenceNumber: Number(i.itemSequenceNumber), vendorProductIdentifier: i.vendorProductIdentifier, packedQuantity: { amount: i.orderedQuantity.amount, unitOfMeasure: 'Each' } })),
      }];
      const labelRequest = await vendor.call<{ transactionId: string }>(`${SHIPPING}.submitShippingLabelRequest`, { body: { shippingLabelRequests: [{ purchaseOrderNumber: po, ...parties, containers }] } });
      const labelToken = await rdt('GET', `/vendor/directFulfillment/shipping/2021-12-28/shippingLabels/${po}`);
      const notYet = await vendor.call(`${SHIPPING}.getShippingLabel`, { path: { purchaseOrderNumber: po }, token: labelToken });
      expect(notYet.status).toBe(404);
      expect((await settle(labelRequest.body.transactionId)).status).toBe('Success');
      const label = (await vendor.call<Label>(`${SHIPPING}.getShippingLabel`, { path: { purchaseOrderNumber: po }, token: labelToken })).body;
      const [pkg] = label.labelData;
      if (!pkg) throw new Error('no label package');
      const bytes = Buffer.from(pkg.content, 'base64');
      if (label.labelFormat === 'ZPL') {
        const zpl = bytes.toString('utf8');
        expect(zpl.startsWith('^XA')).toBe(true);
        expect(zpl.trimEnd().endsWith('^XZ')).toBe(true);
        expect(zpl).toContain(`^FD${pkg.trackingNumber}^FS`);
        expect(zpl).toContain(order.orderDetails.shipToParty.addressLine1);
        expect(pkg.trackingNumber).toMatch(/^1Z[A-Z0-9]{6}03\d{8}$/);
      } else {
        expect(label.labelFormat).toBe('PNG');
        expect([...bytes.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
        const texts = await decodedTexts(bytes);
        expect(texts).toContain(pkg.trackingNumber);
        expect(texts).toContain(`420${order.orderDetails.shipToParty.postalCode}`);
      }

      const confirm = await vendor.call<{ transactionId: string }>(`${SHIPPING}.submitShipmentConfirmations`, {
        body: {
          shipmentConfirmations: [{
            purchaseOrderNumber: po,
            shipmentDetails: { shippedDate: new Date(clock.now()).toISOString(), shipmentStatus: 'SHIPPED' },
            ...parties,
            items: order.orderDetails.items.map((i) => ({ itemSequenceNumber: Number(i.itemSequenceNumber), vendorProductIdentifier: i.vendorProductIdentifier, shippedQuantity: { amount: i.orderedQuantity.amount, unitOfMeasure: 'Each' } })),
            containers: containers.map((c) => ({ ...c, trackingNumber: pkg.trackingNumber, shipMethod: order.orderDetails.shipmentDetails.shipMethod })),
          }],
        },
      });
      expect((await settle(confirm.body.transactionId)).status).toBe('Success');
      const shipped = await vendor.call<Order>(`${ORDERS}.getOrder`, { path: { purchaseOrderNumber: po }, token: orderToken });
      expect(shipped.body.orderDetails.orderStatus).toBe('SHIPPED');

      const update = await vendor.call<{ transactionId: string }>(`${SHIPPING}.submitShipmentStatusUpdates`, {
        body: {
          shipmentStatusUpdates: [{
            purchaseOrderNumber: po,
            ...parties,
            statusUpdateDetails: {
              trackingNumber: pkg.trackingNumber,
              statusCode: 'D1',
              reasonCode: 'NS',
              statusDateTime: new Date(clock.now()).toISOString(),
              statusLocationAddress: { name: 'Carrier hub', addressLine1: '1 Hub Rd', city: 'Reno', stateOrRegion: 'NV', postalCode: '89502', countryCode: 'US' },
            },
          }],
        },
      });
      expect((await settle(update.body.transactionId)).status).toBe('Success');

      const pallet = await vendor.call<{ containerLabel: { containerTrackingNumber: string; content: string; format: string } }>(`${SHIPPING}.createContainerLabel`, {
        body: { ...parties, carrierId: 'SWA', vendorContainerId: `PAL-${po}`, packages: [{ packageTrackingNumber: pkg.trackingNumber }] },
      });
      expect(pallet.body.containerLabel.format).toBe('ZPL');
      expect(Buffer.from(pallet.body.containerLabel.content, 'base64').toString('utf8')).toContain(pallet.body.containerLabel.containerTrackingNumber);

      const invoiceToken = await rdt('GET', `/vendor/directFulfillment/shipping/2021-12-28/customerInvoices/${po}`);
      const invoice = await vendor.call<{ content: string }>(`${SHIPPING}.getCustomerInvoice`, { path: { purchaseOrderNumber: po }, token: invoiceToken });
      expect((await PDFDocument.load(Buffer.from(invoice.body.content, 'base64'))).getPageCount()).toBe(1);
    }
    const slipOrder = listed.body.orders.find((o) => o.orderDetails.shipmentDetails.isPslipRequired) as Order;
    const slipToken = await rdt('GET', `/vendor/directFulfillment/shipping/2021-12-28/packingSlips/${slipOrder.purchaseOrderNumber}`);
    const slip = await vendor.call<{ content: string; contentType: string }>(`${SHIPPING}.getPackingSlip`, { path: { purchaseOrderNumber: slipOrder.purchaseOrderNumber }, token: slipToken });
    expect(slip.body.contentType).toBe('application/pdf');
    expect((await PDFDocument.load(Buffer.from(slip.body.content, 'base64'))).getPageCount()).toBe(1);
    expect(market.inspect.dfCounts()).toEqual({ acknowledgements: 2, labelRequests: 2, shipmentConfirmations: 2, statusUpdates: 2 });
  });

  it('refuses vendor operations to a seller account and restricted ones without an RDT', async () => {
    const seller = new PracticeCaller(market, PRACTICE_SELLER);
    await seller.login();
    // The model documents a bare Error (no errors array) for this operation's 403.
    const asSeller = await seller.call<{ code: string; details: string }>(`${TRANSACTIONS}.getTransactionStatus`, { path: { transactionId: '00000000-0000-0000-0000-000000000000' } });
    expect(asSeller.status).toBe(403);
    expect(asSeller.body.code).toBe('Unauthorized');
    expect(asSeller.body.details).toContain('vendor account');
    const po = market.inspect.dfOrders()[0]?.purchaseOrderNumber ?? '';
    const withoutRdt = await vendor.call(`${ORDERS}.getOrder`, { path: { purchaseOrderNumber: po } });
    expect(withoutRdt.status).toBe(403);
    expect(seller.conformanceFailures).toEqual([]);
  });
});
