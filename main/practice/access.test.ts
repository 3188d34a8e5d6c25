import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { conformanceLabel } from '../../test/support/spapi-models';
import type { ManualClock } from './clock';
import { PRACTICE_SELLER, PRACTICE_VENDOR } from './practice-accounts';
import type { PracticeMarketplace } from './practice-marketplace';
import { PracticeCaller } from './test-support/practice-caller';
import { closePracticeSession, openPracticeSession } from './test-support/practice-session';

const PARTICIPATIONS = 'sellers.getMarketplaceParticipations';
const RDT = 'tokens_2021-03-01.createRestrictedDataToken';
const DF_ORDER = 'vendorDirectFulfillmentOrders_2021-12-28.getOrder';

describe(`practice marketplace access: LWA, tokens, limits (${conformanceLabel()})`, () => {
  let market: PracticeMarketplace;
  let clock: ManualClock;
  let seller: PracticeCaller;

  beforeEach(async () => {
    ({ market, clock, caller: seller } = await openPracticeSession(PRACTICE_SELLER, '2026-03-02T08:00:00Z', { seed: 7, tokenLifetimeSec: 60, rdtLifetimeSec: 30, enforceRateLimits: true, login: false }));
  });
  afterEach(() => closePracticeSession(market, seller));

  it('issues access tokens for the practice credentials and refuses an unknown client like LWA', async () => {
    const ok = await seller.login();
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ token_type: 'bearer', expires_in: 60 });
    expect(String(ok.body.access_token)).toMatch(/^Atza\|/);

    const stranger = new PracticeCaller(market, { ...PRACTICE_SELLER, clientId: 'amzn1.application-oa2-client.unknown' });
    const refused = await stranger.login();
    expect(refused.status).toBe(401);
    expect(refused.body.error).toBe('invalid_client');

    const wrongToken = new PracticeCaller(market, { ...PRACTICE_SELLER, refreshToken: PRACTICE_VENDOR.refreshToken });
    const badGrant = await wrongToken.login();
    expect(badGrant.status).toBe(400);
    expect(badGrant.body.error).toBe('invalid_grant');
  });

  it('answers with the marketplace participations, a request id and the rate limit header', async () => {
    await seller.login();
    const res = await seller.call<{ payload: { marketplace: { id: string } }[] }>(PARTICIPATIONS);
    expect(res.status).toBe(200);
    expect(res.body.payload.map((p) => p.marketplace.id)).toEqual(['ATVPDKIKX0DER']);
    expect(res.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('x-amzn-ratelimit-limit')).toBe('0.016');
  });

  it('refuses an expired access token with 403 until the client logs in again', async () => {
    await seller.login();
    expect((await seller.call(PARTICIPATIONS)).status).toBe(200);
    clock.advance(61_000);
    const expired = await seller.call<{ errors: { code: string; message: string }[] }>(PARTICIPATIONS);
    expect(expired.status).toBe(403);
    expect(expired.body.errors[0]).toMatchObject({ code: 'Unauthorized', message: 'The access token you provided has expired.' });
    await seller.login();
    expect((await seller.call(PARTICIPATIONS)).status).toBe(200);
  });

  it('refuses a request without a token in Amazon error shape', async () => {
    const res = await seller.call<{ errors: { code: string }[] }>(PARTICIPATIONS, { token: null });
    expect(res.status).toBe(403);
    expect(res.body.errors[0]?.code).toBe('Unauthorized');
  });

  it('throttles beyond the official burst with 429 QuotaExceeded and refills at the official rate', async () => {
    await seller.login();
    const body = { restrictedResources: [{ method: 'GET', path: '/vendor/directFulfillment/orders/2021-12-28/purchaseOrders' }] };
    // createRestrictedDataToken: rate 1/s, burst 10.
    for (let i = 0; i < 10; i += 1) expect((await seller.call(RDT, { body })).status).toBe(200);
    const throttled = await seller.call<{ errors: { code: string }[] }>(RDT, { body });
    expect(throttled.status).toBe(429);
    expect(throttled.body.errors[0]?.code).toBe('QuotaExceeded');
    expect(throttled.headers.get('x-amzn-ratelimit-limit')).toBe('1');
    clock.advance(1000);
    expect((await seller.call(RDT, { body })).status).toBe(200);
    expect((await seller.call(RDT, { body })).status).toBe(429);
  });

  it('keeps rate limits apart per account', async () => {
    const vendor = new PracticeCaller(market, PRACTICE_VENDOR);
    await seller.login();
    await vendor.login();
    const body = { restrictedResources: [{ method: 'GET', path: '/vendor/directFulfillment/orders/2021-12-28/purchaseOrders' }] };
    for (let i = 0; i < 10; i += 1) await seller.call(RDT, { body });
    expect((await seller.call(RDT, { body })).status).toBe(429);
    expect((await vendor.call(RDT, { body })).status).toBe(200);
    expect(vendor.conformanceFailures).toEqual([]);
  });

  it('requires a restricted data token for the exact restricted path, which expires', async () => {
    const vendor = new PracticeCaller(market, PRACTICE_VENDOR);
    await vendor.login();
    const po = market.inspect.dfOrders()[0]?.purchaseOrderNumber ?? '';
    const orderPath = { purchaseOrderNumber: po };
    const plain = await vendor.call<{ errors: { code: string; details: string }[] }>(DF_ORDER, { path: orderPath });
    expect(plain.status).toBe(403);
    expect(plain.body.errors[0]?.details).toContain('Restricted Data Token');

    const other = await vendor.call<{ restrictedDataToken: string; expiresIn: number }>(RDT, {
      body: { restrictedResources: [{ method: 'GET', path: '/vendor/directFulfillment/orders/2021-12-28/purchaseOrders/OTHER123' }] },
    });
    expect(other.body.expiresIn).toBe(30);
    const wrongPath = await vendor.call<{ errors: { details: string }[] }>(DF_ORDER, { path: orderPath, token: other.body.restrictedDataToken });
    expect(wrongPath.status).toBe(403);
    expect(wrongPath.body.errors[0]?.details).toContain('Restricted Data Token');

    const right = await vendor.call<{ restrictedDataToken: string }>(RDT, {
      body: { restrictedResources: [{ method: 'GET', path: `/vendor/directFulfillment/orders/2021-12-28/purchaseOrders/${po}` }] },
    });
    const rdt = right.body.restrictedDataToken;
    const allowed = await vendor.call<{ purchaseOrderNumber: string }>(DF_ORDER, { path: orderPath, token: rdt });
    expect(allowed.status).toBe(200);
    expect(allowed.body.purchaseOrderNumber).toBe(po);

    // An RDT opens only its restricted resources, not ordinary operations.
    const misuse = await vendor.call(PARTICIPATIONS, { token: rdt });
    expect(misuse.status).toBe(403);

    clock.advance(31_000);
    const expired = await vendor.call<{ errors: { message: string }[] }>(DF_ORDER, { path: orderPath, token: rdt });
    expect(expired.status).toBe(403);
    expect(expired.body.errors[0]?.message).toBe('The access token you provided has expired.');
    expect(vendor.conformanceFailures).toEqual([]);
  });

  it('rejects a malformed restricted data token request with a message naming the field', async () => {
    await seller.login();
    const res = await seller.call<{ errors: { code: string; message: string }[] }>(RDT, {
      body: { restrictedResources: [{ method: 'FETCH', path: 'vendor' }] },
      invalidOnPurpose: true,
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]?.code).toBe('InvalidInput');
    expect(res.body.errors[0]?.message).toContain('restrictedResources.0.method');
    expect(res.body.errors[0]?.message).toContain('restrictedResources.0.path');
  });

  it('answers unknown paths and wrong methods in Amazon error shape', async () => {
    const token = (await seller.login()).body.access_token as string;
    const unknown = await fetch(`${market.baseUrl}/inbound/fba/2024-03-20/nowhere`, { headers: { 'x-amz-access-token': token } });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { errors: { message: string }[] }).errors[0]?.message).toContain('No Selling Partner API operation matches GET');
    const wrongMethod = await fetch(`${market.baseUrl}/inbound/fba/2024-03-20/inboundPlans`, { method: 'DELETE', headers: { 'x-amz-access-token': token } });
    expect(wrongMethod.status).toBe(405);
    expect(((await wrongMethod.json()) as { errors: { message: string }[] }).errors[0]?.message).toContain('accepts');
    expect(wrongMethod.headers.get('x-amzn-requestid')).toBeTruthy();
    const badJson = await fetch(`${market.baseUrl}/inbound/fba/2024-03-20/inboundPlans`, { method: 'POST', body: '{"items": [', headers: { 'x-amz-access-token': token } });
    expect(badJson.status).toBe(400);
    expect(((await badJson.json()) as { errors: { message: string }[] }).errors[0]?.message).toContain('not valid JSON');
  });
});
