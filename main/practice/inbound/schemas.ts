import { z } from 'zod';

// Request bodies of Fulfillment Inbound 2024-03-20, following the model's definitions and constraints.

const id38 = z.string().length(38, 'must be 38 characters').regex(/^[a-zA-Z0-9-]*$/, 'must be letters, digits and dashes');
const owner = z.enum(['AMAZON', 'SELLER', 'NONE']);
const isoDate = z.string().regex(/^([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])$/, 'must be a date as YYYY-MM-DD');

export const addressInput = z
  .object({
    addressLine1: z.string().min(1).max(180),
    addressLine2: z.string().min(1).max(60).optional(),
    city: z.string().min(1).max(30),
    companyName: z.string().min(1).max(50).optional(),
    countryCode: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'),
    districtOrCounty: z.string().min(1).max(50).optional(),
    email: z.string().min(1).max(1024).optional(),
    name: z.string().min(1).max(50),
    phoneNumber: z.string().min(1).max(20),
    postalCode: z.string().min(1).max(32),
    stateOrProvinceCode: z.string().min(1).max(64).optional(),
  })
  .strict();

export const itemInput = z
  .object({
    expiration: isoDate.optional(),
    labelOwner: owner,
    manufacturingLotCode: z.string().min(1).max(256).optional(),
    msku: z.string().min(1).max(255),
    prepOwner: owner,
    quantity: z.number().int().min(1).max(500000),
  })
  .strict();

export const createInboundPlanRequest = z
  .object({
    destinationMarketplaces: z.array(z.string().min(1).max(20)).length(1, 'exactly one destination marketplace is supported'),
    items: z.array(itemInput).min(1).max(2000),
    name: z.string().min(1).max(40).optional(),
    sourceAddress: addressInput,
  })
  .strict();

const dimensions = z
  .object({
    height: z.number().min(0).max(100000),
    length: z.number().min(0).max(100000),
    width: z.number().min(0).max(100000),
    unitOfMeasurement: z.enum(['IN', 'CM']),
  })
  .strict();

const weight = z.object({ unit: z.enum(['LB', 'KG']), value: z.number().min(0).max(100000) }).strict();
const contentSource = z.enum(['BOX_CONTENT_PROVIDED', 'MANUAL_PROCESS', 'BARCODE_2D']);

export const boxInput = z
  .object({
    contentInformationSource: contentSource,
    dimensions,
    items: z.array(itemInput).optional(),
    quantity: z.number().int().min(1).max(10000),
    weight,
  })
  .strict();

export const setPackingInformationRequest = z
  .object({
    packageGroupings: z
      .array(
        z
          .object({ boxes: z.array(boxInput).min(1), packingGroupId: id38.optional(), shipmentId: id38.optional() })
          .strict()
          .refine((g) => Boolean(g.packingGroupId) !== Boolean(g.shipmentId), 'give either packingGroupId or shipmentId, not both or neither'),
      )
      .min(1),
  })
  .strict();

export const generatePlacementOptionsRequest = z
  .object({ customPlacement: z.array(z.object({ items: z.array(itemInput), warehouseId: z.string().min(1) }).strict()).optional() })
  .strict();

const money = z.object({ amount: z.number(), code: z.string().length(3) }).strict();
const contact = z.object({ email: z.string().min(1).max(1024).optional(), name: z.string().min(1).max(50), phoneNumber: z.string().min(1).max(20) }).strict();

export const generateTransportationOptionsRequest = z
  .object({
    placementOptionId: id38,
    shipmentTransportationConfigurations: z
      .array(
        z
          .object({
            contactInformation: contact.optional(),
            freightInformation: z.object({ declaredValue: money.optional(), freightClass: z.string().min(1).optional() }).strict().optional(),
            pallets: z
              .array(
                z
                  .object({
                    dimensions: dimensions.optional(),
                    quantity: z.number().int().min(1).max(10000),
                    stackability: z.enum(['STACKABLE', 'NON_STACKABLE']).optional(),
                    weight: weight.optional(),
                  })
                  .strict(),
              )
              .optional(),
            readyToShipWindow: z.object({ start: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' }) }).strict(),
            shipmentId: id38,
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const confirmTransportationOptionsRequest = z
  .object({
    transportationSelections: z
      .array(z.object({ contactInformation: contact.optional(), shipmentId: id38, transportationOptionId: id38 }).strict())
      .min(1),
  })
  .strict();

export const updateNameRequest = z.object({ name: z.string().min(1).max(40) }).strict();
/** A shipment's name may be longer than a plan's (UpdateShipmentNameRequest: 100 characters). */
export const updateShipmentNameRequest = z.object({ name: z.string().min(1).max(100) }).strict();
export const updateSourceAddressRequest = z.object({ address: addressInput }).strict();

export const updateTrackingRequest = z
  .object({
    trackingDetails: z
      .object({
        ltlTrackingDetail: z
          .object({
            billOfLadingNumber: z.string().min(1).max(1024).optional(),
            freightBillNumber: z.array(z.string().min(1).max(64).regex(/^[a-zA-Z0-9-._ ]*$/)).min(1),
          })
          .strict()
          .optional(),
        spdTrackingDetail: z
          .object({ spdTrackingItems: z.array(z.object({ boxId: z.string().min(1).max(1024), trackingId: z.string().min(1).max(64) }).strict()).min(1) })
          .strict()
          .optional(),
      })
      .strict()
      .refine((d) => Boolean(d.ltlTrackingDetail) !== Boolean(d.spdTrackingDetail), 'give either ltlTrackingDetail or spdTrackingDetail'),
  })
  .strict();

export const contentUpdateRequest = z
  .object({
    boxes: z.array(boxInput.extend({ packageId: id38.optional() }).strict()).min(1),
    items: z.array(itemInput).min(1),
  })
  .strict();

const prepCategory = z.enum(['ADULT', 'BABY', 'FC_PROVIDED', 'FRAGILE', 'GRANULAR', 'HANGER', 'LIQUID', 'PERFORATED', 'SET', 'SHARP', 'SMALL', 'TEXTILE', 'UNKNOWN', 'NONE']);
const prepType = z.enum(['ITEM_BLACK_SHRINKWRAP', 'ITEM_BLANKSTK', 'ITEM_BOXING', 'ITEM_BUBBLEWRAP', 'ITEM_CAP_SEALING', 'ITEM_DEBUNDLE', 'ITEM_HANG_GARMENT', 'ITEM_LABELING', 'ITEM_NO_PREP', 'ITEM_POLYBAGGING', 'ITEM_RMOVHANG', 'ITEM_SETCREAT', 'ITEM_SETSTK', 'ITEM_SIOC', 'ITEM_SUFFOSTK', 'ITEM_TAPING']);

export const setPrepDetailsRequest = z
  .object({
    marketplaceId: z.string().min(1).max(20),
    mskuPrepDetails: z.array(z.object({ msku: z.string().min(1).max(255), prepCategory, prepTypes: z.array(prepType).min(1) }).strict()).min(1).max(100),
  })
  .strict();

export const createItemLabelsRequest = z
  .object({
    height: z.number().min(25).max(100).optional(),
    labelType: z.enum(['STANDARD_FORMAT', 'THERMAL_PRINTING']),
    localeCode: z.string().regex(/^[a-z]{2}_[A-Z]{2}$/).optional(),
    marketplaceId: z.string().min(1).max(20),
    mskuQuantities: z.array(z.object({ msku: z.string().min(1).max(255), quantity: z.number().int().min(1).max(10000) }).strict()).min(1).max(100),
    pageType: z.enum(['A4_21', 'A4_24', 'A4_24_64x33', 'A4_24_66x35', 'A4_24_70x36', 'A4_24_70x37', 'A4_24i', 'A4_27', 'A4_40_52x29', 'A4_44_48x25', 'Letter_30']).optional(),
    width: z.number().min(25).max(100).optional(),
  })
  .strict();

export const updateComplianceRequest = z
  .object({
    msku: z.string().min(1).max(255),
    taxDetails: z.object({ declaredValue: money.optional(), hsnCode: z.string().min(1).optional() }).strict(),
  })
  .strict();
