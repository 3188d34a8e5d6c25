import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inspect } from 'node:util';
import { SpApiClient, isTokenRejection } from './client';
import type { SpApiLogEntry } from './client-types';
import { AmbiguousFailureError, InvalidResponseError, SpApiError, SpApiNetworkError, SpApiRequestError } from './errors';
import { virtualClock, type VirtualClock } from './timing';
import { startHttpPeer, type HttpPeer, type PeerHandler } from '../../test/support/http-peer';
import { TEST_ACCOUNT_SECRETS, apiRequests, withAuth, type AuthState } from '../../test/support/auth-peer';
import { conformanceLabel, requestConformance } from '../../test/support/spapi-models';

const INBOUND = 'fulfillmentInbound_2024-03-20';
const PLAN_PATH = '/inbound/fba/2024-03-20/inboundPlans';
const conformance = requestConformance();
let peer: HttpPeer;

beforeAll(async () => {
  peer = await startHttpPeer();
});
afterAll(async () => {
  await peer.close();
});
beforeEach(() => {
  peer.seen.length = 0;
});

interface Setup {
  state: AuthState;
  clock: VirtualClock;
  logs: SpApiLogEntry[];
  client: SpApiClient;
  account: ReturnType<SpApiClient['forAccount']>;
}

function setup(api: PeerHandler, options: { lifetimeSeconds?: number; maxAttempts?: number; responseMs?: number } = {}): Setup {
  const { state, handler } = withAuth(api, { lifetimeSeconds: options.lifetimeSeconds });
  peer.handle(handler);
  const clock = virtualClock();
  const logs: SpApiLogEntry[] = [];
  const client = new SpApiClient({
    clock,
    random: () => 0.5,
    retry: { maxAttempts: options.maxAttempts ?? 3, baseDelayMs: 100, maxDelayMs: 1000 },
    timeouts: { responseMs: options.responseMs ?? 10_000 },
    logger: (entry) => logs.push(entry),
    onRequest: (r) => conformance.onRequest(r),
  });
  const account = client.forAccount({
    id: 'acct-1', region: 'NA', environment: 'production', ...TEST_ACCOUNT_SECRETS,
    baseUrl: peer.url, lwaTokenUrl: `${peer.url}/auth/o2/token`,
  });
  return { state, clock, logs, client, account };
}

const plan = { inboundPlanId: 'wf1234abcd-1234-abcd-5678-1234abcd5678', status: 'ACTIVE' };
const ok = (body: unknown = plan, headers: Record<string, string> = {}) => ({ status: 200, headers: { 'x-amzn-requestid': 'req-ok', ...headers }, body });
const createBody = {
  destinationMarketplaces: ['ATVPDKIKX0DER'],
  items: [{ msku: 'SKU-1', prepOwner: 'SELLER', labelOwner: 'SELLER', quantity: 4 }],
  sourceAddress: { name: 'Ann Packer', addressLine1: '1 Dock Rd', city: 'Seattle', countryCode: 'US', postalCode: '98101', phoneNumber: '2065550100' },
};

describe('LWA access tokens', () => {
  it('exchanges the refresh token once and reuses the access token until a minute before expiry', async () => {
    const { state, clock, account } = setup(() => ok(), { lifetimeSeconds: 3600 });
    await account.call(INBOUND, 'getInboundPlan', { path: { inboundPlanId: plan.inboundPlanId } });
    await account.call(INBOUND, 'getInboundPlan', { path: { inboundPlanId: plan.inboundPlanId } });
    expect(state.issued).toEqual(['Atza|token-1']);
    expect(apiRequests(peer.seen).map((r) => r.headers['x-amz-access-token'])).toEqual(['Atza|token-1', 'Atza|token-1']);

    clock.advance(3600_000 - 60_000); // exactly at the refresh margin
    await account.call(INBOUND, 'getInboundPlan', { path: { inboundPlanId: plan.inboundPlanId } });
    expect(state.issued).toEqual(['Atza|token-1', 'Atza|token-2']);
    expect(apiRequests(peer.seen).at(-1)?.headers['x-amz-access-token']).toBe('Atza|token-2');
  });

  it('lets concurrent callers share one refresh', async () => {
    const { state, account } = setup(() => ok());
    await Promise.all(Array.from({ length: 5 }, () => account.call(INBOUND, 'getInboundPlan', { path: { inboundPlanId: plan.inboundPlanId } })));
    expect(state.issued).toHaveLength(1);
    expect(apiRequests(peer.seen)).toHaveLength(5);
  });

  it('refreshes once and retries once when Amazon says the token expired', async () => {
    const { state, account } = setup((r) =>
      r.headers['x-amz-access-token'] === 'Atza|token-1'
        ? { status: 403, body: { errors: [{ code: 'Unauthorized', message: 'Access to requested resource is denied.', details: 'The access token you provided has expired.' }] } }
        : ok(),
    );
    const result = await account.call(INBOUND, 'getInboundPlan', { path: { inboundPlanId: plan.inboundPlanId } });
    expect(result.status).toBe(200);
    expect(state.issued).toEqual(['Atza|token-1', 'Atza|token-2']);
    expect(apiRequests(peer.seen)).toHaveLength(2);
  });

  it('does not loop when the fresh token is refused too, and does not refresh for a plain access denial', async () => {
    const expired = { status: 401, body: { errors: [{ code: 'Unauthorized', message: 'The access token is invalid.' }] } };
    const first = setup(() => expired);
    await expect(first.account.call(INBOUND, 'getInboundPlan', { path: { inboundPlanId: plan.inboundPlanId } })).rejects.toMatchObject({ status: 401 });
    expect(first.state.issued).toHaveLength(2);
    expect(apiRequests(peer.seen)).toHaveLength(2);

    peer.seen.length = 0;
    const denied = setup(() => ({ status: 403, body: { errors: [{ code: 'Unauthorized', message: 'Access to requested resource is denied.', details: '' }] } }));
    await expect(denied.account.call(INBOUND, 'getInboundPlan', { path: { inboundPlanId: plan.inboundPlanId } })).rejects.toBeInstanceOf(SpApiError);
    expect(denied.state.issued).toHaveLength(1);
    expect(apiRequests(peer.seen)).toHaveLength(1);
  });

  it('tells token rejections from other 403s', () => {
    expect(isTokenRejection(401, [])).toBe(true);
    expect(isTokenRejection(403, [{ code: 'InvalidAccessToken', message: 'x' }])).toBe(true);
    expect(isTokenRejection(403, [{ code: 'Unauthorized', message: 'Access to requested resource is denied.' }])).toBe(false);
    expect(isTokenRejection(400, [{ code: 'InvalidInput', message: 'token expired' }])).toBe(false);
  });

  it('reports a refused refresh token as an LwaError without calling the API', async () => {
    const { account, client } = setup(() => ok());
    const wrong = client.forAccount({ ...account.account, id: 'acct-2', refreshToken: 'Atzr|revoked' });
    await expect(wrong.call(INBOUND, 'getInboundPlan', { path: { inboundPlanId: plan.inboundPlanId } })).rejects.toMatchObject({
      kind: 'lwa', status: 400, error: 'invalid_grant',
    });
    expect(apiRequests(peer.seen)).toHaveLength(0);
  });
});

describe('restricted data tokens', () => {
  it('requests an RDT for the exact method and path, uses it, and caches it per path', async () => {
    const { state, account } = setup(() => ok({ purchaseOrderNumber: 'PO1' }));
    const api = 'vendorDirectFulfillmentOrders_2021-12-28';
    await account.call(api, 'getOrder', { path: { purchaseOrderNumber: 'PO1' } });
    await account.call(api, 'getOrder', { path: { purchaseOrderNumber: 'PO1' } });
    await account.call(api, 'getOrder', { path: { purchaseOrderNumber: 'PO2' } });
    expect(state.rdts.map((r) => r.resources)).toEqual([
      [{ method: 'GET', path: '/vendor/directFulfillment/orders/2021-12-28/purchaseOrders/PO1' }],
      [{ method: 'GET', path: '/vendor/directFulfillment/orders/2021-12-28/purchaseOrders/PO2' }],
    ]);
    expect(apiRequests(peer.seen).map((r) => r.headers['x-amz-access-token'])).toEqual(['Atz.sprdt|rdt-1', 'Atz.sprdt|rdt-1', 'Atz.sprdt|rdt-2']);
    // The Tokens API call itself authenticates with the LWA token.
    expect(peer.seen.find((r) => r.path.startsWith('/tokens/'))?.headers['x-amz-access-token']).toBe('Atza|token-1');
  });

  it('uses the LWA token for operations that are not restricted', async () => {
    const { state, account } = setup(() => ({ status: 202, body: { payload: { transactionId: 't1' } } }));
    await account.call('vendorDirectFulfillmentShipping_2021-12-28', 'submitShipmentConfirmations', {
      body: { shipmentConfirmations: [] },
    });
    expect(state.rdts).toHaveLength(0);
    expect(apiRequests(peer.seen)[0]?.headers['x-amz-access-token']).toBe('Atza|token-1');
  });
});

describe('throttling and retries', () => {
  it('waits and retries after 429 until Amazon accepts', async () => {
    let calls = 0;
    const { clock, account, logs } = setup(() => (++calls <= 2 ? { status: 429, body: { errors: [{ code: 'QuotaExceeded', message: 'You exceeded your quota' }] } } : ok()));
    const result = await account.call(INBOUND, 'getInboundPlan', { path: { inboundPlanId: plan.inboundPlanId } });
    expect(result.attempts).toBe(3);
    // random() = 0.5: full-jitter backoff waits half of 100 ms, then half of 200 ms.
    expect(clock.slept).toContain(50);
    expect(clock.slept).toContain(100);
    expect(logs.filter((l) => l.operationId === 'getInboundPlan').map((l) => [l.status, l.attempt, l.outcome])).toEqual([
      [429, 1, 'retry'], [429, 2, 'retry'], [200, 3, 'ok'],
    ]);
  });

  it('retries 5xx on a read a bounded number of times and then reports the error', async () => {
    const { account } = setup(() => ({ status: 503, headers: { 'x-amzn-requestid': 'req-503' }, body: { errors: [{ code: 'ServiceUnavailable', message: 'Try later' }] } }), { maxAttempts: 3 });
    const error = await account.call(INBOUND, 'listInboundPlans', { query: { pageSize: 10 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpApiError);
    expect(error).toMatchObject({ status: 503, requestId: 'req-503', code: 'ServiceUnavailable' });
    expect(apiRequests(peer.seen)).toHaveLength(3);
  });

  it('retries a dropped connection on a read', async () => {
    let calls = 0;
    const { account } = setup(() => (++calls === 1 ? { status: 200, drop: true } : ok()));
    const result = await account.call(INBOUND, 'getInboundPlan', { path: { inboundPlanId: plan.inboundPlanId } });
    expect(result.attempts).toBe(2);
  });

  it('gives up on reads after the budget with a network error', async () => {
    const { account } = setup(() => ({ status: 200, drop: true }), { maxAttempts: 2 });
    await expect(account.call(INBOUND, 'getInboundPlan', { path: { inboundPlanId: plan.inboundPlanId } })).rejects.toBeInstanceOf(SpApiNetworkError);
    expect(apiRequests(peer.seen)).toHaveLength(2);
  });
});

describe('non-idempotent calls after an ambiguous failure', () => {
  it.each([
    ['a 500', { status: 500, body: { errors: [{ code: 'InternalFailure', message: 'oops' }] } }],
    ['a 503', { status: 503, body: { errors: [{ code: 'ServiceUnavailable', message: 'later' }] } }],
    ['a dropped connection', { status: 200, drop: true }],
    ['a cut-off 202 reply', { status: 202, headers: { 'content-type': 'application/json' }, body: '{"inboundPlanId":"wf12' }],
  ])('createInboundPlan is sent exactly once after %s', async (_label, reply) => {
    const { account } = setup(() => reply);
    const error = await account.call(INBOUND, 'createInboundPlan', { body: createBody }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmbiguousFailureError);
    expect(error).toMatchObject({ operation: { api: INBOUND, operationId: 'createInboundPlan' }, attempt: 1 });
    expect(apiRequests(peer.seen).filter((r) => r.method === 'POST' && r.path === PLAN_PATH)).toHaveLength(1);
    // Whatever the caller does with the error, no token travels with it.
    expect(`${inspect(error, { depth: 8 })} ${JSON.stringify(error)}`).not.toMatch(/Atza\||Atzr\||amzn1\.oa2-cs/);
  });

  it('is sent exactly once after a response timeout', async () => {
    const { account } = setup(() => ({ status: 202, body: { inboundPlanId: 'wf1', operationId: 'op1' }, delayMs: 1500 }), { responseMs: 200 });
    const error = await account.call('vendorShipments', 'SubmitShipments', { body: { shipments: [] } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmbiguousFailureError);
    expect((error as AmbiguousFailureError).reason).toMatch(/timed out/);
    expect(apiRequests(peer.seen)).toHaveLength(1);
  });

  it('is re-sent after 429, which Amazon did not process', async () => {
    let calls = 0;
    const { account } = setup(() => (++calls === 1 ? { status: 429, body: { errors: [{ code: 'QuotaExceeded', message: 'slow down' }] } } : { status: 202, body: { inboundPlanId: 'wf1', operationId: 'op1' } }));
    const result = await account.call(INBOUND, 'createInboundPlan', { body: createBody });
    expect(result.body).toEqual({ inboundPlanId: 'wf1', operationId: 'op1' });
    expect(apiRequests(peer.seen)).toHaveLength(2);
  });

  it('is retried when the connection was refused, because nothing reached Amazon', async () => {
    const closed = await startHttpPeer();
    await closed.close();
    const { client, account } = setup(() => ok());
    // LWA answers from the live peer; the API host is a port nobody listens on.
    const refused = client.forAccount({ ...account.account, id: 'acct-refused', baseUrl: closed.url });
    const error = await refused.call(INBOUND, 'createInboundPlan', { body: createBody }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpApiNetworkError);
    expect(error).toMatchObject({ attempts: 3 });
    expect((error as SpApiNetworkError).reason).toMatch(/ECONNREFUSED/);
  });

  it('retries a read-only POST (fulfillment preview) like a GET', async () => {
    let calls = 0;
    const { account } = setup(() => (++calls === 1 ? { status: 500, body: { errors: [{ code: 'InternalFailure', message: 'x' }] } } : ok({ payload: { fulfillmentPreviews: [] } })));
    const result = await account.call('fulfillmentOutbound_2020-07-01', 'getFulfillmentPreview', {
      body: { address: { name: 'A', addressLine1: 'B', stateOrRegion: 'WA', postalCode: '98101', countryCode: 'US' }, items: [{ sellerSku: 'S', quantity: 1, sellerFulfillmentOrderItemId: 'i1' }] },
    });
    expect(result.attempts).toBe(2);
  });
});

describe('rate limits', () => {
  it('starts from the model burst and rate, then follows x-amzn-RateLimit-Limit', async () => {
    const first = setup(() => ok());
    // getInboundPlan: 2 requests/second, burst 6. The seventh call waits for one token: 500 ms.
    for (let i = 0; i < 7; i++) await first.account.call(INBOUND, 'getInboundPlan', { path: { inboundPlanId: plan.inboundPlanId } });
    expect(first.clock.slept).toEqual([500]);

    const second = setup(() => ok(plan, { 'x-amzn-RateLimit-Limit': '0.5' }));
    for (let i = 0; i < 7; i++) await second.account.call(INBOUND, 'getInboundPlan', { path: { inboundPlanId: plan.inboundPlanId } });
    // After the first reply the bucket refills at 0.5/s: one token takes 2000 ms.
    expect(second.clock.slept).toEqual([2000]);
    expect(second.client.limiter.bucket(`acct-1 ${INBOUND} getInboundPlan`, { rate: 9, burst: 9 }).rate).toBe(0.5);
  });

  it('keeps separate buckets per account', async () => {
    const { client, account, clock } = setup(() => ok());
    const other = client.forAccount({ ...account.account, id: 'acct-2' });
    for (let i = 0; i < 6; i++) await account.call(INBOUND, 'getInboundPlan', { path: { inboundPlanId: plan.inboundPlanId } });
    for (let i = 0; i < 6; i++) await other.call(INBOUND, 'getInboundPlan', { path: { inboundPlanId: plan.inboundPlanId } });
    expect(clock.slept).toEqual([]);
  });
});

describe('errors', () => {
  it("carries Amazon's errors, the status, the request id and the operation", async () => {
    const { account } = setup(() => ({
      status: 400,
      headers: { 'x-amzn-RequestId': 'abc-123' },
      body: { errors: [{ code: 'InvalidInput', message: 'pageSize must be at most 30', details: 'pageSize=99' }] },
    }));
    const error = (await account.call(INBOUND, 'listInboundPlans', { query: { pageSize: 30 } }).catch((e: unknown) => e)) as SpApiError;
    expect(error).toBeInstanceOf(SpApiError);
    expect(error.status).toBe(400);
    expect(error.requestId).toBe('abc-123');
    expect(error.operation).toEqual({ api: INBOUND, operationId: 'listInboundPlans' });
    expect(error.errors).toEqual([{ code: 'InvalidInput', message: 'pageSize must be at most 30', details: 'pageSize=99' }]);
    expect(error.toJSON()).toMatchObject({ kind: 'http', status: 400, requestId: 'abc-123', operationId: 'listInboundPlans' });
    expect(apiRequests(peer.seen)).toHaveLength(1);
  });

  it('reports a reply that is not JSON as an InvalidResponseError', async () => {
    const { account } = setup(() => ({ status: 400, headers: { 'content-type': 'text/html' }, body: '<html>Bad gateway</html>' }));
    const error = await account.call(INBOUND, 'getInboundPlan', { path: { inboundPlanId: plan.inboundPlanId } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ status: 400, contentType: 'text/html' });

    peer.seen.length = 0;
    const truncated = setup(() => ({ status: 200, headers: { 'content-type': 'application/json' }, body: '{"inboundPlanId": "wf' }), { maxAttempts: 2 });
    await expect(truncated.account.call(INBOUND, 'getInboundPlan', { path: { inboundPlanId: plan.inboundPlanId } })).rejects.toBeInstanceOf(InvalidResponseError);
    expect(apiRequests(peer.seen)).toHaveLength(2);
  });

  it('refuses unknown operations and missing parameters before sending anything', async () => {
    const { account } = setup(() => ok());
    await expect(account.call('noSuchApi', 'x')).rejects.toThrow(/Unknown SP-API API "noSuchApi"\. Known APIs: .*fulfillmentInbound_2024-03-20/);
    await expect(account.call(INBOUND, 'getPlan')).rejects.toThrow(/has no operation "getPlan"\. Its operations: .*getInboundPlan/);
    const missing = await account.call(INBOUND, 'getInboundPlan').catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(SpApiRequestError);
    expect((missing as Error).message).toMatch(/missing required parameter\(s\): inboundPlanId \(path\)/);
    expect(peer.seen).toHaveLength(0);
  });
});

describe('request log', () => {
  it('logs operation, status, request id and attempt, and never a token or personal data', async () => {
    const { account, logs } = setup(() => ({ status: 400, headers: { 'x-amzn-requestid': 'req-9' }, body: { errors: [{ code: 'InvalidInput', message: 'Bad phone +1 206-555-0100 for ann@example.com' }] } }));
    await account.call(INBOUND, 'createInboundPlan', { body: createBody }).catch(() => undefined);
    const entry = logs.find((l) => l.operationId === 'createInboundPlan');
    expect(entry).toMatchObject({ operation: `${INBOUND}.createInboundPlan`, status: 400, requestId: 'req-9', attempt: 1, outcome: 'error' });
    const text = JSON.stringify(logs);
    for (const secret of ['Atza|', 'Atzr|', 'amzn1.oa2-cs', 'ann@example.com', '555-0100', 'Ann Packer']) expect(text).not.toContain(secret);
  });
});

describe(`requests sent in this file (${conformanceLabel()})`, () => {
  it('all conform to the official models', () => {
    expect(conformance.failures).toEqual([]);
    if (conformance.unchecked > 0) console.warn(`${conformance.unchecked} request(s) not checked: model absent`);
  });
});
