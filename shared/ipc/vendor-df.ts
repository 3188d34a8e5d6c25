import { z } from 'zod';
import type { ChannelMap } from './channel';
import { DfReasonCode, DfStatusCode, DfStatusLocation } from '../vendor-df/shipment-status';

export const DfStep = z.enum(['new', 'acknowledged', 'packing', 'labelled', 'shipped', 'cancelled']);
export type DfStep = z.infer<typeof DfStep>;

export const DfLine = z.object({
  itemSequenceNumber: z.string(),
  buyerProductIdentifier: z.string().nullable(),
  vendorProductIdentifier: z.string().nullable(),
  title: z.string(),
  ordered: z.number().int(),
  packed: z.number().int(),
});

export const DfPackage = z.object({
  id: z.string(),
  number: z.number().int(),
  status: z.enum(['open', 'closed']),
  weight: z.object({ value: z.number(), unit: z.enum(['LB', 'KG']) }).nullable(),
  dimensions: z.object({ length: z.number(), width: z.number(), height: z.number(), unit: z.enum(['IN', 'CM']) }).nullable(),
  trackingNumber: z.string().nullable(),
  labelFormat: z.enum(['PNG', 'ZPL', 'PDF']).nullable(),
  lines: z.array(z.object({ itemSequenceNumber: z.string(), quantity: z.number().int() })),
});
export type DfPackage = z.infer<typeof DfPackage>;

export const DfOrderSummary = z.object({
  id: z.string(),
  accountId: z.string(),
  purchaseOrderNumber: z.string(),
  orderDate: z.string(),
  requiredShipDate: z.string().nullable(),
  shipFromParty: z.string(),
  shipMethod: z.string().nullable(),
  step: DfStep,
  units: z.number().int(),
  packedUnits: z.number().int(),
  trackingNumbers: z.array(z.string()),
  sync: z.object({ pending: z.number().int(), failed: z.number().int(), lastError: z.string().nullable() }),
});
export type DfOrderSummary = z.infer<typeof DfOrderSummary>;

/** Shown to the packer at the pack screen only; erased 30 days after confirmation. */
export const DfShipTo = z.object({ name: z.string(), addressLine1: z.string(), city: z.string(), stateOrRegion: z.string().optional(), postalCode: z.string(), countryCode: z.string() });

/** The vendor's own carrier of an order shipped without Amazon's labels: the confirmation names it. */
export const DfOwnCarrier = z.object({ carrier: z.string(), scacCode: z.string().nullable() });

/** One shipment status update sent for a vendor-own-carrier package, followed to Amazon's transaction result. */
export const DfStatusUpdate = z.object({
  id: z.string(),
  trackingNumber: z.string(),
  statusCode: DfStatusCode,
  reasonCode: DfReasonCode,
  statusDateTime: z.string(),
  estimatedDeliveryDateTime: z.string().nullable(),
  location: DfStatusLocation,
  /** sending: in the outbox or Amazon's transaction still running; then Amazon's SUCCESS or FAILURE. */
  state: z.enum(['sending', 'success', 'failure']),
  error: z.string().nullable(),
});
export type DfStatusUpdate = z.infer<typeof DfStatusUpdate>;

export const DfOrderDetail = DfOrderSummary.extend({
  packingSlipRequired: z.boolean(),
  shipTo: DfShipTo.nullable(),
  lines: z.array(DfLine),
  packages: z.array(DfPackage),
  /** Null for orders shipped on Amazon's labels. */
  ownCarrier: DfOwnCarrier.nullable(),
  statusUpdates: z.array(DfStatusUpdate),
});
export type DfOrderDetail = z.infer<typeof DfOrderDetail>;

export const DfScanOutcome = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), itemSequenceNumber: z.string(), packed: z.number().int(), ordered: z.number().int(), package: DfPackage }),
  z.object({ ok: z.literal(false), code: z.enum(['UNKNOWN_ITEM', 'CHECK_DIGIT', 'NOT_AN_ITEM', 'NOT_IN_ORDER', 'TOO_MANY', 'PACKAGE_CLOSED']), message: z.string() }),
]);
export type DfScanOutcome = z.infer<typeof DfScanOutcome>;

const OrderRef = z.object({ orderId: z.string().min(1) }).strict();

/** The DF API version a vendor account speaks (Amazon offers v1 and 2021-12-28 side by side). */
export const DfApiVersion = z.enum(['2021-12-28', 'v1']);
export type DfApiVersion = z.infer<typeof DfApiVersion>;

/**
 * Amazon's customer invoice of a DF order, readable at the station: PDF pages and PNGs as page images, anything else
 * as its text. Personal data: kept sealed and erased with the ship-to 30 days after confirmation.
 */
export const DfInvoice = z.object({
  purchaseOrderNumber: z.string(),
  format: z.enum(['pdf', 'png', 'text']),
  /** Page images as data URLs (PDF and PNG invoices). */
  pages: z.array(z.string()),
  text: z.string().nullable(),
});
export type DfInvoice = z.infer<typeof DfInvoice>;

export const vendorDfChannels = {
  /** New orders, and the customer invoices Amazon has for them (a failed invoice pull leaves the orders pulled and says why). */
  'df:pull': {
    request: z.object({ accountId: z.string().min(1) }).strict(),
    response: z.object({ added: z.number().int(), updated: z.number().int(), invoices: z.number().int(), invoicesError: z.string().nullable() }),
  },
  'df:list': { request: z.object({ query: z.string().max(120).optional(), step: DfStep.optional() }).strict(), response: z.array(DfOrderSummary) },
  'df:get': { request: OrderRef, response: DfOrderDetail },
  'df:acknowledge': { request: OrderRef, response: DfOrderDetail },
  'df:open-package': { request: OrderRef, response: DfPackage },
  'df:scan': { request: z.object({ packageId: z.string().min(1), code: z.string().min(1).max(512), quantity: z.number().int().min(1).max(1000).optional() }).strict(), response: DfScanOutcome },
  'df:close-package': {
    request: z
      .object({
        packageId: z.string().min(1),
        weight: z.object({ value: z.number().positive().max(1000), unit: z.enum(['LB', 'KG']) }),
        dimensions: z.object({ length: z.number().positive().max(500), width: z.number().positive().max(500), height: z.number().positive().max(500), unit: z.enum(['IN', 'CM']) }),
      })
      .strict(),
    response: DfPackage,
  },
  /** All units packed and every package closed: ask Amazon for the labels. */
  'df:request-labels': { request: OrderRef, response: DfOrderDetail },
  'df:print': {
    request: z.object({ orderId: z.string().min(1), what: z.enum(['labels', 'packing-slip', 'invoice']), packageIds: z.array(z.string()).optional() }).strict(),
    response: z.array(z.object({ id: z.number().int(), printer: z.string(), format: z.string(), destination: z.string() })),
  },
  'df:confirm': { request: OrderRef, response: DfOrderDetail },
  /**
   * Vendor-own-carrier instead of Amazon's labels: once packed, the packer names the carrier and each package's tracking
   * number; the order is then ready to confirm and its confirmation carries them.
   */
  'df:use-own-carrier': {
    request: z
      .object({
        orderId: z.string().min(1),
        carrier: z.string().trim().min(2, 'Name the carrier (at least 2 characters).').max(60),
        scacCode: z.string().regex(/^[A-Z]{2,4}$/, 'A SCAC is 2 to 4 capital letters.').optional(),
        tracking: z.array(z.object({ packageId: z.string().min(1), trackingNumber: z.string().trim().regex(/^[A-Za-z0-9]{6,40}$/, 'A tracking number is 6 to 40 letters and digits.') }).strict()).min(1),
      })
      .strict(),
    response: DfOrderDetail,
  },
  /** A shipment status update for one package of a confirmed vendor-own-carrier order, sent through the outbox. */
  'df:send-status': {
    request: z
      .object({
        orderId: z.string().min(1),
        packageId: z.string().min(1),
        statusCode: DfStatusCode,
        reasonCode: DfReasonCode,
        statusDateTime: z.string().datetime({ offset: true }),
        estimatedDeliveryDateTime: z.string().datetime({ offset: true }).optional(),
        location: DfStatusLocation,
      })
      .strict(),
    response: DfOrderDetail,
  },
  /** The order's customer invoice, from the station's sealed copy or fetched from Amazon on first view. */
  'df:invoice': { request: OrderRef, response: DfInvoice },
  /** Reads (without `version`) or sets which DF API version a vendor account speaks. */
  'df:api-version': {
    request: z.object({ accountId: z.string().min(1), version: DfApiVersion.optional() }).strict(),
    response: z.object({ accountId: z.string(), version: DfApiVersion }),
  },
} satisfies ChannelMap;
