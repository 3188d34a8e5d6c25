import type * as T from '@sp-api-sdk/fulfillment-outbound-api-2020-07-01';
import type { SpApiCaller } from '../client-types';
import { bind } from './bind';

export const FULFILLMENT_OUTBOUND = 'fulfillmentOutbound_2020-07-01';

type Order = { sellerFulfillmentOrderId: string };

/** Multi-Channel Fulfillment orders. */
export function fulfillmentOutbound(caller: SpApiCaller) {
  const op = <P extends object, R>(operationId: string) => bind<P, R>(caller, FULFILLMENT_OUTBOUND, operationId);
  return {
    getFulfillmentPreview: op<{ body: T.GetFulfillmentPreviewRequest }, T.GetFulfillmentPreviewResponse>('getFulfillmentPreview'),
    createFulfillmentOrder: op<{ body: T.CreateFulfillmentOrderRequest }, T.CreateFulfillmentOrderResponse>('createFulfillmentOrder'),
    getFulfillmentOrder: op<Order, T.GetFulfillmentOrderResponse>('getFulfillmentOrder'),
    listAllFulfillmentOrders: op<{ queryStartDate?: string; nextToken?: string }, T.ListAllFulfillmentOrdersResponse>('listAllFulfillmentOrders'),
    updateFulfillmentOrder: op<Order & { body: T.UpdateFulfillmentOrderRequest }, T.UpdateFulfillmentOrderResponse>('updateFulfillmentOrder'),
    cancelFulfillmentOrder: op<Order, T.CancelFulfillmentOrderResponse>('cancelFulfillmentOrder'),
    getPackageTrackingDetails: op<{ packageNumber: number }, T.GetPackageTrackingDetailsResponse>('getPackageTrackingDetails'),
  };
}

export type FulfillmentOutboundApi = ReturnType<typeof fulfillmentOutbound>;
