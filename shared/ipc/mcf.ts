import { z } from 'zod';
import type { ChannelMap } from './channel';

/**
 * Multi-Channel Fulfillment (Fulfillment Outbound 2020-07-01): orders from other sales channels shipped out of a
 * seller's FBA stock. Preview online first, then create, update and cancel through the outbox (they work offline).
 */

export const McfSpeed = z.enum(['Standard', 'Expedited', 'Priority', 'ScheduledDelivery']);
export type McfSpeed = z.infer<typeof McfSpeed>;

/**
 * creating: waiting to reach Amazon; open: Amazon has it (see amazonStatus); cancelling: cancellation on its way;
 * cancelled, complete, unfulfillable: finished (the recipient's address is erased 30 days later).
 */
export const McfStep = z.enum(['creating', 'open', 'cancelling', 'cancelled', 'complete', 'unfulfillable']);
export type McfStep = z.infer<typeof McfStep>;

/** The recipient: personal data, encrypted at rest, never logged, erased 30 days after the order finishes. */
export const McfAddress = z.object({
  name: z.string().trim().min(1).max(50),
  addressLine1: z.string().trim().min(1).max(60),
  addressLine2: z.string().trim().max(60).optional(),
  addressLine3: z.string().trim().max(60).optional(),
  city: z.string().trim().min(1).max(50),
  districtOrCounty: z.string().trim().max(50).optional(),
  stateOrRegion: z.string().trim().max(50).optional(),
  postalCode: z.string().trim().min(1).max(20),
  countryCode: z.string().regex(/^[A-Z]{2}$/, 'Two-letter country code, e.g. US'),
  phone: z.string().trim().max(20).optional(),
});
export type McfAddress = z.infer<typeof McfAddress>;

/** An item as scanned or typed: any code the seller's catalogue resolves (FNSKU, UPC/EAN, ASIN, MSKU). */
export const McfItemInput = z.object({ code: z.string().trim().min(1).max(512), quantity: z.number().int().min(1).max(10_000) });

export const McfItem = z.object({
  sellerFulfillmentOrderItemId: z.string(),
  sellerSku: z.string(),
  fnsku: z.string().nullable(),
  title: z.string(),
  quantity: z.number().int(),
});
export type McfItem = z.infer<typeof McfItem>;

const Money = z.object({ amount: z.string(), currencyCode: z.string() });

export const McfPreview = z.object({
  shippingSpeedCategory: McfSpeed,
  fulfillable: z.boolean(),
  fees: z.array(z.object({ name: z.string() }).extend(Money.shape)),
  /** Sum of the fees, null when Amazon quoted none (an unfulfillable order). */
  totalFee: Money.nullable(),
  estimatedWeight: z.object({ value: z.string(), unit: z.string() }).nullable(),
  earliestShipDate: z.string().nullable(),
  latestShipDate: z.string().nullable(),
  earliestArrivalDate: z.string().nullable(),
  latestArrivalDate: z.string().nullable(),
  unfulfillableItems: z.array(z.object({ sellerSku: z.string(), quantity: z.number().int(), reasons: z.array(z.string()) })),
  orderUnfulfillableReasons: z.array(z.string()),
});
export type McfPreview = z.infer<typeof McfPreview>;

export const McfPreviewResult = z.object({ items: z.array(McfItem), previews: z.array(McfPreview) });
export type McfPreviewResult = z.infer<typeof McfPreviewResult>;

export const McfPackage = z.object({ packageNumber: z.number().int(), carrierCode: z.string().nullable(), trackingNumber: z.string().nullable(), estimatedArrivalDate: z.string().nullable() });
export type McfPackage = z.infer<typeof McfPackage>;

export const McfOrderSummary = z.object({
  id: z.string(),
  accountId: z.string(),
  sellerFulfillmentOrderId: z.string(),
  displayableOrderId: z.string(),
  shippingSpeed: McfSpeed,
  fulfillmentAction: z.enum(['Ship', 'Hold']),
  step: McfStep,
  /** Amazon's fulfillmentOrderStatus at the last refresh (Received, Planning, Processing, Complete…), null before one. */
  amazonStatus: z.string().nullable(),
  units: z.number().int(),
  packages: z.array(McfPackage),
  createdAt: z.number(),
  refreshedAt: z.number().nullable(),
  completedAt: z.number().nullable(),
  sync: z.object({ pending: z.number().int(), failed: z.number().int(), lastError: z.string().nullable() }),
});
export type McfOrderSummary = z.infer<typeof McfOrderSummary>;

export const McfOrderDetail = McfOrderSummary.extend({
  comment: z.string(),
  /** null once erased (30 days after the order finished). */
  destination: McfAddress.nullable(),
  items: z.array(McfItem),
});
export type McfOrderDetail = z.infer<typeof McfOrderDetail>;

export const McfTracking = z.object({
  packageNumber: z.number().int(),
  trackingNumber: z.string().nullable(),
  carrierCode: z.string().nullable(),
  currentStatus: z.string().nullable(),
  shipDate: z.string().nullable(),
  estimatedArrivalDate: z.string().nullable(),
  events: z.array(z.object({ date: z.string(), code: z.string(), description: z.string(), place: z.string() })),
});
export type McfTracking = z.infer<typeof McfTracking>;

const OrderRef = z.object({ orderId: z.string().min(1) }).strict();
const Items = z.array(McfItemInput).min(1).max(100);

export const mcfChannels = {
  /**
   * Online: fees, ship and arrival dates and unfulfillable items per shipping speed. Offline it answers UNAVAILABLE
   * with a message saying so (the order can still be created; it is sent once the station is back online).
   */
  'mcf:preview': {
    request: z.object({ accountId: z.string().min(1), destination: McfAddress, items: Items, speeds: z.array(McfSpeed).min(1).optional() }).strict(),
    response: McfPreviewResult,
  },
  /** Records the order and queues it for Amazon (idempotent by its sellerFulfillmentOrderId); works offline. */
  'mcf:create': {
    request: z
      .object({
        accountId: z.string().min(1),
        destination: McfAddress,
        items: Items,
        shippingSpeed: McfSpeed,
        displayableOrderId: z.string().trim().min(1).max(40).optional(),
        comment: z.string().max(750).optional(),
        /** Hold: Amazon keeps the order without shipping until it is released with `mcf:update` { release: true }. */
        hold: z.boolean().optional(),
      })
      .strict(),
    response: McfOrderDetail,
  },
  /** `query` matches the order ids or a tracking number. */
  'mcf:list': { request: z.object({ accountId: z.string().optional(), query: z.string().max(120).optional(), step: McfStep.optional() }).strict(), response: z.array(McfOrderSummary) },
  'mcf:get': { request: OrderRef, response: McfOrderDetail },
  /** Online: reads the order from Amazon (getFulfillmentOrder) and updates status and packages. */
  'mcf:refresh': { request: OrderRef, response: McfOrderDetail },
  /** Online: refreshes every unfinished order that reached Amazon (all accounts, or one); per-order failures are listed. */
  'mcf:refresh-open': {
    request: z.object({ accountId: z.string().optional() }).strict(),
    response: z.object({ refreshed: z.number().int(), failed: z.array(z.object({ orderId: z.string(), message: z.string() })) }),
  },
  /** Before Amazon starts processing: new address, speed, comment or item quantities, or release a held order. */
  'mcf:update': {
    request: z
      .object({
        orderId: z.string().min(1),
        destination: McfAddress.optional(),
        shippingSpeed: McfSpeed.optional(),
        comment: z.string().max(750).optional(),
        quantities: z.array(z.object({ sellerFulfillmentOrderItemId: z.string().min(1), quantity: z.number().int().min(1).max(10_000) })).optional(),
        release: z.boolean().optional(),
      })
      .strict(),
    response: McfOrderDetail,
  },
  'mcf:cancel': { request: OrderRef, response: McfOrderDetail },
  /** Online: carrier tracking of each shipped package (getPackageTrackingDetails). */
  'mcf:tracking': { request: OrderRef, response: z.array(McfTracking) },
} satisfies ChannelMap;
