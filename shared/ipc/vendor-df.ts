import { z } from 'zod';
import type { ChannelMap } from './channel';

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

export const DfOrderDetail = DfOrderSummary.extend({
  packingSlipRequired: z.boolean(),
  shipTo: DfShipTo.nullable(),
  lines: z.array(DfLine),
  packages: z.array(DfPackage),
});
export type DfOrderDetail = z.infer<typeof DfOrderDetail>;

export const DfScanOutcome = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), itemSequenceNumber: z.string(), packed: z.number().int(), ordered: z.number().int(), package: DfPackage }),
  z.object({ ok: z.literal(false), code: z.enum(['UNKNOWN_ITEM', 'CHECK_DIGIT', 'NOT_AN_ITEM', 'NOT_IN_ORDER', 'TOO_MANY', 'PACKAGE_CLOSED']), message: z.string() }),
]);
export type DfScanOutcome = z.infer<typeof DfScanOutcome>;

const OrderRef = z.object({ orderId: z.string().min(1) }).strict();

export const vendorDfChannels = {
  'df:pull': { request: z.object({ accountId: z.string().min(1) }).strict(), response: z.object({ added: z.number().int(), updated: z.number().int() }) },
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
    request: z.object({ orderId: z.string().min(1), what: z.enum(['labels', 'packing-slip']), packageIds: z.array(z.string()).optional() }).strict(),
    response: z.array(z.object({ id: z.number().int(), printer: z.string(), format: z.string(), destination: z.string() })),
  },
  'df:confirm': { request: OrderRef, response: DfOrderDetail },
} satisfies ChannelMap;
