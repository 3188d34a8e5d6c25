import { AmbiguousFailureError, SpApiError, type AccountClient } from '../../main/spapi';
import { vendorDfOrders } from '../../main/spapi/api/vendor-df-orders';
import { vendorDfShipping } from '../../main/spapi/api/vendor-df-shipping';
import { vendorTransactions } from '../../main/spapi/api/vendor-transactions';
import { vendorShipments } from '../../main/spapi/api/vendor-shipments';
import { fulfillmentOutbound } from '../../main/spapi/api/fulfillment-outbound-2020-07-01';
import type { ManualClock } from '../../main/practice/clock';
import type { PracticeMarketplace } from '../../main/practice/practice-marketplace';

const DAY = 86_400_000;
const MINUTE = 60_000;
const PARTIES = { sellingParty: { partyId: 'PBVND' }, shipFromParty: { partyId: 'PBWH1' } };

/** What a flow run through the client saw: writes whose outcome was unknown, and how each was settled. */
export interface FlowLog {
  ambiguous: string[];
}

export interface FlowContext {
  market: PracticeMarketplace;
  clock: ManualClock;
  /** How long the marketplace takes to settle a Vendor transaction. */
  delayMs: number;
  log: FlowLog;
}

/**
 * Sends a non-idempotent call once. When the client reports that its outcome is unknown, the caller's state on Amazon
 * is read (after Amazon's processing time) and the call is sent again only if it did not take effect, as the
 * station's outbox does.
 */
async function once<T>(ctx: FlowContext, name: string, send: () => Promise<T>, applied: () => Promise<boolean>): Promise<T | null> {
  for (;;) {
    try {
      return await send();
    } catch (error) {
      if (!(error instanceof AmbiguousFailureError)) throw error;
      ctx.log.ambiguous.push(name);
      ctx.clock.advance(ctx.delayMs);
      if (await applied()) return null;
    }
  }
}

/** False when Amazon answers 404 (not there yet); other errors are real. */
async function exists(read: () => Promise<unknown>): Promise<boolean> {
  try {
    await read();
    return true;
  } catch (error) {
    if (error instanceof SpApiError && error.status === 404) return false;
    throw error;
  }
}

async function dfSettled(ctx: FlowContext, vendor: AccountClient, started: { transactionId?: string } | null): Promise<string> {
  if (!started?.transactionId) return 'Reconciled';
  ctx.clock.advance(ctx.delayMs);
  const status = await vendorTransactions(vendor).getDfTransactionStatus({ transactionId: started.transactionId });
  return status.transactionStatus?.status ?? 'Unknown';
}

/** A DF order from acknowledgement through label request, label and shipment confirmation, purely through the client. */
export async function dfOrderFlow(ctx: FlowContext, vendor: AccountClient) {
  const orders = vendorDfOrders(vendor);
  const shipping = vendorDfShipping(vendor);
  const now = ctx.clock.now();
  const listed = await orders.getOrders({ createdAfter: new Date(now - 7 * DAY).toISOString(), createdBefore: new Date(now).toISOString(), status: 'NEW', limit: 100 });
  const order = (listed.orders ?? []).find((o) => o.orderDetails?.shipmentDetails.shipMethod.startsWith('UPS'));
  if (!order?.orderDetails) throw new Error('No new UPS order among the practice DF orders');
  const po = order.purchaseOrderNumber;
  const shipMethod = order.orderDetails.shipmentDetails.shipMethod;
  const items = order.orderDetails.items.map((i) => ({
    itemSequenceNumber: i.itemSequenceNumber,
    vendorProductIdentifier: i.vendorProductIdentifier ?? '',
    amount: i.orderedQuantity?.amount ?? 0,
  }));
  const status = async () => (await orders.getOrder({ purchaseOrderNumber: po })).orderDetails?.orderStatus;
  const statuses: string[] = [];

  const ack = await once(
    ctx,
    'submitAcknowledgement',
    () =>
      orders.submitAcknowledgement({
        body: {
          orderAcknowledgements: [
            {
              purchaseOrderNumber: po,
              vendorOrderNumber: `V-${po}`,
              acknowledgementDate: new Date(ctx.clock.now()).toISOString(),
              acknowledgementStatus: { code: '00', description: 'Shipping 100 percent of ordered product' },
              ...PARTIES,
              itemAcknowledgements: items.map((i) => ({
                itemSequenceNumber: i.itemSequenceNumber,
                vendorProductIdentifier: i.vendorProductIdentifier,
                acknowledgedQuantity: { amount: i.amount, unitOfMeasure: 'Each' as const },
              })),
            },
          ],
        },
      }),
    async () => (await status()) !== 'NEW',
  );
  statuses.push(await dfSettled(ctx, vendor, ack));

  const containers = [
    {
      containerType: 'Carton' as const,
      containerIdentifier: `${po}-1`,
      weight: { unitOfMeasure: 'LB' as const, value: '3.5' },
      dimensions: { length: '12', width: '9', height: '6', unitOfMeasure: 'IN' as const },
      packedItems: items.map((i) => ({ itemSequenceNumber: Number(i.itemSequenceNumber), vendorProductIdentifier: i.vendorProductIdentifier, packedQuantity: { amount: i.amount, unitOfMeasure: 'Each' } })),
    },
  ];
  const labelRequest = await once(
    ctx,
    'submitShippingLabelRequest',
    () => shipping.submitShippingLabelRequest({ body: { shippingLabelRequests: [{ purchaseOrderNumber: po, ...PARTIES, containers }] } }),
    () => exists(() => shipping.getShippingLabel({ purchaseOrderNumber: po })),
  );
  statuses.push(await dfSettled(ctx, vendor, labelRequest));
  const label = await shipping.getShippingLabel({ purchaseOrderNumber: po });
  const trackingNumber = label.labelData[0]?.trackingNumber ?? '';

  const confirmation = await once(
    ctx,
    'submitShipmentConfirmations',
    () =>
      shipping.submitShipmentConfirmations({
        body: {
          shipmentConfirmations: [
            {
              purchaseOrderNumber: po,
              shipmentDetails: { shippedDate: new Date(ctx.clock.now()).toISOString(), shipmentStatus: 'SHIPPED' as const },
              ...PARTIES,
              items: items.map((i) => ({ itemSequenceNumber: Number(i.itemSequenceNumber), vendorProductIdentifier: i.vendorProductIdentifier, shippedQuantity: { amount: i.amount, unitOfMeasure: 'Each' } })),
              containers: containers.map((c) => ({ ...c, trackingNumber, shipMethod })),
            },
          ],
        },
      }),
    async () => (await status()) === 'SHIPPED',
  );
  statuses.push(await dfSettled(ctx, vendor, confirmation));
  return { po, label, trackingNumber, statuses, finalStatus: await status() };
}

/** A retail transport request and the ASN of the same cartons, each settled through Vendor Transaction Status. */
export async function retailAsnFlow(ctx: FlowContext, vendor: AccountClient, shipmentIdentifier: string) {
  const api = vendorShipments(vendor);
  const tx = vendorTransactions(vendor);
  const [po] = ctx.market.inspect.retailPurchaseOrders();
  if (!po) throw new Error('The practice vendor has no open retail purchase order');
  const settled = async (started: { payload?: { transactionId?: string } } | null) => {
    if (!started?.payload?.transactionId) return { status: 'Reconciled', errors: [] as string[] };
    ctx.clock.advance(ctx.delayMs);
    const answer = await tx.getTransaction({ transactionId: started.payload.transactionId });
    const status = answer.payload?.transactionStatus;
    return { status: status?.status ?? 'Unknown', errors: (status?.errors ?? []).map((e) => e.message) };
  };
  const lines = po.items.slice(0, 2);
  const sscc = (n: number) => `0031234567890123${String(n).padStart(2, '0')}`;

  const transport = await once(
    ctx,
    'SubmitShipments',
    () =>
      api.SubmitShipments({
        body: {
          shipments: [
            {
              vendorShipmentIdentifier: shipmentIdentifier,
              transactionType: 'New',
              transactionDate: new Date(ctx.clock.now()).toISOString(),
              shipmentFreightTerm: 'Collect',
              ...PARTIES,
              shipToParty: { partyId: po.shipToPartyId },
              containers: lines.map((_, i) => ({ containerType: 'carton', containerIdentifiers: [{ containerIdentificationType: 'SSCC', containerIdentificationNumber: sscc(i + 1) }] })),
            },
          ],
        },
      }),
    async () => ((await api.GetShipmentDetails({ vendorShipmentIdentifier: shipmentIdentifier })).payload?.shipments ?? []).length > 0,
  );
  const transportStatus = await settled(transport);

  const asnBody = {
    shipmentConfirmations: [
      {
        shipmentIdentifier,
        shipmentConfirmationType: 'Original' as const,
        shipmentType: 'SmallParcel' as const,
        shipmentConfirmationDate: new Date(ctx.clock.now()).toISOString(),
        shippedDate: new Date(ctx.clock.now()).toISOString(),
        ...PARTIES,
        shipToParty: { partyId: po.shipToPartyId },
        shippedItems: lines.map((line) => ({
          itemSequenceNumber: line.itemSequenceNumber,
          amazonProductIdentifier: line.asin,
          vendorProductIdentifier: line.vendorSku,
          shippedQuantity: { amount: 1, unitOfMeasure: 'Cases' as const, unitSize: line.unitsPerCase },
          itemDetails: { purchaseOrderNumber: po.purchaseOrderNumber },
        })),
        cartons: lines.map((line, i) => ({
          cartonIdentifiers: [{ containerIdentificationType: 'SSCC' as const, containerIdentificationNumber: sscc(i + 1) }],
          cartonSequenceNumber: String(i + 1).padStart(3, '0'),
          trackingNumber: `1ZPRACTICE0${i}`,
          items: [{ itemReference: line.itemSequenceNumber, shippedQuantity: { amount: 1, unitOfMeasure: 'Cases' as const, unitSize: line.unitsPerCase } }],
        })),
      },
    ],
  };
  // Amazon offers no read of ASNs: an ASN whose reply was lost is sent again, and "already confirmed" proves the first took effect.
  let asnStatus = await settled(await once(ctx, 'SubmitShipmentConfirmations', () => api.SubmitShipmentConfirmations({ body: asnBody }), async () => false));
  if (asnStatus.status === 'Failure' && asnStatus.errors.every((e) => e.includes('already confirmed')) && ctx.log.ambiguous.includes('SubmitShipmentConfirmations')) {
    asnStatus = { status: 'Success', errors: [] };
  }
  ctx.clock.advance(1000);
  const details = await api.GetShipmentDetails({ vendorShipmentIdentifier: shipmentIdentifier });
  return { transportStatus, asnStatus, shipmentStatus: details.payload?.shipments?.[0]?.currentShipmentStatus };
}

const ADDRESS = { name: 'Ana Lima', addressLine1: '77 Harbor St', city: 'Portland', stateOrRegion: 'OR', postalCode: '97205', countryCode: 'US', phone: '5035550101' };

/** An MCF order: preview, create, get as it moves on, and the tracking of its first package. */
export async function mcfOrderFlow(ctx: FlowContext, seller: AccountClient, orderId: string) {
  const api = fulfillmentOutbound(seller);
  const skus = ctx.market.catalogue.filter((c) => !c.hazmat && !c.oversize).slice(0, 2).map((c) => c.msku);
  const items = skus.map((sellerSku, i) => ({ sellerSku, sellerFulfillmentOrderItemId: `line-${i + 1}`, quantity: 2 }));
  const preview = await api.getFulfillmentPreview({ body: { address: ADDRESS, items, shippingSpeedCategories: ['Standard'] } });
  await once(
    ctx,
    'createFulfillmentOrder',
    () =>
      api.createFulfillmentOrder({
        body: {
          sellerFulfillmentOrderId: orderId,
          displayableOrderId: orderId,
          displayableOrderDate: new Date(ctx.clock.now()).toISOString(),
          displayableOrderComment: 'Thank you for your order',
          shippingSpeedCategory: 'Standard',
          destinationAddress: ADDRESS,
          fulfillmentAction: 'Ship',
          items,
        },
      }),
    () => exists(() => api.getFulfillmentOrder({ sellerFulfillmentOrderId: orderId })),
  );
  const received = (await api.getFulfillmentOrder({ sellerFulfillmentOrderId: orderId })).payload?.fulfillmentOrder.fulfillmentOrderStatus;
  ctx.clock.advance(130 * MINUTE);
  const complete = (await api.getFulfillmentOrder({ sellerFulfillmentOrderId: orderId })).payload;
  const pkg = complete?.fulfillmentShipments?.[0]?.fulfillmentShipmentPackage?.[0];
  const tracking = pkg ? (await api.getPackageTrackingDetails({ packageNumber: pkg.packageNumber })).payload : undefined;
  return { preview: preview.payload?.fulfillmentPreviews?.[0], received, final: complete?.fulfillmentOrder.fulfillmentOrderStatus, pkg, tracking };
}
