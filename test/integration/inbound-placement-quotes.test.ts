import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { practiceStation, type PracticeStation } from '../support/practice-station';
import { FaultProxy } from '../support/fault-proxy';
import { Elsewhere } from '../support/elsewhere';
import { packFirstPlan, packPlan } from '../support/conflict-flows';
import { AmbiguousFailureError } from '../../main/spapi/errors';
import type { SpApiLogEntry } from '../../main/spapi/client-types';

let t: PracticeStation;
let proxy: FaultProxy;

beforeAll(async () => {
  t = await practiceStation();
  proxy = await FaultProxy.start(t.market.baseUrl);
});
afterAll(async () => {
  await proxy?.close();
  await t?.close();
});

/** The station's SP-API calls that got an answer, in order, from the `from`-th log line on. */
function stationCalls(from: number): string[] {
  return t.logLines
    .slice(from)
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as SpApiLogEntry)
    .filter((e) => e.outcome === 'ok')
    .map((e) => e.operationId);
}

describe('confirmPlacement re-checks that every offered placement option is quoted', () => {
  it('after a generation repeated behind a lost reply replaced the options, the confirmation quotes the new ones first, then confirms once', async () => {
    const { plan } = await packFirstPlan(t, 'Quotes before placement');
    await packPlan(t, plan.id, 9);
    t.station.plans.submitPacking(plan.id);
    await t.settle();
    const quoted = t.station.plans.get(plan.id).placementOptions.map((o) => o.placementOptionId).sort();

    // Elsewhere, generatePlacementOptions is processed but its reply is lost; the caller, not knowing, generates again.
    const elsewhere = new Elsewhere({ baseUrl: proxy.baseUrl, lwaUrl: t.market.lwaUrl });
    proxy.loseReply('POST', /\/placementOptions$/, 'drop');
    await expect(elsewhere.call('generatePlacementOptions', { inboundPlanId: plan.amazonPlanId! }, {})).rejects.toBeInstanceOf(AmbiguousFailureError);
    expect(proxy.lost).toBe(1);
    await elsewhere.run('generatePlacementOptions', { inboundPlanId: plan.amazonPlanId! }, {});
    const listed = await elsewhere.placementOptionIds(plan.amazonPlanId!);
    expect(listed.filter((id) => quoted.includes(id))).toEqual([]);

    // Nothing was chosen: the new option ids merge into the station's copy; their quotes are not there yet.
    const check = await t.station.conflicts.check(plan.id);
    expect(check.conflicts).toEqual([]);
    expect(check.merged).toContain('placementOptions');
    let current = t.station.plans.get(plan.id);
    expect(current.placementOptions.map((o) => o.placementOptionId).sort()).toEqual(listed);
    expect(current.transportationOptions).toEqual([]);

    const from = t.logLines.length;
    const chosen = current.placementOptions[0]!;
    t.station.plans.choosePlacement(plan.id, chosen.placementOptionId);
    await t.settle();

    const calls = stationCalls(from);
    const confirmAt = calls.indexOf('confirmPlacementOption');
    expect(calls.filter((c) => c === 'confirmPlacementOption')).toHaveLength(1);
    const before = calls.slice(0, confirmAt);
    // Every listed option had its transportation options generated, and every shipment its delivery windows, before.
    expect(before.filter((c) => c === 'generateTransportationOptions')).toHaveLength(listed.length);
    const shipments = current.placementOptions.reduce((n, o) => n + o.shipmentIds.length, 0);
    expect(before.filter((c) => c === 'generateDeliveryWindowOptions')).toHaveLength(shipments);
    expect(calls.slice(confirmAt).filter((c) => c.startsWith('generate'))).toEqual([]);

    current = t.station.plans.get(plan.id);
    expect(current.placementOptionId).toBe(chosen.placementOptionId);
    expect(current.step).toBe('transport');
    const inspection = t.market.inspect.plans().find((p) => p.inboundPlanId === plan.amazonPlanId)!;
    expect(inspection.counts.placementConfirmations).toBe(1);
    expect(inspection.shipments.map((s) => s.shipmentId).sort()).toEqual([...chosen.shipmentIds].sort());
    expect(t.station.outbox.forEntity(`plan:${plan.id}`).find((e) => e.op === 'inbound.confirmPlacement')?.state).toBe('done');
  }, 120_000);
});
