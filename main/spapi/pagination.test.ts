import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SpApiClient } from './client';
import type { SpApiCaller, SpApiResult } from './client-types';
import { collect, defaultNextToken, pages, tokenParamOf } from './pagination';
import type { SpApiRequest } from './request-builder';
import { virtualClock } from './timing';
import { startHttpPeer, type HttpPeer } from '../../test/support/http-peer';
import { TEST_ACCOUNT_SECRETS, apiRequests, withAuth } from '../../test/support/auth-peer';
import { conformanceLabel, parseQuery, requestConformance } from '../../test/support/spapi-models';

const conformance = requestConformance();
let peer: HttpPeer;
beforeAll(async () => {
  peer = await startHttpPeer();
});
afterAll(async () => {
  await peer.close();
});

function client() {
  const clock = virtualClock();
  const spapi = new SpApiClient({ clock, random: () => 0, onRequest: (r) => conformance.onRequest(r) });
  const account = spapi.forAccount({ id: 'a', region: 'NA', environment: 'production', ...TEST_ACCOUNT_SECRETS, baseUrl: peer.url, lwaTokenUrl: `${peer.url}/auth/o2/token` });
  return { clock, account };
}

describe('pages', () => {
  it('follows pagination.nextToken with the paginationToken query parameter (Inbound 2024-03-20)', async () => {
    peer.seen.length = 0;
    peer.handle(withAuth((r) => {
      const token = parseQuery(r.query).get('paginationToken')?.[0];
      const page = token === undefined ? 1 : Number(token.replace('tok', ''));
      return { status: 200, body: { inboundPlans: [{ inboundPlanId: `plan-${page}` }], ...(page < 3 ? { pagination: { nextToken: `tok${page + 1}` } } : {}) } };
    }).handler);
    const { account } = client();
    const plans = await collect(
      pages<{ inboundPlans?: { inboundPlanId: string }[] }>(account, 'fulfillmentInbound_2024-03-20', 'listInboundPlans', { query: { pageSize: 1, status: 'ACTIVE' } }),
      (p) => p.inboundPlans,
    );
    expect(plans.map((p) => p.inboundPlanId)).toEqual(['plan-1', 'plan-2', 'plan-3']);
    expect(apiRequests(peer.seen).map((r) => r.query)).toEqual([
      'pageSize=1&status=ACTIVE',
      'pageSize=1&paginationToken=tok2&status=ACTIVE',
      'pageSize=1&paginationToken=tok3&status=ACTIVE',
    ]);
  });

  it('follows payload.pagination.nextToken with nextToken (Vendor DF), within the rate limit', async () => {
    peer.seen.length = 0;
    peer.handle(withAuth((r) => {
      const token = parseQuery(r.query).get('nextToken')?.[0];
      const page = token === undefined ? 1 : Number(token.slice(1));
      return { status: 200, body: { payload: { orders: [{ purchaseOrderNumber: `PO${page}` }], ...(page < 12 ? { pagination: { nextToken: `n${page + 1}` } } : {}) } } };
    }).handler);
    const { account, clock } = client();
    const orders = await collect(
      pages<{ payload?: { orders?: { purchaseOrderNumber: string }[] } }>(account, 'vendorDirectFulfillmentOrders_2021-12-28', 'getOrders', {
        query: { createdAfter: '2026-01-01T00:00:00Z', createdBefore: '2026-01-02T00:00:00Z', limit: 1 },
      }),
      (p) => p.payload?.orders,
    );
    expect(orders).toHaveLength(12);
    // Burst 10 at 10 requests/second: the 11th and 12th pages each wait 100 ms.
    expect(clock.slept).toEqual([100, 100]);
  });

  it('sets QueryType=NEXT_TOKEN with NextToken for Inbound v0', async () => {
    peer.seen.length = 0;
    peer.handle(withAuth((r) => ({ status: 200, body: { payload: { ShipmentData: [], ...(r.query.includes('NextToken') ? {} : { NextToken: 'v0next' }) } } })).handler);
    const { account } = client();
    const all = [];
    for await (const page of pages(account, 'fulfillmentInboundV0', 'getShipments', { query: { QueryType: 'SHIPMENT', ShipmentStatusList: ['WORKING'], MarketplaceId: 'ATVPDKIKX0DER' } })) {
      all.push(page);
    }
    expect(all).toHaveLength(2);
    const second = parseQuery(apiRequests(peer.seen)[1]?.query ?? '');
    expect(second.get('QueryType')).toEqual(['NEXT_TOKEN']);
    expect(second.get('NextToken')).toEqual(['v0next']);
  });

  it('carries a body token and stops on a repeated token', async () => {
    const sent: SpApiRequest[] = [];
    const stub: SpApiCaller = {
      call<T>(_api: string, _op: string, request: SpApiRequest = {}): Promise<SpApiResult<T>> {
        sent.push(request);
        return Promise.resolve({ status: 200, body: { nextToken: 'same' } as T, requestId: undefined, headers: {}, attempts: 1 });
      },
    };
    const iterate = async () => {
      for await (const page of pages(stub, 'fulfillmentOutbound_2020-07-01', 'deliveryOffers', { body: { product: 1 } }, { tokenParam: { in: 'body', name: 'nextToken' } })) void page;
    };
    await expect(iterate()).rejects.toThrow(/same next token twice/);
    expect(sent[1]?.body).toEqual({ product: 1, nextToken: 'same' });
  });

  it('knows which parameter each style uses and refuses operations without one', () => {
    expect(tokenParamOf('fulfillmentInbound_2024-03-20', 'listShipmentBoxes')).toEqual({ in: 'query', name: 'paginationToken' });
    expect(tokenParamOf('fulfillmentOutbound_2020-07-01', 'listAllFulfillmentOrders')).toEqual({ in: 'query', name: 'nextToken' });
    expect(() => tokenParamOf('sellers', 'getMarketplaceParticipations')).toThrow(/is not paginated/);
    expect(defaultNextToken({ payload: { NextToken: 'x' } })).toBe('x');
    expect(defaultNextToken({ pagination: {} })).toBeUndefined();
  });
});

describe(`requests sent in this file (${conformanceLabel()})`, () => {
  it('all conform to the official models', () => {
    expect(conformance.failures).toEqual([]);
  });
});
