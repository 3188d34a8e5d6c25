import { z } from 'zod';

// Request bodies of Vendor Direct Fulfillment Orders and Shipping 2021-12-28, after the models' definitions.

const party = z.object({ partyId: z.string().min(1), address: z.record(z.string(), z.unknown()).optional(), taxInfo: z.record(z.string(), z.unknown()).optional() }).strict();
const quantity = z.object({ amount: z.number().int().min(1), unitOfMeasure: z.literal('Each') }).strict();
const poNumber = z.string().regex(/^[a-zA-Z0-9]+$/, 'must be letters and digits');
const dateTime = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' });

export const acknowledgementRequest = z
  .object({
    orderAcknowledgements: z
      .array(
        z
          .object({
            purchaseOrderNumber: poNumber,
            vendorOrderNumber: z.string().min(1),
            acknowledgementDate: dateTime,
            acknowledgementStatus: z.object({ code: z.string().min(1), description: z.string().optional() }).strict(),
            sellingParty: party,
            shipFromParty: party,
            itemAcknowledgements: z
              .array(
                z
                  .object({
                    itemSequenceNumber: z.string().min(1),
                    buyerProductIdentifier: z.string().optional(),
                    vendorProductIdentifier: z.string().optional(),
                    acknowledgedQuantity: quantity,
                  })
                  .strict(),
              )
              .min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

const container = z
  .object({
    containerType: z.enum(['Carton', 'Pallet']),
    containerIdentifier: z.string().min(1),
    trackingNumber: z.string().optional(),
    manifestId: z.string().optional(),
    manifestDate: z.string().optional(),
    shipMethod: z.string().optional(),
    scacCode: z.string().optional(),
    carrier: z.string().optional(),
    containerSequenceNumber: z.number().int().optional(),
    dimensions: z.object({ length: z.string(), width: z.string(), height: z.string(), unitOfMeasure: z.enum(['IN', 'CM']) }).strict().optional(),
    weight: z.object({ unitOfMeasure: z.enum(['KG', 'LB']), value: z.string().regex(/^-?\d+(\.\d+)?$/, 'must be a decimal string') }).strict(),
    packedItems: z
      .array(
        z
          .object({
            itemSequenceNumber: z.number().int().min(1),
            buyerProductIdentifier: z.string().optional(),
            pieceNumber: z.number().int().optional(),
            vendorProductIdentifier: z.string().optional(),
            packedQuantity: quantity,
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type ContainerInput = z.infer<typeof container>;

export const labelRequestBody = z
  .object({ shippingLabelRequests: z.array(z.object({ purchaseOrderNumber: poNumber, sellingParty: party, shipFromParty: party, containers: z.array(container).optional() }).strict()).min(1) })
  .strict();

export const createLabelsBody = z.object({ sellingParty: party, shipFromParty: party, containers: z.array(container).optional() }).strict();

export const confirmationsBody = z
  .object({
    shipmentConfirmations: z
      .array(
        z
          .object({
            purchaseOrderNumber: poNumber,
            shipmentDetails: z
              .object({
                shippedDate: dateTime,
                shipmentStatus: z.enum(['SHIPPED', 'FLOOR_DENIAL']),
                isPriorityShipment: z.boolean().optional(),
                vendorOrderNumber: z.string().optional(),
                estimatedDeliveryDate: dateTime.optional(),
              })
              .strict(),
            sellingParty: party,
            shipFromParty: party,
            items: z
              .array(
                z
                  .object({ itemSequenceNumber: z.number().int().min(1), buyerProductIdentifier: z.string().optional(), vendorProductIdentifier: z.string().optional(), shippedQuantity: quantity })
                  .strict(),
              )
              .min(1),
            containers: z.array(container).optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const statusUpdatesBody = z
  .object({
    shipmentStatusUpdates: z
      .array(
        z
          .object({
            purchaseOrderNumber: poNumber,
            sellingParty: party,
            shipFromParty: party,
            statusUpdateDetails: z
              .object({
                trackingNumber: z.string().min(1),
                // The model leaves the codes free; Amazon's guide uses two-character X12 214 status and reason codes.
                statusCode: z.string().regex(/^[A-Z0-9]{2}$/, 'must be a two-character shipment status code such as D1'),
                reasonCode: z.string().regex(/^[A-Z0-9]{2}$/, 'must be a two-character status reason code such as NS'),
                statusDateTime: dateTime,
                statusLocationAddress: z
                  .object({
                    name: z.string().min(1),
                    addressLine1: z.string().min(1),
                    addressLine2: z.string().optional(),
                    addressLine3: z.string().optional(),
                    city: z.string().optional(),
                    county: z.string().optional(),
                    district: z.string().optional(),
                    stateOrRegion: z.string().optional(),
                    postalCode: z.string().optional(),
                    countryCode: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter ISO 3166-1 country code'),
                    phone: z.string().optional(),
                  })
                  .strict(),
                shipmentSchedule: z.object({ estimatedDeliveryDateTime: dateTime.optional(), apptWindowStartDateTime: dateTime.optional(), apptWindowEndDateTime: dateTime.optional() }).strict().optional(),
              })
              .strict(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const containerLabelBody = z
  .object({
    sellingParty: party,
    shipFromParty: party,
    carrierId: z.literal('SWA'),
    vendorContainerId: z.string().min(1),
    packages: z.array(z.object({ packageTrackingNumber: z.string().min(1) }).strict()).min(1),
  })
  .strict();
