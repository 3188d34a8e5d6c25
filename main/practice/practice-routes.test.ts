import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPracticeMarketplace, type PracticeMarketplace } from './practice-marketplace';
import type { PracticeStateView } from './practice-inspection';

describe('practice-only routes of the practice marketplace', () => {
  let market: PracticeMarketplace;
  beforeEach(async () => {
    market = await startPracticeMarketplace({ seed: 8, enforceRateLimits: false });
  });
  afterEach(async () => {
    await market.close();
  });

  it('serves the catalogue with its seed, for stations that share this marketplace', async () => {
    const res = await fetch(`${market.baseUrl}/practice/catalogue`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { seed: number; items: { msku: string }[] };
    expect(body.seed).toBe(8);
    expect(body.items.map((i) => i.msku)).toEqual(market.catalogue.map((i) => i.msku));
  });

  it('shows its state to a caller on this machine, the same as inspect.state()', async () => {
    const res = await fetch(`${market.baseUrl}/practice/state`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as PracticeStateView;
    const local = market.inspect.state();
    expect(body.plans).toEqual(local.plans);
    expect(body.df.orders.map((o) => o.purchaseOrderNumber)).toEqual(local.df.orders.map((o) => o.purchaseOrderNumber));
    // Customer addresses stay out of the view.
    expect(JSON.stringify(body)).not.toContain('addressLine1');
  });

  it('answers an unknown practice route or another method with 404, never as an SP-API operation', async () => {
    const unknown = await fetch(`${market.baseUrl}/practice/secrets`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: string }).error).toBe('No practice route GET /practice/secrets');
    const post = await fetch(`${market.baseUrl}/practice/state`, { method: 'POST', body: '{}' });
    expect(post.status).toBe(404);
  });
});
