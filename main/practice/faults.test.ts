import { afterEach, describe, expect, it } from 'vitest';
import { FaultPlanner, validateFaultProfile, type FaultProfile } from './faults';
import { PRACTICE_SELLER } from './practice-accounts';
import { startPracticeMarketplace, type PracticeMarketplace } from './practice-marketplace';
import { itemInputOf, op, pickItems, SOURCE_ADDRESS } from './test-support/inbound-steps';

const EVERY_KIND: FaultProfile = {
  percent: 30,
  kinds: { throttle: 1, serverError: 1, unavailable: 1, drop: 1, timeout: 1, truncate: 1, slow: 1 },
  afterProcessingPercent: 50,
  slowReplyMs: 20,
};

const opened: PracticeMarketplace[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((m) => m.close()));
});

async function open(seed: number, faults: FaultProfile | null): Promise<{ market: PracticeMarketplace; token: string }> {
  const market = await startPracticeMarketplace({ seed, faults, enforceRateLimits: false });
  opened.push(market);
  const form = new URLSearchParams({ grant_type: 'refresh_token', client_id: PRACTICE_SELLER.clientId, client_secret: PRACTICE_SELLER.clientSecret, refresh_token: PRACTICE_SELLER.refreshToken });
  const res = await fetch(market.lwaUrl, { method: 'POST', body: form });
  return { market, token: String(((await res.json()) as { access_token: string }).access_token) };
}

/** What a client sees: a status with a parseable body, a truncated body, a dropped connection or no answer in time. */
async function outcome(url: string, init: RequestInit): Promise<string> {
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(400) });
    const text = await res.text();
    try {
      JSON.parse(text);
      return String(res.status);
    } catch {
      return `${res.status}-truncated`;
    }
  } catch (error) {
    const name = (error as Error).name;
    return name === 'TimeoutError' ? 'timeout' : 'dropped';
  }
}

describe('fault injection of the practice marketplace', () => {
  it('rejects profiles that make no sense, with the reason', () => {
    expect(() => validateFaultProfile({ percent: 120, kinds: { drop: 1 }, afterProcessingPercent: 0 })).toThrow('within 0..100');
    expect(() => validateFaultProfile({ percent: 10, kinds: {}, afterProcessingPercent: 0 })).toThrow('at least one fault kind');
    expect(() => validateFaultProfile({ percent: 10, kinds: { meteor: 1 } as FaultProfile['kinds'], afterProcessingPercent: 0 })).toThrow('Unknown fault kind "meteor"');
  });

  it('strikes at about the configured share, and only with configured kinds', () => {
    const planner = new FaultPlanner(42, { percent: 20, kinds: { serverError: 1, drop: 3 }, afterProcessingPercent: 25 });
    const decisions = Array.from({ length: 2000 }, () => planner.next());
    const struck = decisions.filter((d) => d !== null);
    expect(struck.length).toBeGreaterThan(320);
    expect(struck.length).toBeLessThan(480);
    expect(new Set(struck.map((d) => d?.kind))).toEqual(new Set(['serverError', 'drop']));
    const drops = struck.filter((d) => d?.kind === 'drop').length;
    expect(drops).toBeGreaterThan(struck.length / 2);
    const after = struck.filter((d) => d?.phase === 'after').length;
    expect(after).toBeGreaterThan(struck.length * 0.1);
    expect(after).toBeLessThan(struck.length * 0.4);
  });

  it('never throttles after processing: Amazon does not act on a request it answers 429', () => {
    const planner = new FaultPlanner(7, { percent: 100, kinds: { throttle: 1, serverError: 1 }, afterProcessingPercent: 100 });
    const decisions = Array.from({ length: 400 }, () => planner.next()!);
    expect(decisions.filter((d) => d.kind === 'throttle').length).toBeGreaterThan(100);
    expect(decisions.filter((d) => d.kind === 'throttle' && d.phase === 'after')).toEqual([]);
    expect(decisions.filter((d) => d.kind === 'serverError').every((d) => d.phase === 'after')).toBe(true);
  });

  it('gives the same faults for the same seed over real HTTP, and other faults for another seed', async () => {
    const run = async (seed: number) => {
      const { market, token } = await open(seed, EVERY_KIND);
      const seen: string[] = [];
      for (let i = 0; i < 40; i += 1) {
        seen.push(await outcome(`${market.baseUrl}/inbound/fba/2024-03-20/inboundPlans`, { headers: { 'x-amz-access-token': token } }));
      }
      return { seen, log: market.inspect.faults().map((f) => `${f.requestNumber}:${f.kind}:${f.phase}`) };
    };
    const first = await run(99);
    const second = await run(99);
    const other = await run(100);
    expect(second.seen).toEqual(first.seen);
    expect(second.log).toEqual(first.log);
    expect(other.log).not.toEqual(first.log);
    expect(first.seen.filter((s) => s !== '200').length).toBeGreaterThan(0);
    expect(new Set(first.seen)).toContain('200');
  });

  it('commits the request before an after-processing fault, and not before a before-processing one', async () => {
    const send = async (market: PracticeMarketplace, token: string) => {
      const body = JSON.stringify({ destinationMarketplaces: ['ATVPDKIKX0DER'], sourceAddress: SOURCE_ADDRESS, items: pickItems(market.catalogue, 2, false).map((c) => itemInputOf(c, 3)) });
      return outcome(`${market.baseUrl}/inbound/fba/2024-03-20/inboundPlans`, { method: 'POST', body, headers: { 'x-amz-access-token': token, 'content-type': 'application/json' } });
    };
    for (const kind of ['serverError', 'drop', 'timeout', 'truncate'] as const) {
      const after = await open(3, { percent: 100, kinds: { [kind]: 1 }, afterProcessingPercent: 100 });
      const seen = await send(after.market, after.token);
      expect(seen).not.toBe('202');
      expect(after.market.inspect.plansCreated()).toBe(1);
      expect(after.market.inspect.callCount(op('createInboundPlan'))).toBe(1);
    }
    const before = await open(3, { percent: 100, kinds: { serverError: 1 }, afterProcessingPercent: 0 });
    expect(await send(before.market, before.token)).toBe('500');
    expect(before.market.inspect.plansCreated()).toBe(0);
    before.market.setFaults(null);
    expect(await send(before.market, before.token)).toBe('202');
    expect(before.market.inspect.plansCreated()).toBe(1);
  });

  it('strikes the LWA token endpoint only when asked to, with LWA-shaped errors', async () => {
    const form = new URLSearchParams({ grant_type: 'refresh_token', client_id: PRACTICE_SELLER.clientId, client_secret: PRACTICE_SELLER.clientSecret, refresh_token: PRACTICE_SELLER.refreshToken });
    const always: FaultProfile = { percent: 100, kinds: { serverError: 1 }, afterProcessingPercent: 0 };
    const spared = await startPracticeMarketplace({ seed: 1, faults: always });
    opened.push(spared);
    expect((await fetch(spared.lwaUrl, { method: 'POST', body: form })).status).toBe(200);

    const struck = await startPracticeMarketplace({ seed: 1, faults: always, faultLwa: true });
    opened.push(struck);
    const res = await fetch(struck.lwaUrl, { method: 'POST', body: form });
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ error: 'server_error' });
    expect(struck.inspect.faults().map((f) => f.operation)).toEqual(['lwa.refreshToken']);
  });
});
