import type * as V1 from '@sp-api-sdk/vendor-direct-fulfillment-shipping-api-v1';
import type * as V2021 from '../types/vendor-df-shipping-2021-12-28';
import type { SpApiCaller } from '../client-types';
import { bind, type DfListParams } from './bind';

export const DF_SHIPPING_V1 = 'vendorDirectFulfillmentShippingV1';
export const DF_SHIPPING_2021 = 'vendorDirectFulfillmentShipping_2021-12-28';

type Po = { purchaseOrderNumber: string };

/** Vendor DF shipping v1: labels, confirmations, status updates, invoices, packing slips. Label/slip/invoice reads use an RDT. */
export function vendorDfShippingV1(caller: SpApiCaller) {
  const op = <P extends object, R>(operationId: string) => bind<P, R>(caller, DF_SHIPPING_V1, operationId);
  return {
    getShippingLabels: op<DfListParams, V1.GetShippingLabelListResponse>('getShippingLabels'),
    submitShippingLabelRequest: op<{ body: V1.SubmitShippingLabelsRequest }, V1.SubmitShippingLabelsResponse>('submitShippingLabelRequest'),
    getShippingLabel: op<Po, V1.GetShippingLabelResponse>('getShippingLabel'),
    submitShipmentConfirmations: op<{ body: V1.SubmitShipmentConfirmationsRequest }, V1.SubmitShipmentConfirmationsResponse>('submitShipmentConfirmations'),
    submitShipmentStatusUpdates: op<{ body: V1.SubmitShipmentStatusUpdatesRequest }, V1.SubmitShipmentStatusUpdatesResponse>('submitShipmentStatusUpdates'),
    getCustomerInvoices: op<DfListParams, V1.GetCustomerInvoicesResponse>('getCustomerInvoices'),
    getCustomerInvoice: op<Po, V1.GetCustomerInvoiceResponse>('getCustomerInvoice'),
    getPackingSlips: op<DfListParams, V1.GetPackingSlipListResponse>('getPackingSlips'),
    getPackingSlip: op<Po, V1.GetPackingSlipResponse>('getPackingSlip'),
  };
}

/** Vendor DF shipping 2021-12-28, including createShippingLabels (restricted) and container labels. */
export function vendorDfShipping(caller: SpApiCaller) {
  const op = <P extends object, R>(operationId: string) => bind<P, R>(caller, DF_SHIPPING_2021, operationId);
  return {
    getShippingLabels: op<DfListParams, V2021.ShippingLabelList>('getShippingLabels'),
    submitShippingLabelRequest: op<{ body: V2021.SubmitShippingLabelsRequest }, V2021.TransactionReference>('submitShippingLabelRequest'),
    getShippingLabel: op<Po, V2021.ShippingLabel>('getShippingLabel'),
    createShippingLabels: op<Po & { body: V2021.CreateShippingLabelsRequest }, V2021.ShippingLabel>('createShippingLabels'),
    submitShipmentConfirmations: op<{ body: V2021.SubmitShipmentConfirmationsRequest }, V2021.TransactionReference>('submitShipmentConfirmations'),
    submitShipmentStatusUpdates: op<{ body: V2021.SubmitShipmentStatusUpdatesRequest }, V2021.TransactionReference>('submitShipmentStatusUpdates'),
    getCustomerInvoices: op<DfListParams, V2021.CustomerInvoiceList>('getCustomerInvoices'),
    getCustomerInvoice: op<Po, V2021.CustomerInvoice>('getCustomerInvoice'),
    getPackingSlips: op<DfListParams, V2021.PackingSlipList>('getPackingSlips'),
    getPackingSlip: op<Po, V2021.PackingSlip>('getPackingSlip'),
    createContainerLabel: op<{ body: V2021.CreateContainerLabelRequest }, V2021.CreateContainerLabelResponse>('createContainerLabel'),
  };
}

export type VendorDfShippingV1Api = ReturnType<typeof vendorDfShippingV1>;
export type VendorDfShippingApi = ReturnType<typeof vendorDfShipping>;
