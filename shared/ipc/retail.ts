import { z } from 'zod';
import type { ChannelMap } from './channel';

/**
 * Retail Procurement ASNs: a shipment for one or more Amazon purchase orders, packed by scan into cartons and cartons
 * onto pallets, each with an SSCC-18 from the vendor's GS1 company prefix, then confirmed to Amazon
 * (Vendor Shipments SubmitShipmentConfirmations, followed with Vendor Transaction Status).
 */

/** building: lines, cartons and pallets can change; submitted: the ASN is on its way; confirmed: Amazon accepted it; rejected: Amazon refused it (see problems). */
export const RetailStep = z.enum(['building', 'submitted', 'confirmed', 'rejected']);
export type RetailStep = z.infer<typeof RetailStep>;

export const ShipmentType = z.enum(['TruckLoad', 'LessThanTruckLoad', 'SmallParcel']);

/** A GS1 company prefix is 6 to 12 digits, licensed to the vendor by GS1. */
export const Gs1CompanyPrefix = z.string().regex(/^\d{6,12}$/, 'A GS1 company prefix is 6 to 12 digits');

export const RetailVendorSettings = z.object({
  accountId: z.string(),
  /** The vendor code Amazon knows the vendor by (sellingParty.partyId). */
  sellingParty: z.string(),
  /** The vendor's warehouse code (shipFromParty.partyId). */
  shipFromParty: z.string(),
  gs1CompanyPrefix: z.string(),
});
export type RetailVendorSettings = z.infer<typeof RetailVendorSettings>;

export const RetailLine = z.object({
  itemSequenceNumber: z.string(),
  purchaseOrderNumber: z.string(),
  vendorSku: z.string(),
  asin: z.string().nullable(),
  title: z.string(),
  expected: z.number().int(),
  packed: z.number().int(),
});
export type RetailLine = z.infer<typeof RetailLine>;

const Weight = z.object({ value: z.number().positive().max(5000), unit: z.enum(['LB', 'KG']) });
const Dimensions = z.object({ length: z.number().positive().max(1000), width: z.number().positive().max(1000), height: z.number().positive().max(1000), unit: z.enum(['IN', 'CM']) });

export const RetailContainer = z.object({
  id: z.string(),
  kind: z.enum(['carton', 'pallet']),
  /** 1, 2, … per kind within the shipment. */
  number: z.number().int(),
  sscc: z.string(),
  /** For a carton: the pallet it stands on. */
  palletId: z.string().nullable(),
  status: z.enum(['open', 'closed']),
  weight: Weight.nullable(),
  dimensions: Dimensions.nullable(),
  /** A small-parcel carton's carrier tracking number (required for SmallParcel shipments). */
  trackingNumber: z.string().nullable(),
  /** Units by line (a carton's own; a pallet's through its cartons). */
  lines: z.array(z.object({ itemSequenceNumber: z.string(), quantity: z.number().int() })),
  /** For a pallet: the cartons on it. */
  cartonIds: z.array(z.string()),
});
export type RetailContainer = z.infer<typeof RetailContainer>;

export const RetailProblem = z.object({ code: z.string(), message: z.string() });

export const RetailShipmentSummary = z.object({
  id: z.string(),
  accountId: z.string(),
  shipmentIdentifier: z.string(),
  shipToParty: z.string(),
  shipmentType: ShipmentType,
  step: RetailStep,
  purchaseOrderNumbers: z.array(z.string()),
  expectedUnits: z.number().int(),
  packedUnits: z.number().int(),
  cartons: z.number().int(),
  pallets: z.number().int(),
  /** What Amazon said when it refused the ASN. */
  problems: z.array(RetailProblem),
  /** The station asked Amazon to collect this shipment (SubmitShipments); carrier labels follow. */
  transportRequested: z.boolean(),
  submittedAt: z.number().nullable(),
  confirmedAt: z.number().nullable(),
  sync: z.object({ pending: z.number().int(), failed: z.number().int(), lastError: z.string().nullable() }),
});
export type RetailShipmentSummary = z.infer<typeof RetailShipmentSummary>;

export const RetailShipmentDetail = RetailShipmentSummary.extend({
  lines: z.array(RetailLine),
  containers: z.array(RetailContainer),
});
export type RetailShipmentDetail = z.infer<typeof RetailShipmentDetail>;

export const RetailScanOutcome = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), itemSequenceNumber: z.string(), purchaseOrderNumber: z.string(), packed: z.number().int(), expected: z.number().int(), carton: RetailContainer }),
  z.object({ ok: z.literal(false), code: z.enum(['UNKNOWN_ITEM', 'CHECK_DIGIT', 'NOT_AN_ITEM', 'NOT_ON_SHIPMENT', 'TOO_MANY', 'CARTON_CLOSED']), message: z.string() }),
]);
export type RetailScanOutcome = z.infer<typeof RetailScanOutcome>;

export const PlaceCartonOutcome = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), pallet: RetailContainer }),
  z.object({ ok: z.literal(false), code: z.enum(['NOT_A_CARTON', 'OTHER_SHIPMENT', 'CARTON_OPEN', 'ON_ANOTHER_PALLET', 'PALLET_CLOSED']), message: z.string() }),
]);
export type PlaceCartonOutcome = z.infer<typeof PlaceCartonOutcome>;

/** A purchase order line as the packer types or scans it: the PO number, any product code, and the units to ship. */
export const RetailLineInput = z.object({
  purchaseOrderNumber: z.string().trim().regex(/^[A-Za-z0-9]{1,20}$/, 'A purchase order number is 1 to 20 letters and digits'),
  code: z.string().trim().min(1).max(512),
  quantity: z.number().int().min(1).max(100_000),
});

/** Transport details Amazon holds for the shipment (GetShipmentDetails), when a transport request was made for it. */
export const RetailTransportDetails = z.object({
  found: z.boolean(),
  status: z.string().nullable(),
  statusDate: z.string().nullable(),
});

const ShipmentRef = z.object({ shipmentId: z.string().min(1) }).strict();
const ContainerRef = z.object({ containerId: z.string().min(1) }).strict();
const PrintJobs = z.array(z.object({ id: z.number().int(), printer: z.string(), format: z.string(), destination: z.string() }));

export const retailChannels = {
  /** null until the vendor's codes and GS1 prefix are saved; shipments cannot be created before. */
  'retail:settings-get': { request: z.object({ accountId: z.string().min(1) }).strict(), response: RetailVendorSettings.nullable() },
  'retail:settings-save': {
    request: z.object({ accountId: z.string().min(1), sellingParty: z.string().trim().min(1).max(20), shipFromParty: z.string().trim().min(1).max(20), gs1CompanyPrefix: Gs1CompanyPrefix }).strict(),
    response: RetailVendorSettings,
  },
  'retail:create': {
    request: z.object({ accountId: z.string().min(1), shipToParty: z.string().trim().min(1).max(20), shipmentType: ShipmentType, lines: z.array(RetailLineInput).max(500).optional() }).strict(),
    response: RetailShipmentDetail,
  },
  /** While building (or after Amazon refused it): the destination fulfilment centre and the shipment type. */
  'retail:update': { request: z.object({ shipmentId: z.string().min(1), shipToParty: z.string().trim().min(1).max(20).optional(), shipmentType: ShipmentType.optional() }).strict(), response: RetailShipmentDetail },
  'retail:add-line': { request: z.object({ shipmentId: z.string().min(1) }).extend(RetailLineInput.shape).strict(), response: RetailShipmentDetail },
  /** Only a line with nothing packed yet. */
  'retail:remove-line': { request: z.object({ shipmentId: z.string().min(1), itemSequenceNumber: z.string().min(1) }).strict(), response: RetailShipmentDetail },
  /** `query` matches a PO number, an SSCC, a vendor SKU/ASIN or the shipment identifier. */
  'retail:list': { request: z.object({ accountId: z.string().optional(), query: z.string().max(120).optional(), step: RetailStep.optional() }).strict(), response: z.array(RetailShipmentSummary) },
  'retail:get': { request: ShipmentRef, response: RetailShipmentDetail },
  /** A new carton with its SSCC allocated. */
  'retail:open-carton': { request: ShipmentRef, response: RetailContainer },
  'retail:scan': { request: z.object({ cartonId: z.string().min(1), code: z.string().min(1).max(512), quantity: z.number().int().min(1).max(10_000).optional() }).strict(), response: RetailScanOutcome },
  'retail:close-carton': {
    request: z.object({ containerId: z.string().min(1), weight: Weight.optional(), dimensions: Dimensions.optional(), trackingNumber: z.string().trim().min(1).max(40).optional() }).strict(),
    response: RetailContainer,
  },
  /** Takes one unit of a line back out of an open carton. */
  'retail:unscan': { request: z.object({ cartonId: z.string().min(1), itemSequenceNumber: z.string().min(1) }).strict(), response: RetailContainer },
  'retail:open-pallet': { request: ShipmentRef, response: RetailContainer },
  /** `carton` is the carton's SSCC as scanned (with or without (00)) or its id. */
  'retail:place-carton': { request: z.object({ palletId: z.string().min(1), carton: z.string().min(1).max(64) }).strict(), response: PlaceCartonOutcome },
  'retail:remove-carton': { request: ContainerRef, response: RetailContainer },
  'retail:close-pallet': { request: z.object({ containerId: z.string().min(1), weight: Weight.optional(), dimensions: Dimensions.optional() }).strict(), response: RetailContainer },
  /** SSCC labels (cartons and pallets) or carton content labels, for all containers or the ones named. */
  'retail:print': { request: z.object({ shipmentId: z.string().min(1), what: z.enum(['sscc', 'contents']), containerIds: z.array(z.string()).optional() }).strict(), response: PrintJobs },
  /** Every carton closed and something packed: send the ASN (an outbox entry; the reply shows step submitted). */
  'retail:submit': { request: ShipmentRef, response: RetailShipmentDetail },
  /** Asks Amazon to collect the shipment (freight Collect) through the outbox; every container must be closed. */
  'retail:request-transport': { request: ShipmentRef, response: RetailShipmentDetail },
  /** Online: prints the carrier labels Amazon made for the transport request (GetShipmentLabels, PDF). */
  'retail:print-carrier-labels': { request: ShipmentRef, response: PrintJobs },
  /** Online: what Amazon's Vendor Shipments holds for this shipment identifier (GetShipmentDetails). */
  'retail:transport-details': { request: ShipmentRef, response: RetailTransportDetails },
} satisfies ChannelMap;
