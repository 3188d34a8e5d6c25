import { z } from 'zod';

// Request bodies of Fulfillment Outbound 2020-07-01 (multi-channel fulfillment), after the model's definitions.

export const mcfAddress = z
  .object({
    name: z.string().min(1),
    addressLine1: z.string().min(1),
    addressLine2: z.string().optional(),
    addressLine3: z.string().optional(),
    city: z.string().optional(),
    districtOrCounty: z.string().optional(),
    stateOrRegion: z.string().optional(),
    postalCode: z.string().min(1),
    countryCode: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'),
    phone: z.string().optional(),
  })
  .strict();

const money = z.object({ currencyCode: z.string().length(3), value: z.string().regex(/^-?\d+(\.\d+)?$/, 'must be a decimal string') }).strict();
const speed = z.enum(['Standard', 'Expedited', 'Priority', 'ScheduledDelivery']);
const timestamp = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' });
const features = z.array(z.object({ featureName: z.string().optional(), featureFulfillmentPolicy: z.enum(['Required', 'NotRequired']).optional() }).strict()).optional();

export const previewRequest = z
  .object({
    marketplaceId: z.string().optional(),
    address: mcfAddress,
    items: z.array(z.object({ sellerSku: z.string().min(1).max(50), quantity: z.number().int().min(1), perUnitDeclaredValue: money.optional(), sellerFulfillmentOrderItemId: z.string().min(1).max(50) }).strict()).min(1).max(100),
    shippingSpeedCategories: z.array(speed).optional(),
    includeCODFulfillmentPreview: z.boolean().optional(),
    includeDeliveryWindows: z.boolean().optional(),
    featureConstraints: features,
  })
  .strict();

const orderItem = z
  .object({
    sellerSku: z.string().min(1).max(50),
    sellerFulfillmentOrderItemId: z.string().min(1).max(50),
    quantity: z.number().int().min(1),
    giftMessage: z.string().max(512).optional(),
    displayableComment: z.string().max(250).optional(),
    fulfillmentNetworkSku: z.string().optional(),
    perUnitDeclaredValue: money.optional(),
    perUnitPrice: money.optional(),
    perUnitTax: money.optional(),
  })
  .strict();

export const createOrderRequest = z
  .object({
    marketplaceId: z.string().optional(),
    sellerFulfillmentOrderId: z.string().min(1).max(40),
    displayableOrderId: z.string().min(1).max(40),
    displayableOrderDate: timestamp,
    displayableOrderComment: z.string().max(750),
    shippingSpeedCategory: speed,
    deliveryWindow: z.object({ startDate: timestamp, endDate: timestamp }).strict().optional(),
    destinationAddress: mcfAddress,
    deliveryPreferences: z.record(z.string(), z.unknown()).optional(),
    fulfillmentAction: z.enum(['Ship', 'Hold']).optional(),
    fulfillmentPolicy: z.enum(['FillOrKill', 'FillAll', 'FillAllAvailable']).optional(),
    codSettings: z.record(z.string(), z.unknown()).optional(),
    shipFromCountryCode: z.string().optional(),
    notificationEmails: z.array(z.string().max(64)).optional(),
    featureConstraints: features,
    items: z.array(orderItem).min(1).max(100),
    paymentInformation: z.array(z.record(z.string(), z.unknown())).optional(),
  })
  .strict();

export const updateOrderRequest = z
  .object({
    marketplaceId: z.string().optional(),
    displayableOrderId: z.string().min(1).max(40).optional(),
    displayableOrderDate: timestamp.optional(),
    displayableOrderComment: z.string().max(750).optional(),
    shippingSpeedCategory: speed.optional(),
    destinationAddress: mcfAddress.optional(),
    fulfillmentAction: z.enum(['Ship', 'Hold']).optional(),
    fulfillmentPolicy: z.enum(['FillOrKill', 'FillAll', 'FillAllAvailable']).optional(),
    shipFromCountryCode: z.string().optional(),
    notificationEmails: z.array(z.string().max(64)).optional(),
    featureConstraints: features,
    items: z.array(z.object({ sellerSku: z.string().optional(), sellerFulfillmentOrderItemId: z.string().min(1).max(50), quantity: z.number().int().min(1) }).passthrough()).optional(),
  })
  .strict();

export type CreateOrderRequest = z.infer<typeof createOrderRequest>;
