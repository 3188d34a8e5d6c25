import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SpApiClient } from './client';
import { virtualClock } from './timing';
import { startHttpPeer, type HttpPeer, type PeerHandler } from '../../test/support/http-peer';
import { TEST_ACCOUNT_SECRETS, apiRequests, withAuth } from '../../test/support/auth-peer';
import { conformanceLabel, requestConformance } from '../../test/support/spapi-models';

const API = 'vendorDirectFulfillmentShipping_2021-12-28';
const conformance = requestConformance();
let peer: HttpPeer;
beforeAll(async () => {
  peer = await startHttpPeer();
});
afterAll(async () => {
  await peer.close();
});

function setup(api: PeerHandler, rdtLifetimeSeconds = 3600) {
  peer.seen.length = 0;
  const auth = withAuth(api, { rdtLifetimeSeconds });
  peer.handle(auth.handler);
  const clock = virtualClock();
  const client = new SpApiClient({ clock, random: () => 0, onRequest: (r) => conformance.onRequest(r) });
  const account = client.forAccount({ id: 'v1', region: 'NA', environment: 'production', ...TEST_ACCOUNT_SECRETS, baseUrl: peer.url, lwaTokenUrl: `${peer.url}/auth/o2/token` });
  return { state: auth.state, clock, client, account };
}

const label = { purchaseOrderNumber: 'PO1', sellingParty: { partyId: 'V1' }, shipFromParty: { partyId: 'WH1' }, labelFormat: 'ZPL', labelData: [{ content: '^XA^XZ' }] };

describe('restricted data tokens', () => {
  it('are renewed when their lifetime runs out', async () => {
    const { state, clock, account } = setup(() => ({ status: 200, body: label }), 300);
    await account.call(API, 'getShippingLabel', { path: { purchaseOrderNumber: 'PO1' } });
    clock.advance(200_000); // 100 s left: still more than the one-minute margin
    await account.call(API, 'getShippingLabel', { path: { purchaseOrderNumber: 'PO1' } });
    clock.advance(60_000);
    await account.call(API, 'getShippingLabel', { path: { purchaseOrderNumber: 'PO1' } });
    expect(state.rdts.map((r) => r.token)).toEqual(['Atz.sprdt|rdt-1', 'Atz.sprdt|rdt-2']);
  });

  it('are replaced once when Amazon rejects them, for createShippingLabels too', async () => {
    const { state, client, account } = setup((r) =>
      r.headers['x-amz-access-token'] === 'Atz.sprdt|rdt-1'
        ? { status: 403, body: { errors: [{ code: 'Unauthorized', message: 'Access to requested resource is denied.', details: 'The Restricted Data Token you provided is invalid.' }] } }
        : { status: 200, body: label },
    );
    const result = await account.call(API, 'createShippingLabels', {
      path: { purchaseOrderNumber: 'PO1' },
      body: { sellingParty: { partyId: 'V1' }, shipFromParty: { partyId: 'WH1' } },
    });
    expect(result.body).toEqual(label);
    expect(state.rdts.map((r) => r.resources)).toEqual([
      [{ method: 'POST', path: '/vendor/directFulfillment/shipping/2021-12-28/shippingLabels/PO1' }],
      [{ method: 'POST', path: '/vendor/directFulfillment/shipping/2021-12-28/shippingLabels/PO1' }],
    ]);
    expect(apiRequests(peer.seen).map((r) => r.headers['x-amz-access-token'])).toEqual(['Atz.sprdt|rdt-1', 'Atz.sprdt|rdt-2']);
    expect(client.rdt.size).toBe(1);
  });

  it('share one Tokens API call between concurrent callers of the same path', async () => {
    const { state, account } = setup(() => ({ status: 200, body: { purchaseOrderNumber: 'PO1', content: 'JVBERi0=' } }));
    await Promise.all([1, 2, 3].map(() => account.call(API, 'getPackingSlip', { path: { purchaseOrderNumber: 'PO1' } })));
    expect(state.rdts).toHaveLength(1);
  });
});

describe('LWA token endpoint failures', () => {
  it('retries a 500 from Login with Amazon, then reports an LwaError when it keeps failing', async () => {
    peer.seen.length = 0;
    let tokenCalls = 0;
    peer.handle((r) => {
      if (r.path === '/auth/o2/token') {
        tokenCalls++;
        return { status: 500, body: { error: 'server_error', error_description: 'try again' } };
      }
      return { status: 200, body: {} };
    });
    const client = new SpApiClient({ clock: virtualClock(), random: () => 0, retry: { maxAttempts: 3 } });
    const account = client.forAccount({ id: 'l', region: 'NA', environment: 'production', ...TEST_ACCOUNT_SECRETS, baseUrl: peer.url, lwaTokenUrl: `${peer.url}/auth/o2/token` });
    await expect(account.call('sellers', 'getMarketplaceParticipations')).rejects.toMatchObject({ kind: 'lwa', status: 500, error: 'server_error' });
    expect(tokenCalls).toBe(3);
    expect(apiRequests(peer.seen)).toHaveLength(0);
  });
});

describe(`requests sent in this file (${conformanceLabel()})`, () => {
  it('all conform to the official models', () => {
    expect(conformance.failures).toEqual([]);
  });
});
