import type * as T from '@sp-api-sdk/fulfillment-inbound-api-v0';
import type { SpApiCaller } from '../client-types';
import { bind } from './bind';

export const FULFILLMENT_INBOUND_V0 = 'fulfillmentInboundV0';

/** The v0 operations the 2024-03-20 flow still needs: labels, bill of lading, prep instructions. */
export function fulfillmentInboundV0(caller: SpApiCaller) {
  const op = <P extends object, R>(operationId: string) => bind<P, R>(caller, FULFILLMENT_INBOUND_V0, operationId);
  return {
    getLabels: op<{
      shipmentId: string;
      PageType: T.GetLabelsPageTypeEnum;
      LabelType: T.GetLabelsLabelTypeEnum;
      NumberOfPackages?: number;
      PackageLabelsToPrint?: string[];
      NumberOfPallets?: number;
      PageSize?: number;
      PageStartIndex?: number;
    }, T.GetLabelsResponse>('getLabels'),
    getBillOfLading: op<{ shipmentId: string }, T.GetBillOfLadingResponse>('getBillOfLading'),
    getPrepInstructions: op<{ ShipToCountryCode: string; SellerSKUList?: string[]; ASINList?: string[] }, T.GetPrepInstructionsResponse>('getPrepInstructions'),
  };
}

export type FulfillmentInboundV0Api = ReturnType<typeof fulfillmentInboundV0>;
