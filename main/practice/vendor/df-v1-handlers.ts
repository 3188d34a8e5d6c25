import { invalidInput } from '../errors';
import type { HandlerTable, OperationHandler } from '../handler-types';

const RENAMES: Record<string, string> = {
  'vendorDirectFulfillmentOrders_2021-12-28': 'vendorDirectFulfillmentOrdersV1',
  'vendorDirectFulfillmentShipping_2021-12-28': 'vendorDirectFulfillmentShippingV1',
  'vendorDirectFulfillmentTransactions_2021-12-28': 'vendorDirectFulfillmentTransactionsV1',
};
const V1_OPERATIONS = new Set([
  'getOrders', 'getOrder', 'submitAcknowledgement', 'getShippingLabels', 'submitShippingLabelRequest', 'getShippingLabel', 'submitShipmentConfirmations',
  'submitShipmentStatusUpdates', 'getCustomerInvoices', 'getCustomerInvoice', 'getPackingSlips', 'getPackingSlip', 'getTransactionStatus',
]);

/** v1 names container types in lower case, where 2021-12-28 capitalises them. */
function normaliseContainers(body: unknown): unknown {
  if (typeof body !== 'object' || body === null) return body;
  const visit = (containers: unknown, where: string): unknown => {
    if (!Array.isArray(containers)) return containers;
    return containers.map((c: unknown, i) => {
      if (typeof c !== 'object' || c === null) return c;
      const type = (c as { containerType?: unknown }).containerType;
      if (type !== 'carton' && type !== 'pallet') throw invalidInput(`${where}.containers.${i}.containerType must be carton or pallet in v1, got ${JSON.stringify(type)}.`);
      return { ...c, containerType: type === 'carton' ? 'Carton' : 'Pallet' };
    });
  };
  const record = body as Record<string, unknown>;
  for (const listName of ['shippingLabelRequests', 'shipmentConfirmations']) {
    const list = record[listName];
    if (Array.isArray(list)) {
      return { ...record, [listName]: list.map((entry: unknown, i) => (typeof entry === 'object' && entry !== null && 'containers' in entry ? { ...entry, containers: visit((entry as { containers: unknown }).containers, `${listName}.${i}`) } : entry)) };
    }
  }
  return body;
}

/**
 * The v1 Vendor Direct Fulfillment operations over the same state as 2021-12-28: same rules, v1 shapes (results
 * wrapped in `payload`, lower-case container types, transaction errors as a plain list).
 */
export function dfV1Handlers(current: HandlerTable): HandlerTable {
  const table: HandlerTable = {};
  for (const [key, handler] of Object.entries(current)) {
    const [api, operationId] = key.split(/\.(?=[^.]+$)/) as [string, string];
    const v1Api = RENAMES[api];
    if (!v1Api || !V1_OPERATIONS.has(operationId)) continue;
    const wrapped: OperationHandler = async (ctx) => {
      const reply = await handler({ ...ctx, body: normaliseContainers(ctx.body) });
      if (reply.status >= 300 || reply.body === undefined) return reply;
      if (operationId === 'getTransactionStatus') {
        const status = (reply.body as { transactionStatus: { errors?: { errors: unknown[] } } }).transactionStatus;
        return { status: reply.status, body: { payload: { transactionStatus: status.errors ? { ...status, errors: status.errors.errors } : status } } };
      }
      return { status: reply.status, body: { payload: reply.body } };
    };
    table[`${v1Api}.${operationId}`] = wrapped;
  }
  return table;
}
