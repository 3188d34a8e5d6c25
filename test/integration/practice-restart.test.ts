import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPracticeMarketplace, type PracticeMarketplace } from '../../main/practice/practice-marketplace';
import { lightItems, packFirstFlow, type FlowStation } from '../support/inbound-flows';
import { practiceStation, type PracticeStation } from '../support/practice-station';
import { tempDir } from '../support/temp-dir';

const INBOUND = 'fulfillmentInbound_2024-03-20';

describe('a station whose practice marketplace restarts between every step', () => {
  const stateDir = tempDir('packbench-practice-restart-');
  const statePath = join(stateDir.path, 'practice-marketplace.json');
  let t: PracticeStation;
  let market: PracticeMarketplace;
  let restarts = 0;

  beforeAll(async () => {
    t = await practiceStation({ statePath });
    market = t.market;
  });
  afterAll(async () => {
    await t?.close();
    if (market !== t?.market) await market?.close();
    stateDir.cleanup();
  });

  it('finishes a pack-first plan with one plan, every box and every confirmation once on the marketplace', async () => {
    const port = Number(new URL(t.market.baseUrl).port);
    // Every step's changes are sent, then the marketplace process is replaced by a new one on the same port and state
    // file before the station syncs the next step: operations, options, boxes and tokens must all come back.
    const restarting: FlowStation = {
      ...t,
      settle: async (maxMs) => {
        await t.settle(maxMs);
        await market.close();
        market = await startPracticeMarketplace({ seed: t.market.seed, port, statePath, asyncDelayMs: 10, enforceRateLimits: true });
        restarts++;
      },
    };
    const outcome = await packFirstFlow(restarting, lightItems(t.market.catalogue, 6), 4, 3);
    await t.settle();
    expect(restarts).toBeGreaterThanOrEqual(5);
    expect(outcome.plan.step).toBe('tracking');

    const state = market.inspect.state();
    expect(market.seed).toBe(t.market.seed);
    expect(state.plans).toHaveLength(1);
    const plan = state.plans[0]!;
    expect(plan.inboundPlanId).toBe(outcome.plan.amazonPlanId);
    expect(plan.boxes).toHaveLength(outcome.boxes);
    expect(plan.boxes.reduce((n, b) => n + b.items.reduce((m, i) => m + i.quantity, 0), 0)).toBe(6 * 4);
    expect(plan.shipments.flatMap((s) => s.tracking)).toHaveLength(outcome.boxes);
    expect(plan.counts).toMatchObject({ packingOptionConfirmations: 1, packingInformationSets: 1, placementConfirmations: 1, transportationConfirmations: 1 });
    expect(state.callCounts[`${INBOUND}.createInboundPlan`]).toBe(1);
    expect(state.callCounts[`${INBOUND}.setPackingInformation`]).toBe(1);
    expect(state.internalErrors).toEqual([]);
  });
});
