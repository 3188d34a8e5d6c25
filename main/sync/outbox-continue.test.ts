import { afterEach, beforeEach, expect, it } from 'vitest';
import { testStation, sampleAccount } from '../../test/support/station';
import { OutboxStore } from './outbox-store';
import { backoffMs } from './outcome';
import type { Station } from '../core/station';

let station: Station;
let cleanup: () => Promise<void>;
beforeEach(() => {
  const s = testStation();
  station = s.station;
  cleanup = s.cleanup;
});
afterEach(() => cleanup());

it('a multi-step entry starts its attempts over after each step that went well, so a later failure backs off from the first rung', () => {
  const outbox = new OutboxStore(station.db, () => 1_000_000);
  const accountId = station.accounts.create(sampleAccount).id;
  const entry = outbox.enqueue({ accountId, entity: 'plan:1', op: 'inbound.exploreTransport', payload: { planId: '1' } });
  // Five generations, each awaited and finished well.
  for (let step = 0; step < 5; step++) {
    expect(outbox.beginAttempt(entry.id).attempts).toBe(1);
    outbox.markWaiting(entry.id, `op-${step}`);
    outbox.markContinue(entry.id);
  }
  const failing = outbox.beginAttempt(entry.id);
  expect(failing.attempts).toBe(1);
  // With accumulated attempts this failure would wait up to 32 s; from the first rung it waits at most 1 s.
  expect(backoffMs(failing.attempts, () => 0.999)).toBeLessThanOrEqual(1000);
  outbox.markRetry(entry.id, backoffMs(failing.attempts), { code: 'AMBIGUOUS', message: 'HTTP 500' }, true);
  expect(outbox.get(entry.id)).toMatchObject({ state: 'pending', attempts: 1, inDoubt: true });
});
