/** Vendor Direct Fulfillment Shipping 2021-12-28: replies are the objects themselves, not wrapped in `payload`. */
import type { Decimal, Pagination, PartyIdentification, TransactionReference, VendorAddress } from './common';

export interface ItemQuantity {
  amount: number;
  unitOfMeasure: string;
}

export interface Dimensions {
  length: Decimal;
  width: Decimal;
  height: Decimal;
  unitOfMeasure: 'IN' | 'CM';
}

export interface Weight {
  unitOfMeasure: 'KG' | 'LB';
  value: Decimal;
}

export interface PackedItem {
  itemSequenceNumber: number;
  buyerProductIdentifier?: string;
  pieceNumber?: number;
  vendorProductIdentifier?: string;
  packedQuantity: ItemQuantity;
}

export interface Container {
  containerType: 'Carton' | 'Pallet';
  containerIdentifier: string;
  trackingNumber?: string;
  manifestId?: string;
  manifestDate?: string;
  shipMethod?: string;
  scacCode?: string;
  carrier?: string;
  containerSequenceNumber?: number;
  dimensions?: Dimensions;
  weight: Weight;
  packedItems: PackedItem[];
}

export interface LabelData {
  packageIdentifier?: string;
  trackingNumber?: string;
  shipMethod?: string;
  shipMethodName?: string;
  /** Base64 PNG or ZPL text, per `labelFormat`. */
  content: string;
}

export interface ShippingLabel {
  purchaseOrderNumber: string;
  sellingParty: PartyIdentification;
  shipFromParty: PartyIdentification;
  labelFormat: 'PNG' | 'ZPL';
  labelData: LabelData[];
}

export interface ShippingLabelList {
  pagination?: Pagination;
  shippingLabels?: ShippingLabel[];
}

export interface ShippingLabelRequest {
  purchaseOrderNumber: string;
  sellingParty: PartyIdentification;
  shipFromParty: PartyIdentification;
  containers?: Container[];
}

export interface SubmitShippingLabelsRequest {
  shippingLabelRequests?: ShippingLabelRequest[];
}

export interface CreateShippingLabelsRequest {
  sellingParty: PartyIdentification;
  shipFromParty: PartyIdentification;
  containers?: Container[];
}

export interface ShipmentDetails {
  shippedDate: string;
  shipmentStatus: 'SHIPPED' | 'FLOOR_DENIAL';
  isPriorityShipment?: boolean;
  vendorOrderNumber?: string;
  estimatedDeliveryDate?: string;
}

export interface ShippedItem {
  itemSequenceNumber: number;
  buyerProductIdentifier?: string;
  vendorProductIdentifier?: string;
  shippedQuantity: ItemQuantity;
}

export interface ShipmentConfirmation {
  purchaseOrderNumber: string;
  shipmentDetails: ShipmentDetails;
  sellingParty: PartyIdentification;
  shipFromParty: PartyIdentification;
  items: ShippedItem[];
  containers?: Container[];
}

export interface SubmitShipmentConfirmationsRequest {
  shipmentConfirmations?: ShipmentConfirmation[];
}

export interface StatusUpdateDetails {
  trackingNumber: string;
  statusCode: string;
  reasonCode: string;
  statusDateTime: string;
  statusLocationAddress: VendorAddress;
  shipmentSchedule?: { estimatedDeliveryDateTime?: string; apptWindowStartDateTime?: string; apptWindowEndDateTime?: string };
}

export interface ShipmentStatusUpdate {
  purchaseOrderNumber: string;
  sellingParty: PartyIdentification;
  shipFromParty: PartyIdentification;
  statusUpdateDetails: StatusUpdateDetails;
}

export interface SubmitShipmentStatusUpdatesRequest {
  shipmentStatusUpdates?: ShipmentStatusUpdate[];
}

export interface CustomerInvoice {
  purchaseOrderNumber: string;
  content: string;
}

export interface CustomerInvoiceList {
  pagination?: Pagination;
  customerInvoices?: CustomerInvoice[];
}

export interface PackingSlip {
  purchaseOrderNumber: string;
  /** Base64 PDF. */
  content: string;
  contentType?: 'application/pdf';
}

export interface PackingSlipList {
  pagination?: Pagination;
  packingSlips?: PackingSlip[];
}

export interface CreateContainerLabelRequest {
  sellingParty: PartyIdentification;
  shipFromParty: PartyIdentification;
  carrierId: string;
  vendorContainerId: string;
  packages: { packageTrackingNumber: string }[];
}

export interface CreateContainerLabelResponse {
  containerLabel: { containerTrackingNumber?: string; content: string; format: string };
}

export type { TransactionReference };
