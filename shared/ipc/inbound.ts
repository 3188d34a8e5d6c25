import { z } from 'zod';
import type { ChannelMap } from './channel';
import { MARKETPLACES } from '../marketplaces';
import { PrintJobRecord } from './print';

export const Owner = z.enum(['AMAZON', 'SELLER', 'NONE']);
export const ContentSource = z.enum(['BOX_CONTENT_PROVIDED', 'BARCODE_2D', 'MANUAL_PROCESS']);
export const WeightUnit = z.enum(['LB', 'KG']);
export const DimensionUnit = z.enum(['IN', 'CM']);
export const Flow = z.enum(['pack_first', 'place_first']);
export type Flow = z.infer<typeof Flow>;

/** Where a plan stands, in the order Amazon requires. */
export const PlanStep = z.enum([
  'creating',
  'choose_packing',
  'packing',
  'placement',
  'transport',
  'labels',
  'tracking',
  'shipped',
  'cancelled',
]);
export type PlanStep = z.infer<typeof PlanStep>;

export const CatalogueItem = z.object({
  msku: z.string(),
  fnsku: z.string().nullable(),
  asin: z.string().nullable(),
  upc: z.string().nullable(),
  ean: z.string().nullable(),
  title: z.string(),
  weightG: z.number().nullable(),
  dimensionsMm: z.tuple([z.number(), z.number(), z.number()]).nullable(),
  prepOwner: Owner,
  labelOwner: Owner,
  requiresExpiration: z.boolean(),
  hazmat: z.boolean(),
});
export type CatalogueItem = z.infer<typeof CatalogueItem>;

export const ItemResolution = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), item: CatalogueItem }),
  z.object({ ok: z.literal(false), code: z.enum(['UNKNOWN_ITEM', 'CHECK_DIGIT', 'NOT_AN_ITEM']), message: z.string(), scanKind: z.string() }),
]);
export type ItemResolution = z.infer<typeof ItemResolution>;

export const Address = z.object({
  name: z.string().trim().min(1).max(50),
  companyName: z.string().max(50).optional(),
  addressLine1: z.string().trim().min(1).max(180),
  addressLine2: z.string().max(60).optional(),
  city: z.string().trim().min(1).max(30),
  stateOrProvinceCode: z.string().max(50).optional(),
  postalCode: z.string().trim().min(1).max(32),
  countryCode: z.string().regex(/^[A-Z]{2}$/, 'Two-letter country code, e.g. US or CN'),
  phoneNumber: z.string().trim().min(1).max(20),
  email: z.string().email().optional(),
});
export type Address = z.infer<typeof Address>;

export const ShipFrom = z.object({ id: z.string(), accountId: z.string(), label: z.string(), address: Address });
export type ShipFrom = z.infer<typeof ShipFrom>;

const Expiration = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expiration as YYYY-MM-DD');

export const PlanItemInput = z.object({
  msku: z.string().trim().min(1).max(40),
  quantity: z.number().int().positive().max(10_000),
  prepOwner: Owner,
  labelOwner: Owner,
  expiration: Expiration.optional(),
  lotCode: z.string().max(20).optional(),
});
export type PlanItemInput = z.infer<typeof PlanItemInput>;

export const PlanItem = PlanItemInput.extend({ fnsku: z.string().nullable(), title: z.string() });
export type PlanItem = z.infer<typeof PlanItem>;

export const BoxLine = z.object({ msku: z.string(), quantity: z.number().int().positive(), expiration: z.string().nullable() });

export const Box = z.object({
  id: z.string(),
  number: z.number().int(),
  packingGroupId: z.string().nullable(),
  shipmentId: z.string().nullable(),
  status: z.enum(['open', 'closed']),
  weight: z.object({ value: z.number(), unit: WeightUnit }).nullable(),
  dimensions: z.object({ length: z.number(), width: z.number(), height: z.number(), unit: DimensionUnit }).nullable(),
  contentSource: ContentSource,
  amazonBoxId: z.string().nullable(),
  trackingId: z.string().nullable(),
  lines: z.array(BoxLine),
});
export type Box = z.infer<typeof Box>;

export const PlanSummary = z.object({
  id: z.string(),
  accountId: z.string(),
  marketplaceId: z.string(),
  name: z.string(),
  flow: Flow,
  step: PlanStep,
  amazonPlanId: z.string().nullable(),
  skuCount: z.number().int(),
  unitCount: z.number().int(),
  packedUnits: z.number().int(),
  boxCount: z.number().int(),
  shipmentIds: z.array(z.string()),
  confirmationIds: z.array(z.string()),
  sync: z.object({ pending: z.number().int(), failed: z.number().int(), lastError: z.string().nullable() }),
  updatedAt: z.number(),
});
export type PlanSummary = z.infer<typeof PlanSummary>;

const Json = z.record(z.string(), z.unknown());

export const PlanDetail = PlanSummary.extend({
  shipFrom: ShipFrom,
  items: z.array(PlanItem),
  packingOptionId: z.string().nullable(),
  placementOptionId: z.string().nullable(),
  packingOptions: z.array(z.object({ packingOptionId: z.string(), status: z.string(), expiresAt: z.string().nullable(), groupIds: z.array(z.string()), raw: Json })),
  packingGroups: z.array(z.object({ packingGroupId: z.string(), items: z.array(BoxLine.extend({ quantity: z.number().int() })) })),
  placementOptions: z.array(z.object({ placementOptionId: z.string(), status: z.string(), expiresAt: z.string().nullable(), shipmentIds: z.array(z.string()), raw: Json })),
  shipments: z.array(
    z.object({
      shipmentId: z.string(),
      placementOptionId: z.string(),
      confirmationId: z.string().nullable(),
      status: z.string().nullable(),
      transportationOptionId: z.string().nullable(),
      deliveryWindowOptionId: z.string().nullable(),
      raw: Json,
      /** Place first: what Amazon put in the shipment, once read (its boxes must hold exactly this). */
      items: z.array(z.object({ msku: z.string(), quantity: z.number().int(), expiration: z.string().nullable() })).optional(),
    }),
  ),
  transportationOptions: z.array(
    z.object({ transportationOptionId: z.string(), placementOptionId: z.string(), shipmentId: z.string(), shippingMode: z.string(), shippingSolution: z.string(), raw: Json }),
  ),
  deliveryWindows: z.array(z.object({ deliveryWindowOptionId: z.string(), shipmentId: z.string(), startsAt: z.string(), endsAt: z.string(), validUntil: z.string().nullable() })),
  boxes: z.array(Box),
  problems: z.array(z.object({ code: z.string(), message: z.string(), severity: z.enum(['ERROR', 'WARNING']), op: z.string() })),
});
export type PlanDetail = z.infer<typeof PlanDetail>;

export const ScanOutcome = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), box: Box, msku: z.string(), added: z.number().int(), planned: z.number().int(), packed: z.number().int() }),
  z.object({
    ok: z.literal(false),
    code: z.enum(['UNKNOWN_ITEM', 'CHECK_DIGIT', 'NOT_AN_ITEM', 'NOT_IN_PLAN', 'NOT_IN_GROUP', 'OVERPACK', 'BOX_CLOSED', 'EXPIRATION_REQUIRED']),
    /** The station's words, in English; the screen says it in the packer's language from the code and `facts`. */
    message: z.string(),
    msku: z.string().optional(),
    /** What the message is made of: the closed box's number, the over-pack's counts, where a unit of another group goes. */
    facts: z
      .object({ box: z.number().int(), planned: z.number().int(), packed: z.number().int(), quantity: z.number().int(), belongsTo: z.enum(['group', 'shipment']) })
      .partial()
      .optional(),
  }),
]);
export type ScanOutcome = z.infer<typeof ScanOutcome>;

const PlanRef = z.object({ planId: z.string().min(1) }).strict();
const BoxRef = z.object({ boxId: z.string().min(1) }).strict();

export const CreatePlan = z
  .object({
    accountId: z.string().min(1),
    marketplaceId: z.string().refine((id) => id in MARKETPLACES, 'Unknown marketplace'),
    shipFromId: z.string().min(1),
    flow: Flow,
    name: z.string().trim().max(40).optional(),
    items: z.array(PlanItemInput).min(1, 'Add at least one item').max(2000),
  })
  .strict();
export type CreatePlan = z.infer<typeof CreatePlan>;

export const CloseBox = z
  .object({
    boxId: z.string().min(1),
    weight: z.object({ value: z.number().positive().max(1000), unit: WeightUnit }),
    dimensions: z.object({ length: z.number().positive().max(500), width: z.number().positive().max(500), height: z.number().positive().max(500), unit: DimensionUnit }),
    contentSource: ContentSource.optional(),
  })
  .strict();
export type CloseBox = z.infer<typeof CloseBox>;

export const inboundChannels = {
  'inbound:list': { request: z.object({ query: z.string().max(120).optional() }).strict(), response: z.array(PlanSummary) },
  'inbound:get': { request: PlanRef, response: PlanDetail },
  'inbound:create': { request: CreatePlan, response: PlanDetail },
  'inbound:resolve-item': { request: z.object({ accountId: z.string().min(1), code: z.string().min(1).max(512) }).strict(), response: ItemResolution },
  'inbound:ship-from-list': { request: z.object({ accountId: z.string().min(1) }).strict(), response: z.array(ShipFrom) },
  'inbound:ship-from-save': {
    request: z.object({ id: z.string().optional(), accountId: z.string().min(1), label: z.string().trim().min(1).max(60), address: Address }).strict(),
    response: ShipFrom,
  },
  'inbound:choose-packing-option': { request: z.object({ planId: z.string().min(1), packingOptionId: z.string().min(1) }).strict(), response: PlanDetail },
  'inbound:open-box': {
    request: z.object({ planId: z.string().min(1), packingGroupId: z.string().nullable().optional(), shipmentId: z.string().nullable().optional() }).strict(),
    response: Box,
  },
  'inbound:scan': {
    request: z
      .object({
        boxId: z.string().min(1),
        code: z.string().min(1).max(512),
        quantity: z.number().int().min(1).max(10_000).optional(),
        expiration: Expiration.optional(),
        confirmOverpack: z.boolean().optional(),
      })
      .strict(),
    response: ScanOutcome,
  },
  'inbound:set-line': {
    request: z.object({ boxId: z.string().min(1), msku: z.string().min(1), expiration: Expiration.nullable().optional(), quantity: z.number().int().min(0).max(10_000) }).strict(),
    response: Box,
  },
  'inbound:close-box': { request: CloseBox, response: z.object({ box: Box, warnings: z.array(z.object({ code: z.string(), message: z.string() })) }) },
  'inbound:reopen-box': { request: BoxRef, response: Box },
  'inbound:repeat-box': { request: z.object({ boxId: z.string().min(1), times: z.number().int().min(1).max(500), confirmOverpack: z.boolean().optional() }).strict(), response: z.array(Box) },
  'inbound:delete-box': { request: BoxRef, response: z.object({ deleted: z.boolean() }) },
  'inbound:submit-packing': { request: PlanRef, response: PlanDetail },
  'inbound:choose-placement': { request: z.object({ planId: z.string().min(1), placementOptionId: z.string().min(1) }).strict(), response: PlanDetail },
  'inbound:choose-transport': {
    request: z
      .object({
        planId: z.string().min(1),
        selections: z.array(z.object({ shipmentId: z.string().min(1), transportationOptionId: z.string().min(1), deliveryWindowOptionId: z.string().min(1).optional() })).min(1),
      })
      .strict(),
    response: PlanDetail,
  },
  'inbound:set-tracking': {
    request: z
      .object({
        planId: z.string().min(1),
        shipmentId: z.string().min(1),
        boxes: z.array(z.object({ amazonBoxId: z.string().min(1), trackingId: z.string().trim().min(1).max(100) })).optional(),
        freight: z.object({ proNumber: z.string().trim().min(1).max(50), billOfLadingNumber: z.string().trim().max(50).optional() }).optional(),
      })
      .strict()
      .refine((v) => (v.boxes?.length ?? 0) > 0 || v.freight, 'Give box tracking numbers or the freight PRO number'),
    response: PlanDetail,
  },
  'inbound:cancel': { request: z.object({ planId: z.string().min(1), confirmed: z.literal(true) }).strict(), response: PlanDetail },
  'inbound:refresh': { request: PlanRef, response: PlanDetail },
  /** Prints Amazon's box, pallet or bill-of-lading document, or the station's 2D box content labels; needs the network except for 2D labels. */
  'inbound:print-labels': {
    request: z
      .object({
        planId: z.string().min(1),
        shipmentId: z.string().min(1),
        kind: z.enum(['box', 'pallet', 'bill-of-lading', 'box-content-2d']),
        boxIds: z.array(z.string().min(1)).min(1).optional(),
        pallets: z.number().int().min(1).max(100).optional(),
      })
      .strict(),
    response: PrintJobRecord,
  },
  'inbound:print-history': { request: PlanRef, response: z.array(PrintJobRecord) },
} satisfies ChannelMap;
