/**
 * Vendor DF, retail ASN and MCF flows driven purely through the SP-API client's typed wrappers against the practice
 * marketplace, first on a clean network and then under the chaos profile, where every write whose outcome the client
 * reports as unknown is looked up before it is sent again. The marketplace must hold each submission once.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { SpApiClient, type AccountClient, type SpApiLogEntry } from '../../main/spapi';
import { manualClock } from '../../main/practice/clock';
import { CHAOS_PROFILE, type FaultProfile } from '../../main/practice/faults';
import { PRACTICE_SELLER, PRACTICE_VENDOR, type PracticeAccount } from '../../main/practice/practice-accounts';
import { startPracticeMarketplace, type PracticeMarketplace } from '../../main/practice/practice-marketplace';
import { conformanceLabel, requestConformance, responseConformance } from '../support/spapi-models';
import { dfOrderFlow, mcfOrderFlow, retailAsnFlow, type FlowContext } from '../support/vendor-client-flows';

const DELAY_MS = 1500;
const CHAOS: FaultProfile = { ...CHAOS_PROFILE, slowReplyMs: 300 };
const opened: PracticeMarketplace[] = [];

afterAll(async () => {
  await Promise.all(opened.map((m) => m.close()));
});

async function setup(seed: number, faults: FaultProfile | null) {
  // A manual marketplace clock moves transactions and MCF orders along without waiting; rate limits need real time.
  const clock = manualClock(Date.parse('2026-08-03T09:00:00Z'));
  const market = await startPracticeMarketplace({ seed, clock, asyncDelayMs: DELAY_MS, enforceRateLimits: false, tokenLifetimeSec: 86_400, faults });
  opened.push(market);
  const requests = requestConformance();
  const responses = responseConformance();
  const log: SpApiLogEntry[] = [];
  const client = new SpApiClient({
    retry: { maxAttempts: 6, baseDelayMs: 10, maxDelayMs: 100 },
    timeouts: { responseMs: 1000, requestMs: 3000 },
    onRequest: (r) => requests.onRequest(r),
    onResponse: (r) => responses.onResponse(r),
    logger: (e) => log.push(e),
  });
  const account = (a: PracticeAccount): AccountClient =>
    client.forAccount({ id: a.accountId, region: 'NA', environment: 'production', lwaClientId: a.clientId, lwaClientSecret: a.clientSecret, refreshToken: a.refreshToken, baseUrl: market.baseUrl, lwaTokenUrl: market.lwaUrl });
  const ctx: FlowContext = { market, clock, delayMs: DELAY_MS, log: { ambiguous: [] } };
  return { market, ctx, vendor: account(PRACTICE_VENDOR), seller: account(PRACTICE_SELLER), requests, responses, log };
}

type Setup = Awaited<ReturnType<typeof setup>>;

function expectConformance(s: Setup): void {
  expect(s.requests.failures).toEqual([]);
  // A truncated reply is the injected fault itself; every reply that arrived whole must match the model.
  expect(s.responses.failures.filter((f) => !f.endsWith('reply is not JSON'))).toEqual([]);
  expect(s.market.inspect.internalErrors()).toEqual([]);
}

const call = (s: Setup, key: string) => s.market.inspect.callCount(key);

async function runAll(s: Setup) {
  const df = await dfOrderFlow(s.ctx, s.vendor);
  const retail = await retailAsnFlow(s.ctx, s.vendor, 'ASN-20260803-01');
  const mcf = await mcfOrderFlow(s.ctx, s.seller, 'MCF-2001');
  return { df, retail, mcf };
}

function expectFlowsDone({ df, retail, mcf }: Awaited<ReturnType<typeof runAll>>): void {
  expect(df.statuses.every((st) => st === 'Success' || st === 'Reconciled')).toBe(true);
  expect(df.label.labelData[0]?.content.length).toBeGreaterThan(100);
  expect(df.trackingNumber).toMatch(/^1Z/);
  expect(df.finalStatus).toBe('SHIPPED');
  expect(retail.transportStatus.status).toMatch(/^(Success|Reconciled)$/);
  expect(retail.asnStatus.status).toMatch(/^(Success|Reconciled)$/);
  expect(retail.shipmentStatus).toBe('CarrierAssigned');
  expect(mcf.preview?.isFulfillable).toBe(true);
  expect(mcf.received).toBe('Received');
  expect(mcf.final).toBe('Complete');
  expect(mcf.tracking?.trackingNumber).toBe(mcf.pkg?.trackingNumber);
}

describe(`Vendor and MCF flows purely through the client against the practice marketplace (${conformanceLabel()})`, () => {
  it('a DF order from label request to confirmation, a retail ASN with its transport request, and an MCF order to tracking', async () => {
    const s = await setup(31, null);
    const flows = await runAll(s);
    expectFlowsDone(flows);
    expect(flows.df.statuses).toEqual(['Success', 'Success', 'Success']);
    expect(s.ctx.log.ambiguous).toEqual([]);
    expect(s.market.inspect.dfCounts()).toEqual({ acknowledgements: 1, labelRequests: 1, shipmentConfirmations: 1, statusUpdates: 0 });
    expect(s.market.inspect.asnShipmentIds()).toEqual(['ASN-20260803-01']);
    expectConformance(s);
  }, 60_000);

  it('under the chaos profile the same flows finish, and every submission took effect exactly once', async () => {
    const s = await setup(32, CHAOS);
    const flows = await runAll(s);
    expectFlowsDone(flows);
    expect(s.market.inspect.faults().length).toBeGreaterThan(0);
    // The calls go one after another, so the seed fixes which meet a fault: here a write's reply is lost after processing.
    expect(s.ctx.log.ambiguous.length).toBeGreaterThan(0);
    expect(s.market.inspect.dfCounts()).toEqual({ acknowledgements: 1, labelRequests: 1, shipmentConfirmations: 1, statusUpdates: 0 });
    expect(s.market.inspect.asnShipmentIds()).toEqual(['ASN-20260803-01']);
    // Writes reach the marketplace once, unless a lost reply left no way to look them up (an ASN is re-sent and refused).
    expect(call(s, 'vendorDirectFulfillmentOrders_2021-12-28.submitAcknowledgement')).toBe(1);
    expect(call(s, 'vendorDirectFulfillmentShipping_2021-12-28.submitShippingLabelRequest')).toBe(1);
    expect(call(s, 'vendorDirectFulfillmentShipping_2021-12-28.submitShipmentConfirmations')).toBe(1);
    expect(call(s, 'vendorShipments.SubmitShipments')).toBe(1);
    expect(call(s, 'fulfillmentOutbound_2020-07-01.createFulfillmentOrder')).toBe(1);
    const asnSends = call(s, 'vendorShipments.SubmitShipmentConfirmations');
    expect(asnSends).toBe(1 + s.ctx.log.ambiguous.filter((a) => a === 'SubmitShipmentConfirmations').length);
    // Only writes are ever reported ambiguous: reads are retried by the client itself.
    for (const entry of s.log.filter((e) => e.outcome === 'ambiguous')) expect(['POST', 'PUT', 'PATCH']).toContain(entry.method);
    expectConformance(s);
  }, 120_000);
});
