import { describe, expect, it } from 'vitest';
import type { SpApiCaller, SpApiResult } from '../spapi/client-types';
import type { TrackedOperation } from '../sync/async-operations';
import { DfAmazon } from './df-api';
import { dfTransactionPoller } from './df-sync';

/** A caller that answers each operation with a fixed body and remembers which API it was asked. */
function fakeCaller(bodies: Record<string, unknown>): SpApiCaller & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async call<T>(api: string, operationId: string): Promise<SpApiResult<T>> {
      asked.push(`${api}.${operationId}`);
      return { status: 200, body: bodies[operationId] as T, requestId: undefined, headers: {}, attempts: 1 };
    },
  };
}

const operation: TrackedOperation = { operationId: 'tx-1', accountId: 'acc', outboxId: 1, entity: 'df:o', op: 'df.confirm', status: 'IN_PROGRESS', problems: [], polls: 0, nextPollAt: 0 };

describe('DF API versions', () => {
  it('calls v1 operations by their v1 API names and hands back what is inside `payload`', async () => {
    const caller = fakeCaller({ getOrder: { payload: { purchaseOrderNumber: 'PO1', orderDetails: { orderStatus: 'NEW' } } } });
    const v1 = new DfAmazon(caller, 'v1');
    expect(await v1.call('orders', 'getOrder', { path: { purchaseOrderNumber: 'PO1' } })).toEqual({ purchaseOrderNumber: 'PO1', orderDetails: { orderStatus: 'NEW' } });
    expect(v1.containerType()).toBe('carton');
    const current = new DfAmazon(caller, '2021-12-28');
    expect(await current.call('orders', 'getOrder')).toHaveProperty('payload');
    expect(current.containerType()).toBe('Carton');
    expect(caller.asked).toEqual(['vendorDirectFulfillmentOrdersV1.getOrder', 'vendorDirectFulfillmentOrders_2021-12-28.getOrder']);
  });

  it('reads a failed transaction in either shape: errors listed plainly (v1) or nested in `errors` (2021-12-28)', async () => {
    const error = { code: 'InvalidInput', message: 'Weight is missing', details: 'containers.0.weight' };
    const v1 = fakeCaller({ getTransactionStatus: { payload: { transactionStatus: { transactionId: 'tx-1', status: 'Failure', errors: [error] } } } });
    const current = fakeCaller({ getTransactionStatus: { transactionStatus: { transactionId: 'tx-1', status: 'Failure', errors: { errors: [error] } } } });
    const expected = { status: 'FAILED', problems: [{ ...error, severity: 'ERROR' }] };
    expect(await dfTransactionPoller(() => 'v1')(operation, v1)).toEqual(expected);
    expect(await dfTransactionPoller(() => '2021-12-28')(operation, current)).toEqual(expected);
    expect(v1.asked).toEqual(['vendorDirectFulfillmentTransactionsV1.getTransactionStatus']);

    const pending = fakeCaller({ getTransactionStatus: { payload: { transactionStatus: { transactionId: 'tx-1', status: 'Processing' } } } });
    expect(await dfTransactionPoller(() => 'v1')(operation, pending)).toEqual({ status: 'IN_PROGRESS', problems: [] });
  });
});
