import { z } from 'zod';

// Request bodies of Vendor Shipments (retail ASNs and transport requests), after the model's definitions.
// Nested details the practice marketplace does not act on (tax, import, regulation) are accepted as given.

const decimal = z.string().regex(/^-?(0|([1-9]\d*))(\.\d+)?([eE][+-]?\d+)?$/, 'must be a decimal string');
const dateTime = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' });
const party = z.object({ partyId: z.string().min(1), address: z.record(z.string(), z.unknown()).optional(), taxRegistrationDetails: z.array(z.unknown()).optional() }).strict();
const quantity = z.object({ amount: z.number().int().min(1), unitOfMeasure: z.enum(['Cases', 'Eaches']), unitSize: z.number().int().min(1).optional(), totalWeight: z.unknown().optional() }).strict();
const weight = z.object({ unitOfMeasure: z.enum(['G', 'Kg', 'Oz', 'Lb']), value: decimal }).strict();
const dimensions = z.object({ length: decimal, width: decimal, height: decimal, unitOfMeasure: z.enum(['In', 'Ft', 'Meter', 'Yard']) }).strict();
const containerId = z.object({ containerIdentificationType: z.enum(['SSCC', 'AMZNCC', 'GTIN', 'BPS', 'CID']), containerIdentificationNumber: z.string().min(1) }).strict();
const itemDetails = z.object({ purchaseOrderNumber: z.string().optional() }).passthrough();
const containerItem = z.object({ itemReference: z.string().min(1), shippedQuantity: quantity, itemDetails: itemDetails.optional() }).strict();

export const shipmentConfirmationsBody = z
  .object({
    shipmentConfirmations: z
      .array(
        z
          .object({
            shipmentIdentifier: z.string().min(1),
            shipmentConfirmationType: z.enum(['Original', 'Replace']),
            shipmentType: z.enum(['TruckLoad', 'LessThanTruckLoad', 'SmallParcel']).optional(),
            shipmentStructure: z.enum(['PalletizedAssortmentCase', 'LooseAssortmentCase', 'PalletOfItems', 'PalletizedStandardCase', 'LooseStandardCase', 'MasterPallet', 'MasterCase']).optional(),
            transportationDetails: z.object({ carrierScac: z.string().optional(), carrierShipmentReferenceNumber: z.string().optional(), transportationMode: z.enum(['Road', 'Air', 'Ocean']).optional(), billOfLadingNumber: z.string().optional() }).strict().optional(),
            amazonReferenceNumber: z.string().optional(),
            shipmentConfirmationDate: dateTime,
            shippedDate: dateTime.optional(),
            estimatedDeliveryDate: dateTime.optional(),
            sellingParty: party,
            shipFromParty: party,
            shipToParty: party,
            shipmentMeasurements: z.record(z.string(), z.unknown()).optional(),
            importDetails: z.record(z.string(), z.unknown()).optional(),
            shippedItems: z
              .array(z.object({ itemSequenceNumber: z.string().min(1), amazonProductIdentifier: z.string().optional(), vendorProductIdentifier: z.string().optional(), shippedQuantity: quantity, itemDetails: itemDetails.optional() }).strict())
              .min(1),
            cartons: z
              .array(z.object({ cartonIdentifiers: z.array(containerId).optional(), cartonSequenceNumber: z.string().min(1), dimensions: dimensions.optional(), weight: weight.optional(), trackingNumber: z.string().optional(), items: z.array(containerItem).min(1) }).strict())
              .optional(),
            pallets: z
              .array(z.object({ palletIdentifiers: z.array(containerId).min(1), tier: z.number().int().optional(), block: z.number().int().optional(), dimensions: dimensions.optional(), weight: weight.optional(), cartonReferenceDetails: z.unknown().optional(), items: z.array(containerItem).optional() }).strict())
              .optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type RetailShipmentConfirmation = z.infer<typeof shipmentConfirmationsBody>['shipmentConfirmations'][number];

export const submitShipmentsBody = z
  .object({
    shipments: z
      .array(
        z
          .object({
            vendorShipmentIdentifier: z.string().min(1),
            transactionType: z.enum(['New', 'Cancel']),
            buyerReferenceNumber: z.string().optional(),
            transactionDate: dateTime,
            shipmentFreightTerm: z.enum(['Collect', 'Prepaid']).optional(),
            sellingParty: party,
            shipFromParty: party,
            shipToParty: party,
            shipmentMeasurements: z.record(z.string(), z.unknown()).optional(),
            collectFreightPickupDetails: z.object({ requestedPickUp: dateTime.optional(), scheduledPickUp: dateTime.optional(), carrierAssignmentDate: dateTime.optional() }).strict().optional(),
            purchaseOrders: z.array(z.object({ purchaseOrderNumber: z.string().min(1) }).passthrough()).optional(),
            importDetails: z.record(z.string(), z.unknown()).optional(),
            containers: z.array(z.object({ containerType: z.enum(['carton', 'pallet']), containerIdentifiers: z.array(containerId).min(1) }).passthrough()).optional(),
            transportationDetails: z.record(z.string(), z.unknown()).optional(),
          })
          .passthrough(),
      )
      .min(1),
  })
  .strict();
