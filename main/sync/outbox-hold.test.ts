import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { testStation, sampleAccount } from '../../test/support/station';
import { OutboxStore, type OutboxEntry, type OutboxError } from './outbox-store';
import { AsyncOperationStore } from './async-operations';
import { Connectivity } from './connectivity';
import { SyncEngine } from './sync-engine';
import type { OutboxHandler } from './outcome';
import type { Station } from '../core/station';

let station: Station;
let cleanup: () => Promise<void>;
let accountId: string;
let clock: number;
const now = () => clock;

beforeEach(() => {
  const s = testStation();
  station = s.station;
  cleanup = s.cleanup;
  accountId = station.accounts.create(sampleAccount).id;
  clock = 5_000_000;
});
afterEach(() => cleanup());

function engine(hold: (entry: OutboxEntry) => OutboxError | null) {
  const outbox = new OutboxStore(station.db, now);
  const sent: string[] = [];
  const handler: OutboxHandler<{ n: number }> = {
    payload: z.object({ n: z.number() }),
    async send(ctx) {
      sent.push(`${ctx.entry.entity}#${ctx.payload.n}`);
      return { kind: 'done' };
    },
  };
  const sync = new SyncEngine({
    db: station.db,
    outbox,
    operations: new AsyncOperationStore(station.db, now),
    connectivity: new Connectivity({ probe: async () => true, now }),
    handlers: new Map([['test.step', handler as OutboxHandler<unknown>]]),
    pollOperation: async () => ({ status: 'SUCCESS', problems: [] }),
    hold,
    now,
  });
  const add = (entity: string, n: number) => outbox.enqueue({ accountId, entity, op: 'test.step', payload: { n } });
  return { sync, outbox, sent, add };
}

describe('held outbox entries', () => {
  it('are not sent, lose no attempt, say why, and go once released; other entities are not held up', async () => {
    let held = true;
    const t = engine((entry) => (held && entry.entity === 'plan:a' ? { code: 'HELD_CONFLICT', message: 'Waiting for the user' } : null));
    const first = t.add('plan:a', 1);
    t.add('plan:a', 2);
    t.add('plan:b', 1);
    await t.sync.runOnce();
    await t.sync.runOnce();
    expect(t.sent).toEqual(['plan:b#1']);
    const entry = t.outbox.get(first.id)!;
    expect(entry).toMatchObject({ state: 'pending', attempts: 0, inDoubt: false, lastError: { code: 'HELD_CONFLICT' } });
    // Held back for a while, so the worker does not spin on it; listed among the problems with its reason.
    expect(entry.nextAttemptAt).toBeGreaterThan(clock);
    expect(t.outbox.problems().map((p) => p.id)).toEqual([first.id]);

    held = false;
    // Released: its next attempt is now.
    station.db.prepare('UPDATE outbox SET next_attempt_at = ?, last_error = NULL WHERE id = ?').run(clock, first.id);
    await t.sync.runOnce();
    await t.sync.runOnce();
    expect(t.sent).toEqual(['plan:b#1', 'plan:a#1', 'plan:a#2']);
    expect(t.outbox.get(first.id)).toMatchObject({ state: 'done', attempts: 1 });
  });

  it('come due again after the re-check delay even if nothing releases them, and are held again while the reason stands', async () => {
    let checks = 0;
    const t = engine(() => {
      checks++;
      return { code: 'HELD_CONFLICT', message: 'Still waiting' };
    });
    const entry = t.add('plan:a', 1);
    await t.sync.runOnce();
    expect(checks).toBe(1);
    await t.sync.runOnce();
    expect(checks).toBe(1);
    clock = t.outbox.get(entry.id)!.nextAttemptAt;
    await t.sync.runOnce();
    expect(checks).toBe(2);
    expect(t.sent).toEqual([]);
  });
});
