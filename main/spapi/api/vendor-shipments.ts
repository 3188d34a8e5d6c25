import type * as T from '../types/vendor-shipments';
import type { SpApiCaller } from '../client-types';
import { bind } from './bind';

export const VENDOR_SHIPMENTS = 'vendorShipments';

/** Query filters of GetShipmentDetails, by their model names. */
export interface ShipmentDetailsQuery {
  limit?: number;
  sortOrder?: 'ASC' | 'DESC';
  nextToken?: string;
  createdAfter?: string;
  createdBefore?: string;
  shipmentConfirmedBefore?: string;
  shipmentConfirmedAfter?: string;
  packageLabelCreatedBefore?: string;
  packageLabelCreatedAfter?: string;
  shippedBefore?: string;
  shippedAfter?: string;
  estimatedDeliveryBefore?: string;
  estimatedDeliveryAfter?: string;
  shipmentDeliveryBefore?: string;
  shipmentDeliveryAfter?: string;
  requestedPickUpBefore?: string;
  requestedPickUpAfter?: string;
  scheduledPickUpBefore?: string;
  scheduledPickUpAfter?: string;
  currentShipmentStatus?: string;
  vendorShipmentIdentifier?: string;
  buyerReferenceNumber?: string;
  buyerWarehouseCode?: string;
  sellerWarehouseCode?: string;
}

/** Retail purchase-order ASNs: shipments, confirmations, their details and transport labels. */
export function vendorShipments(caller: SpApiCaller) {
  const op = <P extends object, R>(operationId: string) => bind<P, R>(caller, VENDOR_SHIPMENTS, operationId);
  return {
    SubmitShipments: op<{ body: T.SubmitShipments }, T.SubmitShipmentsResponse>('SubmitShipments'),
    SubmitShipmentConfirmations: op<{ body: T.SubmitShipmentConfirmationsRequest }, T.SubmitShipmentConfirmationsResponse>('SubmitShipmentConfirmations'),
    GetShipmentDetails: op<ShipmentDetailsQuery, T.GetShipmentDetailsResponse>('GetShipmentDetails'),
    GetShipmentLabels: op<{
      limit?: number;
      sortOrder?: 'ASC' | 'DESC';
      nextToken?: string;
      labelCreatedAfter?: string;
      labelCreatedBefore?: string;
      buyerReferenceNumber?: string;
      vendorShipmentIdentifier?: string;
      sellerWarehouseCode?: string;
    }, T.GetShipmentLabels>('GetShipmentLabels'),
  };
}

export type VendorShipmentsApi = ReturnType<typeof vendorShipments>;
