import { OPERATIONS } from './operations.generated';
import type { OperationSpec } from './operation-spec';
import { SpApiRequestError } from './errors';

const byKey = new Map<string, OperationSpec>(OPERATIONS.map((op) => [`${op.api} ${op.operationId}`, op]));

export const API_NAMES: readonly string[] = [...new Set(OPERATIONS.map((op) => op.api))];

export function operationsOf(api: string): OperationSpec[] {
  return OPERATIONS.filter((op) => op.api === api);
}

/** The operation's spec, or a request error that lists what exists. */
export function findOperation(api: string, operationId: string): OperationSpec {
  const spec = byKey.get(`${api} ${operationId}`);
  if (spec) return spec;
  const ops = operationsOf(api);
  if (ops.length === 0) {
    throw new SpApiRequestError(`Unknown SP-API API "${api}". Known APIs: ${API_NAMES.join(', ')}`, [...API_NAMES]);
  }
  const names = ops.map((op) => op.operationId);
  throw new SpApiRequestError(`API ${api} has no operation "${operationId}". Its operations: ${names.join(', ')}`, names);
}

/**
 * Operations whose replies carry personal data: Amazon answers them only with a
 * Restricted Data Token for the exact method and path, not with the LWA access token.
 * None of them takes `dataElements`: the Tokens API model asks for it only for the
 * Orders API's getOrder, getOrders and getOrderItems.
 */
const RESTRICTED = new Set([
  'vendorDirectFulfillmentOrdersV1 getOrders',
  'vendorDirectFulfillmentOrdersV1 getOrder',
  'vendorDirectFulfillmentOrders_2021-12-28 getOrders',
  'vendorDirectFulfillmentOrders_2021-12-28 getOrder',
  ...['vendorDirectFulfillmentShippingV1', 'vendorDirectFulfillmentShipping_2021-12-28'].flatMap((api) =>
    ['getShippingLabels', 'getShippingLabel', 'getPackingSlips', 'getPackingSlip', 'getCustomerInvoices', 'getCustomerInvoice'].map(
      (op) => `${api} ${op}`,
    ),
  ),
  'vendorDirectFulfillmentShipping_2021-12-28 createShippingLabels',
]);

export function isRestricted(spec: OperationSpec): boolean {
  return RESTRICTED.has(`${spec.api} ${spec.operationId}`);
}

/**
 * POST/PUT operations that only read or that Amazon treats as repeatable, so the
 * client may re-send them after a timeout or 5xx like a GET.
 */
const REPEATABLE_WRITES = new Set([
  // A preview computes fees and dates and changes nothing.
  'fulfillmentOutbound_2020-07-01 getFulfillmentPreview',
  'fulfillmentOutbound_2020-07-01 deliveryOffers',
  // Each call mints an independent short-lived token; an extra one is harmless.
  'tokens_2021-03-01 createRestrictedDataToken',
]);

/**
 * The re-send rule. GET (and DELETE, which names one resource) are idempotent.
 * Every other POST/PUT/PATCH is treated as non-idempotent, because on SP-API they create
 * or submit something (plans, option generations, confirmations, ASNs, labels, MCF orders,
 * cancellations, name/address updates that start workflows): after an ambiguous failure
 * a second send can duplicate the effect, so the client stops and reports instead.
 * Only the explicit read-only/repeatable writes above are exempt.
 */
export function isIdempotent(spec: OperationSpec): boolean {
  if (spec.method === 'GET' || spec.method === 'DELETE') return true;
  return REPEATABLE_WRITES.has(`${spec.api} ${spec.operationId}`);
}

/**
 * Rate and burst the client starts from until Amazon's `x-amzn-RateLimit-Limit` says otherwise.
 * Six operations have no usage plan in their model (the self-ship appointment operations,
 * listPrepDetails, submitFulfillmentOrderStatusUpdate). They get 1 request/second with a
 * burst of 1: half the slowest documented rate of their sibling operations (2/s), so a
 * missing table never makes the station the cause of a 429; the first reply's header then
 * sets the real rate.
 */
export const UNDOCUMENTED_LIMIT = { rate: 1, burst: 1 } as const;

export function defaultLimit(spec: OperationSpec): { rate: number; burst: number } {
  if (spec.rate === null || spec.burst === null) return { ...UNDOCUMENTED_LIMIT };
  return { rate: spec.rate, burst: Math.max(1, spec.burst) };
}
