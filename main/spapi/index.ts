/** The SP-API client: construct one SpApiClient per station, then `forAccount(...)` and the typed wrappers. */
export { SpApiClient, AccountClient, isTokenRejection, type SpApiClientOptions } from './client';
export type { SpApiAccount, SpApiCaller, SpApiLogEntry, SpApiResult, WireRequest, WireResponse } from './client-types';
export { DEFAULT_LWA_TOKEN_URL, spApiBaseUrl, type SpApiEnvironment } from './endpoints';
export {
  AmbiguousFailureError, InvalidResponseError, LwaError, SpApiClientError, SpApiError, SpApiNetworkError, SpApiRequestError,
  type AmazonError,
} from './errors';
export { spApiAccountFrom, type EndpointOverrides } from './account';
export { API_NAMES, findOperation, isIdempotent, isRestricted, defaultLimit } from './operations';
export { pages, collect, defaultNextToken, tokenParamOf, type PageOptions } from './pagination';
export { redact, redactText } from './redact';
export type { SpApiRequest } from './request-builder';
export { systemClientClock, virtualClock, type ClientClock } from './timing';
export { fulfillmentInbound } from './api/fulfillment-inbound-2024-03-20';
export { fulfillmentInboundV0 } from './api/fulfillment-inbound-v0';
export { fulfillmentOutbound } from './api/fulfillment-outbound-2020-07-01';
export { vendorDfOrders, vendorDfOrdersV1 } from './api/vendor-df-orders';
export { vendorDfShipping, vendorDfShippingV1 } from './api/vendor-df-shipping';
export { vendorTransactions } from './api/vendor-transactions';
export { vendorShipments } from './api/vendor-shipments';
export { sellersAndTokens } from './api/sellers-tokens';
export { downloadDocument, DocumentDownloadError, type DownloadedDocument } from './documents';
