import { z } from 'zod';
import type { ChannelMap } from './channel';
import { BoxLine, ContentSource, DimensionUnit, WeightUnit } from './inbound';

/** Why Amazon lets a self-ship appointment be cancelled or rescheduled (ReasonComment in the 2024-03-20 model). */
export const SelfShipReason = z.enum([
  'APPOINTMENT_REQUESTED_BY_MISTAKE',
  'VEHICLE_DELAY',
  'SLOT_NOT_SUITABLE',
  'OUTSIDE_CARRIER_BUSINESS_HOURS',
  'UNFAVOURABLE_EXTERNAL_CONDITIONS',
  'PROCUREMENT_DELAY',
  'SHIPPING_PLAN_CHANGED',
  'INCREASED_QUANTITY',
  'OTHER',
]);
export type SelfShipReason = z.infer<typeof SelfShipReason>;

/** One box of the set a shipment should hold after a content update: an existing box by its local id, or a new one. */
export const ContentUpdateBox = z
  .object({
    boxId: z.string().min(1).nullable(),
    contentSource: ContentSource,
    weight: z.object({ value: z.number().positive().max(1000), unit: WeightUnit }),
    dimensions: z.object({ length: z.number().positive().max(500), width: z.number().positive().max(500), height: z.number().positive().max(500), unit: DimensionUnit }),
    lines: z.array(BoxLine).max(500),
  })
  .strict();
export type ContentUpdateBox = z.infer<typeof ContentUpdateBox>;

const Money = z.object({ amount: z.number(), code: z.string() });
/** A problem in the station's (English) words; `facts` lets the screen say a station's own check in the packer's language. */
const Problem = z.object({ code: z.string(), message: z.string(), facts: z.record(z.string(), z.union([z.string(), z.number()])).optional() });
export type StationProblem = z.infer<typeof Problem>;

export const ContentUpdatePreview = z.object({
  previewId: z.string(),
  expiresAt: z.string(),
  items: z.array(z.object({ msku: z.string(), quantity: z.number().int() })),
  boxCount: z.number().int(),
  carrier: z.string(),
  shippingMode: z.string(),
  shippingSolution: z.string(),
  cost: Money.nullable(),
  /** The cost of the transportation confirmed before this update, to show the difference. */
  previousCost: Money.nullable(),
});
export type ContentUpdatePreview = z.infer<typeof ContentUpdatePreview>;

export const ContentUpdateView = z.object({
  id: z.string(),
  state: z.enum(['requested', 'generated', 'previewed', 'refused', 'confirming', 'confirmed', 'applied', 'discarded']),
  boxes: z.array(ContentUpdateBox),
  preview: ContentUpdatePreview.nullable(),
  problems: z.array(Problem),
  createdAt: z.number(),
});
export type ContentUpdateView = z.infer<typeof ContentUpdateView>;

export const AfterBox = z.object({
  id: z.string(),
  number: z.number().int(),
  amazonBoxId: z.string().nullable(),
  amazonPackageId: z.string().nullable(),
  contentSource: ContentSource,
  weight: z.object({ value: z.number(), unit: WeightUnit }).nullable(),
  dimensions: z.object({ length: z.number(), width: z.number(), height: z.number(), unit: DimensionUnit }).nullable(),
  lines: z.array(BoxLine),
});
export type AfterBox = z.infer<typeof AfterBox>;

const Window = z.object({ deliveryWindowOptionId: z.string(), startsAt: z.string(), endsAt: z.string(), validUntil: z.string().nullable(), availabilityType: z.string().nullable() });

export const AfterShipment = z.object({
  shipmentId: z.string(),
  name: z.string().nullable(),
  confirmationId: z.string().nullable(),
  status: z.string().nullable(),
  shippingSolution: z.string().nullable(),
  shippingMode: z.string().nullable(),
  /** Until when Amazon lets the partnered carrier's charge be voided by cancelling; null when there is no such charge. */
  voidableUntil: z.string().nullable(),
  boxes: z.array(AfterBox),
  contentUpdate: ContentUpdateView.nullable(),
  deliveryWindow: z.object({
    selected: z.object({ deliveryWindowOptionId: z.string(), startsAt: z.string(), endsAt: z.string(), editableUntil: z.string().nullable() }).nullable(),
    options: z.array(Window),
    /** Why the window cannot change now, or null when it can. */
    locked: z.string().nullable(),
  }),
  selfShip: z.object({
    /** Why self-ship appointments are not offered for this shipment, or null when they are. */
    unavailable: z.string().nullable(),
    slots: z.array(z.object({ slotId: z.string(), startsAt: z.string(), endsAt: z.string() })),
    slotsExpireAt: z.string().nullable(),
    appointment: z.object({ appointmentId: z.number().nullable(), startsAt: z.string().nullable(), endsAt: z.string().nullable(), status: z.string() }).nullable(),
    pending: z.enum(['slots', 'booking', 'cancelling']).nullable(),
  }),
});
export type AfterShipment = z.infer<typeof AfterShipment>;

export const AfterView = z.object({
  planId: z.string(),
  planName: z.string(),
  /** False when the station knows it cannot reach Amazon: previews and slots wait for the connection. */
  online: z.boolean(),
  /** Changes made here that have not reached Amazon yet. */
  pending: z.number().int(),
  shipments: z.array(AfterShipment),
});
export type AfterView = z.infer<typeof AfterView>;

const PlanRef = z.object({ planId: z.string().min(1) }).strict();
const ShipmentRef = z.object({ planId: z.string().min(1), shipmentId: z.string().min(1) }).strict();

export const inboundAfterChannels = {
  'inbound-after:get': { request: PlanRef, response: AfterView },
  /** Reads the confirmed shipments and their transportation (void deadline, selected window) from Amazon again. */
  'inbound-after:refresh': { request: PlanRef, response: AfterView },
  /** Checks Amazon's limits locally, then asks Amazon for a preview of the new box set (needs the network). */
  'inbound-after:request-preview': {
    request: z.object({ planId: z.string().min(1), shipmentId: z.string().min(1), boxes: z.array(ContentUpdateBox).min(1).max(1000) }).strict(),
    response: z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), view: AfterView }), z.object({ ok: z.literal(false), problems: z.array(Problem) })]),
  },
  'inbound-after:confirm-preview': { request: z.object({ planId: z.string().min(1), updateId: z.string().min(1) }).strict(), response: AfterView },
  'inbound-after:discard-update': { request: z.object({ planId: z.string().min(1), updateId: z.string().min(1) }).strict(), response: AfterView },
  'inbound-after:rename-plan': { request: z.object({ planId: z.string().min(1), name: z.string().trim().min(1).max(40) }).strict(), response: AfterView },
  'inbound-after:rename-shipment': {
    request: z.object({ planId: z.string().min(1), shipmentId: z.string().min(1), name: z.string().trim().min(1).max(100) }).strict(),
    response: AfterView,
  },
  'inbound-after:refresh-windows': { request: ShipmentRef, response: AfterView },
  'inbound-after:change-window': {
    request: z.object({ planId: z.string().min(1), shipmentId: z.string().min(1), deliveryWindowOptionId: z.string().min(1) }).strict(),
    response: AfterView,
  },
  'inbound-after:self-ship-slots': { request: ShipmentRef, response: AfterView },
  'inbound-after:self-ship-book': {
    request: z.object({ planId: z.string().min(1), shipmentId: z.string().min(1), slotId: z.string().min(1), reason: SelfShipReason.optional() }).strict(),
    response: AfterView,
  },
  'inbound-after:self-ship-cancel': {
    request: z.object({ planId: z.string().min(1), shipmentId: z.string().min(1), reason: SelfShipReason }).strict(),
    response: AfterView,
  },
} satisfies ChannelMap;
