/** Vendor Shipments (retail ASNs and transport labels) and Vendor Transaction Status. */
import type { Decimal, ErrorEntry, Pagination, PartyIdentification, TransactionReference } from './common';

export interface ItemQuantity {
  amount: number;
  unitOfMeasure: 'Cases' | 'Eaches';
  unitSize?: number;
  totalWeight?: { unitOfMeasure: 'POUNDS' | 'OUNCES' | 'GRAMS' | 'KILOGRAMS'; amount: Decimal };
}

export interface Weight {
  unitOfMeasure: 'G' | 'Kg' | 'Oz' | 'Lb';
  value: Decimal;
}

export interface Dimensions {
  length: Decimal;
  width: Decimal;
  height: Decimal;
  unitOfMeasure: 'In' | 'Ft' | 'Meter' | 'Yard';
}

export interface Volume {
  unitOfMeasure: 'CuFt' | 'CuIn' | 'CuM' | 'CuY';
  value: Decimal;
}

export interface ContainerIdentification {
  containerIdentificationType: 'SSCC' | 'AMZNCC' | 'GTIN' | 'BPS' | 'CID';
  containerIdentificationNumber: string;
}

export interface Expiry {
  manufacturerDate?: string;
  expiryDate?: string;
  expiryAfterDuration?: { durationUnit: 'Days' | 'Months'; durationValue: number };
}

export interface ItemDetails {
  purchaseOrderNumber?: string;
  lotNumber?: string;
  countryOfOrigin?: string;
  expiry?: Expiry;
  maximumRetailPrice?: { currencyCode: string; amount: Decimal };
  handlingCode?: 'Oversized' | 'Fragile' | 'Food' | 'HandleWithCare';
}

export interface ShippedItem {
  itemSequenceNumber: string;
  amazonProductIdentifier?: string;
  vendorProductIdentifier?: string;
  shippedQuantity: ItemQuantity;
  itemDetails?: ItemDetails;
}

export interface ContainerItem {
  itemReference: string;
  shippedQuantity: ItemQuantity;
  itemDetails?: ItemDetails;
}

export interface Carton {
  cartonIdentifiers?: ContainerIdentification[];
  cartonSequenceNumber: string;
  dimensions?: Dimensions;
  weight?: Weight;
  trackingNumber?: string;
  items: ContainerItem[];
}

export interface Pallet {
  palletIdentifiers: ContainerIdentification[];
  tier?: number;
  block?: number;
  dimensions?: Dimensions;
  weight?: Weight;
  cartonReferenceDetails?: { cartonCount?: number; cartonReferenceNumbers: string[] };
  items?: ContainerItem[];
}

export interface ShipmentConfirmation {
  shipmentIdentifier: string;
  shipmentConfirmationType: 'Original' | 'Replace';
  shipmentType?: 'TruckLoad' | 'LessThanTruckLoad' | 'SmallParcel';
  shipmentStructure?: string;
  transportationDetails?: { carrierScac?: string; carrierShipmentReferenceNumber?: string; transportationMode?: 'Road' | 'Air' | 'Ocean'; billOfLadingNumber?: string };
  amazonReferenceNumber?: string;
  shipmentConfirmationDate: string;
  shippedDate?: string;
  estimatedDeliveryDate?: string;
  sellingParty: PartyIdentification;
  shipFromParty: PartyIdentification;
  shipToParty: PartyIdentification;
  shipmentMeasurements?: { grossShipmentWeight?: Weight; shipmentVolume?: Volume; cartonCount?: number; palletCount?: number };
  shippedItems: ShippedItem[];
  cartons?: Carton[];
  pallets?: Pallet[];
}

export interface SubmitShipmentConfirmationsRequest {
  shipmentConfirmations?: ShipmentConfirmation[];
}

export interface PackedItems {
  itemSequenceNumber?: string;
  buyerProductIdentifier?: string;
  vendorProductIdentifier?: string;
  packedQuantity?: ItemQuantity;
  itemDetails?: { purchaseOrderNumber?: string; lotNumber?: string; expiry?: Expiry };
}

export interface Containers {
  containerType: 'carton' | 'pallet';
  containerSequenceNumber?: string;
  containerIdentifiers: ContainerIdentification[];
  trackingNumber?: string;
  dimensions?: Dimensions;
  weight?: Weight;
  tier?: number;
  block?: number;
  innerContainersDetails?: { containerCount?: number; containerSequenceNumbers?: { containerSequenceNumber?: string }[] };
  packedItems?: PackedItems[];
}

export interface PurchaseOrders {
  purchaseOrderNumber?: string;
  purchaseOrderDate?: string;
  shipWindow?: string;
  items?: { itemSequenceNumber: string; buyerProductIdentifier?: string; vendorProductIdentifier?: string; shippedQuantity: ItemQuantity }[];
}

export interface Shipment {
  vendorShipmentIdentifier: string;
  transactionType: 'New' | 'Cancel';
  buyerReferenceNumber?: string;
  transactionDate: string;
  currentShipmentStatus?: 'Created' | 'TransportationRequested' | 'CarrierAssigned' | 'Shipped';
  currentshipmentStatusDate?: string;
  shipmentCreateDate?: string;
  shipmentConfirmDate?: string;
  packageLabelCreateDate?: string;
  shipmentFreightTerm?: 'Collect' | 'Prepaid';
  sellingParty: PartyIdentification;
  shipFromParty: PartyIdentification;
  shipToParty: PartyIdentification;
  shipmentMeasurements?: { totalCartonCount?: number; totalPalletStackable?: number; totalPalletNonStackable?: number; shipmentWeight?: Weight; shipmentVolume?: Volume };
  collectFreightPickupDetails?: { requestedPickUp?: string; scheduledPickUp?: string; carrierAssignmentDate?: string };
  purchaseOrders?: PurchaseOrders[];
  containers?: Containers[];
  transportationDetails?: {
    shipMode?: 'TruckLoad' | 'LessThanTruckLoad' | 'SmallParcel';
    transportationMode?: 'Road' | 'Air' | 'Ocean';
    shippedDate?: string;
    estimatedDeliveryDate?: string;
    shipmentDeliveryDate?: string;
    carrierDetails?: { name?: string; code?: string; phone?: string; email?: string; shipmentReferenceNumber?: string };
    billOfLadingNumber?: string;
  };
}

export interface SubmitShipments {
  shipments?: Shipment[];
}

export interface SubmitShipmentConfirmationsResponse {
  payload?: TransactionReference;
  errors?: ErrorEntry[];
}

export type SubmitShipmentsResponse = SubmitShipmentConfirmationsResponse;

export interface GetShipmentDetailsResponse {
  payload?: { pagination?: Pagination; shipments?: Shipment[] };
  errors?: ErrorEntry[];
}

export interface TransportLabel {
  labelCreateDateTime?: string;
  shipmentInformation?: {
    buyerReferenceNumber?: string;
    shipToParty?: PartyIdentification;
    shipFromParty?: PartyIdentification;
    warehouseId?: string;
    masterTrackingId?: string;
    totalLabelCount?: number;
    shipMode?: 'SmallParcel' | 'LTL';
  };
  labelData?: { labelSequenceNumber?: number; labelFormat?: 'PDF'; carrierCode?: string; trackingId?: string; label?: string }[];
}

export interface GetShipmentLabels {
  payload?: { pagination?: Pagination; transportLabels?: TransportLabel[] };
  errors?: ErrorEntry[];
}

/** Vendor Transaction Status `getTransaction`. */
export interface GetTransactionResponse {
  payload?: { transactionStatus?: { transactionId: string; status: 'Failure' | 'Processing' | 'Success'; errors?: ErrorEntry[] } };
  errors?: ErrorEntry[];
}
