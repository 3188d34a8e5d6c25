import { describe, expect, it } from 'vitest';
import type { SpApiCaller, SpApiResult } from '../client-types';
import type { SpApiRequest } from '../request-builder';
import { findOperation } from '../operations';
import { fulfillmentInbound } from './fulfillment-inbound-2024-03-20';
import { fulfillmentInboundV0 } from './fulfillment-inbound-v0';
import { fulfillmentOutbound } from './fulfillment-outbound-2020-07-01';
import { vendorDfOrders, vendorDfOrdersV1 } from './vendor-df-orders';
import { vendorDfShipping, vendorDfShippingV1 } from './vendor-df-shipping';
import { vendorTransactions } from './vendor-transactions';
import { vendorShipments } from './vendor-shipments';
import { sellersAndTokens } from './sellers-tokens';
import { OPERATIONS } from '../operations.generated';

interface Sent {
  api: string;
  operationId: string;
  request: SpApiRequest;
}

function recorder() {
  const sent: Sent[] = [];
  const caller: SpApiCaller = {
    call<T>(api: string, operationId: string, request: SpApiRequest = {}): Promise<SpApiResult<T>> {
      sent.push({ api, operationId, request });
      return Promise.resolve({ status: 200, body: { echo: operationId } as T, requestId: 'r', headers: {}, attempts: 1 });
    },
  };
  return { sent, caller };
}

/** Placeholder values for every required parameter, by location. */
function requiredParams(api: string, operationId: string): Record<string, unknown> {
  const spec = findOperation(api, operationId);
  return Object.fromEntries(spec.params.filter((p) => p.required).map((p) => [p.name, p.in === 'body' ? {} : p.collectionFormat ? ['x'] : 'x']));
}

type Wrapper = Record<string, (params: never) => Promise<unknown>>;

describe('typed wrappers', () => {
  it('cover every operation the station uses, each bound to the operation of its API', async () => {
    const { sent, caller } = recorder();
    const groups: [string, Wrapper][] = [
      ['fulfillmentInbound_2024-03-20', fulfillmentInbound(caller)],
      ['fulfillmentInboundV0', fulfillmentInboundV0(caller)],
      ['fulfillmentOutbound_2020-07-01', fulfillmentOutbound(caller)],
      ['vendorDirectFulfillmentOrdersV1', vendorDfOrdersV1(caller)],
      ['vendorDirectFulfillmentOrders_2021-12-28', vendorDfOrders(caller)],
      ['vendorDirectFulfillmentShippingV1', vendorDfShippingV1(caller)],
      ['vendorDirectFulfillmentShipping_2021-12-28', vendorDfShipping(caller)],
      ['vendorShipments', vendorShipments(caller)],
    ];
    const covered = new Set<string>();
    for (const [api, wrapper] of groups) {
      for (const [name, fn] of Object.entries(wrapper)) {
        sent.length = 0;
        const params = requiredParams(api, name);
        const body = await (fn as (p: Record<string, unknown>) => Promise<unknown>)(params);
        expect(sent).toHaveLength(1);
        expect(sent[0]).toMatchObject({ api, operationId: name });
        expect(body).toEqual({ echo: name });
        covered.add(`${api} ${name}`);
      }
    }
    const inbound2024 = OPERATIONS.filter((o) => o.api === 'fulfillmentInbound_2024-03-20').map((o) => `${o.api} ${o.operationId}`);
    const dfShipping = OPERATIONS.filter((o) => o.api.startsWith('vendorDirectFulfillmentShipping')).map((o) => `${o.api} ${o.operationId}`);
    const required = [
      ...inbound2024,
      ...dfShipping,
      'fulfillmentInboundV0 getLabels', 'fulfillmentInboundV0 getBillOfLading', 'fulfillmentInboundV0 getPrepInstructions',
      ...['getFulfillmentPreview', 'createFulfillmentOrder', 'getFulfillmentOrder', 'listAllFulfillmentOrders', 'updateFulfillmentOrder', 'cancelFulfillmentOrder', 'getPackageTrackingDetails'].map((o) => `fulfillmentOutbound_2020-07-01 ${o}`),
      ...['getOrders', 'getOrder', 'submitAcknowledgement'].flatMap((o) => [`vendorDirectFulfillmentOrdersV1 ${o}`, `vendorDirectFulfillmentOrders_2021-12-28 ${o}`]),
      ...['SubmitShipments', 'SubmitShipmentConfirmations', 'GetShipmentDetails', 'GetShipmentLabels'].map((o) => `vendorShipments ${o}`),
    ];
    expect(required.filter((r) => !covered.has(r))).toEqual([]);
  });

  it('route the differently named transaction, sellers and tokens operations', async () => {
    const { sent, caller } = recorder();
    const tx = vendorTransactions(caller);
    await tx.getDfTransactionStatusV1({ transactionId: 't1' });
    await tx.getDfTransactionStatus({ transactionId: 't2' });
    await tx.getTransaction({ transactionId: 't3' });
    const st = sellersAndTokens(caller);
    await st.getMarketplaceParticipations({});
    await st.createRestrictedDataToken({ body: { restrictedResources: [{ method: 'GET', path: '/x' }] } });
    expect(sent.map((s) => [s.api, s.operationId, s.request.path?.transactionId])).toEqual([
      ['vendorDirectFulfillmentTransactionsV1', 'getTransactionStatus', 't1'],
      ['vendorDirectFulfillmentTransactions_2021-12-28', 'getTransactionStatus', 't2'],
      ['vendorTransactionStatus', 'getTransaction', 't3'],
      ['sellers', 'getMarketplaceParticipations', undefined],
      ['tokens_2021-03-01', 'createRestrictedDataToken', undefined],
    ]);
  });

  it('sort parameters into path, query and body by the model', async () => {
    const { sent, caller } = recorder();
    await fulfillmentInbound(caller).listTransportationOptions({ inboundPlanId: 'wf1', placementOptionId: 'pl1', pageSize: 20 });
    await fulfillmentInboundV0(caller).getLabels({ shipmentId: 'FBA1', PageType: 'PackageLabel_Letter_6', LabelType: 'UNIQUE', PackageLabelsToPrint: ['FBA1U000001'] });
    expect(sent.map((s) => s.request)).toEqual([
      { path: { inboundPlanId: 'wf1' }, query: { placementOptionId: 'pl1', pageSize: 20 }, headers: {} },
      { path: { shipmentId: 'FBA1' }, query: { PageType: 'PackageLabel_Letter_6', LabelType: 'UNIQUE', PackageLabelsToPrint: ['FBA1U000001'] }, headers: {} },
    ]);
  });
});
