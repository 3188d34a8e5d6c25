import type * as V1 from '@sp-api-sdk/vendor-direct-fulfillment-orders-api-v1';
import type * as V2021 from '@sp-api-sdk/vendor-direct-fulfillment-orders-api-2021-12-28';
import type { SpApiCaller } from '../client-types';
import { bind } from './bind';

export const DF_ORDERS_V1 = 'vendorDirectFulfillmentOrdersV1';
export const DF_ORDERS_2021 = 'vendorDirectFulfillmentOrders_2021-12-28';

interface OrdersQuery<Status, Sort> {
  shipFromPartyId?: string;
  status?: Status;
  limit?: number;
  createdAfter: string;
  createdBefore: string;
  sortOrder?: Sort;
  nextToken?: string;
  includeDetails?: boolean;
}

/** Vendor Direct Fulfillment orders v1 (replies wrapped in `payload`). getOrders/getOrder use an RDT. */
export function vendorDfOrdersV1(caller: SpApiCaller) {
  const op = <P extends object, R>(operationId: string) => bind<P, R>(caller, DF_ORDERS_V1, operationId);
  return {
    getOrders: op<OrdersQuery<V1.GetOrdersStatusEnum, V1.GetOrdersSortOrderEnum>, V1.GetOrdersResponse>('getOrders'),
    getOrder: op<{ purchaseOrderNumber: string }, V1.GetOrderResponse>('getOrder'),
    submitAcknowledgement: op<{ body: V1.SubmitAcknowledgementRequest }, V1.SubmitAcknowledgementResponse>('submitAcknowledgement'),
  };
}

/** Vendor Direct Fulfillment orders 2021-12-28 (replies are the objects themselves). getOrders/getOrder use an RDT. */
export function vendorDfOrders(caller: SpApiCaller) {
  const op = <P extends object, R>(operationId: string) => bind<P, R>(caller, DF_ORDERS_2021, operationId);
  return {
    getOrders: op<OrdersQuery<V2021.GetOrdersStatusEnum, V2021.GetOrdersSortOrderEnum>, V2021.OrderList>('getOrders'),
    getOrder: op<{ purchaseOrderNumber: string }, V2021.Order>('getOrder'),
    submitAcknowledgement: op<{ body: V2021.SubmitAcknowledgementRequest }, V2021.TransactionId>('submitAcknowledgement'),
  };
}

export type VendorDfOrdersV1Api = ReturnType<typeof vendorDfOrdersV1>;
export type VendorDfOrdersApi = ReturnType<typeof vendorDfOrders>;
