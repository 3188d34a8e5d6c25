/**
 * The inbound flows under the chaos profile: a quarter of all SP-API requests meet a fault (429, 500, 503, dropped
 * connections, timeouts, truncated JSON, slow replies), half of them after the practice marketplace has already acted
 * on the request. The station's services and outbox must still finish each flow, and the marketplace must hold exactly
 * one plan, one box set and one of each confirmation: a write whose outcome was unknown is reconciled, never re-sent.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { CHAOS_PROFILE, type FaultProfile } from '../../main/practice/faults';
import type { SpApiLogEntry } from '../../main/spapi';
import { practiceStation, type PracticeStation } from '../support/practice-station';
import { lightItems, packFirstFlow, placeFirstFlow } from '../support/inbound-flows';
import { conformanceLabel } from '../support/spapi-models';
import { marketplaceProxy, type MarketplaceProxy } from '../support/marketplace-proxy';

const INBOUND = 'fulfillmentInbound_2024-03-20';
/** The chaos profile with replies delayed less than the client's response timeout, so `slow` stays slow, not lost. */
const CHAOS: FaultProfile = { ...CHAOS_PROFILE, slowReplyMs: 300 };
const SETTLE_MS = 180_000;

interface Run {
  t: PracticeStation;
  log: SpApiLogEntry[];
}
const runs: Run[] = [];
const proxies: MarketplaceProxy[] = [];

async function chaosStation(seed: number, faults: FaultProfile | null = CHAOS): Promise<Run> {
  const log: SpApiLogEntry[] = [];
  const t = await practiceStation(
    { seed, asyncDelayMs: 10, faults, enforceRateLimits: true },
    // A timed-out request is given up after a second; retries stay quick so the test runs in seconds, not minutes.
    { timeouts: { responseMs: 1000, requestMs: 3000 }, retry: { maxAttempts: 6, baseDelayMs: 10, maxDelayMs: 100 }, logger: (entry) => log.push(entry) },
  );
  const run = { t, log };
  runs.push(run);
  return run;
}

afterAll(async () => {
  await Promise.all(proxies.map((p) => p.close()));
  await Promise.all(runs.map((r) => r.t.close()));
});

const calls = (t: PracticeStation, operationId: string) => t.market.inspect.callCount(`${INBOUND}.${operationId}`);

function expectConformance(t: PracticeStation): void {
  expect(t.requests.failures).toEqual([]);
  // A truncated reply is the fault itself; every reply that arrived whole must match the model.
  expect(t.responses.failures.filter((f) => !f.endsWith('reply is not JSON'))).toEqual([]);
}

function expectFaultShare(t: PracticeStation): void {
  const sent = t.requests.checked + t.requests.unchecked;
  const faults = t.market.inspect.faults();
  expect(CHAOS.percent).toBeGreaterThanOrEqual(20);
  // 25 % nominal; a share far below it would mean the profile never reached the wire.
  expect(faults.length / sent).toBeGreaterThan(0.12);
  expect(new Set(faults.map((f) => f.kind)).size).toBeGreaterThanOrEqual(4);
}

describe(`inbound flows under the chaos profile, through the station and its outbox (${conformanceLabel()})`, () => {
  it('pack first finishes with one plan, one box set and one of each confirmation on the marketplace', async () => {
    const { t } = await chaosStation(7001);
    const items = lightItems(t.market.catalogue, 6);
    const outcome = await packFirstFlow(t, items, 12, 12, SETTLE_MS);
    const { plan } = outcome;

    expect(plan.step).toBe('tracking');
    expect(plan.confirmationIds).toHaveLength(outcome.shipmentIds.length);
    expect(plan.boxes.every((b) => b.amazonBoxId !== null)).toBe(true);

    const remote = t.market.inspect.plans();
    expect(remote).toHaveLength(1);
    expect(remote[0]!.inboundPlanId).toBe(plan.amazonPlanId);
    expect(remote[0]!.boxes).toBe(outcome.boxes);
    expect(remote[0]!.shipments.flatMap((s) => s.boxIds).sort()).toEqual(plan.boxes.map((b) => b.amazonBoxId).sort());
    expect(remote[0]!.counts).toEqual({ packingOptionConfirmations: 1, packingInformationSets: 1, placementConfirmations: 1, transportationConfirmations: 1, contentUpdateConfirmations: 0 });
    expect(calls(t, 'createInboundPlan')).toBe(1);
    expect(calls(t, 'confirmPackingOption')).toBe(1);
    expect(calls(t, 'setPackingInformation')).toBe(1);
    expect(calls(t, 'confirmPlacementOption')).toBe(1);
    expect(calls(t, 'confirmTransportationOptions')).toBe(1);
    expect(calls(t, 'confirmDeliveryWindowOptions')).toBe(outcome.shipmentIds.length);
    expect(calls(t, 'updateShipmentTrackingDetails')).toBe(outcome.shipmentIds.length);

    expectFaultShare(t);
    expectConformance(t);
  }, SETTLE_MS * 2);

  it('place first (LTL) finishes with one plan, one box set per shipment and one of each confirmation', async () => {
    const { t } = await chaosStation(7002);
    const items = lightItems(t.market.catalogue, 4);
    const outcome = await placeFirstFlow(t, items, SETTLE_MS);
    const { plan } = outcome;

    expect(plan.step).toBe('tracking');
    expect(plan.confirmationIds).toHaveLength(outcome.shipmentIds.length);

    const remote = t.market.inspect.plans();
    expect(remote).toHaveLength(1);
    expect(remote[0]!.flow).toBe('PLACE_FIRST');
    expect(remote[0]!.boxes).toBe(outcome.boxes);
    // The station sends every shipment's boxes in one setPackingInformation, and it took effect once.
    expect(remote[0]!.counts).toEqual({ packingOptionConfirmations: 0, packingInformationSets: 1, placementConfirmations: 1, transportationConfirmations: 1, contentUpdateConfirmations: 0 });
    expect(calls(t, 'createInboundPlan')).toBe(1);
    expect(calls(t, 'setPackingInformation')).toBe(1);
    expect(calls(t, 'confirmPlacementOption')).toBe(1);
    expect(calls(t, 'confirmTransportationOptions')).toBe(1);
    expect(calls(t, 'updateShipmentTrackingDetails')).toBe(outcome.shipmentIds.length);

    expectFaultShare(t);
    expectConformance(t);
  }, SETTLE_MS * 2);

  it('a lost reply to each kind of write of both flows is reconciled, never answered by a second send', async () => {
    const { t, log } = await chaosStation(7003, null);
    const proxy = await marketplaceProxy(t.market.baseUrl, { loseWriteReplies: true });
    proxies.push(proxy);
    t.routeSpApiThrough(proxy.url);

    const packFirst = await packFirstFlow(t, lightItems(t.market.catalogue, 5), 12, 12, SETTLE_MS);
    const placeFirst = await placeFirstFlow(t, lightItems(t.market.catalogue, 9).slice(5), SETTLE_MS);
    expect(packFirst.plan.step).toBe('tracking');
    expect(placeFirst.plan.step).toBe('tracking');

    const struckOps = new Set(proxy.struck.map((s) => s.operationId));
    // Every kind of write the flows make lost its reply at least once.
    for (const operationId of [
      'createInboundPlan', 'generatePackingOptions', 'confirmPackingOption', 'setPackingInformation', 'generatePlacementOptions',
      'generateTransportationOptions', 'confirmPlacementOption', 'confirmDeliveryWindowOptions', 'confirmTransportationOptions', 'updateShipmentTrackingDetails',
    ]) {
      expect(struckOps, operationId).toContain(operationId);
    }
    expect(new Set(proxy.struck.map((s) => s.kind))).toEqual(new Set(['drop', 'serverError', 'truncate', 'unavailable']));
    // The client reported each lost reply as ambiguous instead of re-sending on its own.
    expect(log.filter((e) => e.outcome === 'ambiguous')).toHaveLength(proxy.struck.length);

    const remote = t.market.inspect.plans();
    expect(remote).toHaveLength(2);
    const pf = remote.find((p) => p.inboundPlanId === packFirst.plan.amazonPlanId)!;
    const lf = remote.find((p) => p.inboundPlanId === placeFirst.plan.amazonPlanId)!;
    expect(pf.counts).toEqual({ packingOptionConfirmations: 1, packingInformationSets: 1, placementConfirmations: 1, transportationConfirmations: 1, contentUpdateConfirmations: 0 });
    expect(lf.counts).toEqual({ packingOptionConfirmations: 0, packingInformationSets: 1, placementConfirmations: 1, transportationConfirmations: 1, contentUpdateConfirmations: 0 });
    expect(pf.boxes).toBe(packFirst.boxes);
    expect(lf.boxes).toBe(placeFirst.boxes);
    expect(calls(t, 'createInboundPlan')).toBe(2);
    expect(calls(t, 'setPackingInformation')).toBe(2);
    expect(calls(t, 'confirmPlacementOption')).toBe(2);
    expect(calls(t, 'confirmTransportationOptions')).toBe(2);
    const windows = [packFirst, placeFirst].flatMap((f) => f.plan.shipments.filter((s) => s.placementOptionId === f.plan.placementOptionId && s.deliveryWindowOptionId));
    expect(calls(t, 'confirmDeliveryWindowOptions')).toBe(windows.length);
    expect(calls(t, 'updateShipmentTrackingDetails')).toBe(packFirst.shipmentIds.length + placeFirst.shipmentIds.length);
    expectConformance(t);
  }, SETTLE_MS * 2);
});
