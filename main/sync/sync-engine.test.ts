import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { testStation, sampleAccount } from '../../test/support/station';
import { OutboxStore } from './outbox-store';
import { AsyncOperationStore, type OperationStatus, type OperationProblem } from './async-operations';
import { Connectivity } from './connectivity';
import { SyncEngine } from './sync-engine';
import type { OutboxHandler, OutboxOutcome, HandlerContext } from './outcome';
import { AmbiguousFailureError, SpApiError, SpApiNetworkError } from '../spapi/errors';
import type { Station } from '../core/station';

const op = { api: 'fulfillmentInbound_2024-03-20', operationId: 'createInboundPlan' };
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
  clock = 1_000_000;
});
afterEach(() => cleanup());

type Script = (ctx: HandlerContext<{ n: number }>) => Promise<OutboxOutcome>;

function engineWith(script: Script, options: { probe?: () => Promise<boolean>; poll?: (id: string) => { status: OperationStatus; problems: OperationProblem[] } } = {}) {
  const outbox = new OutboxStore(station.db, now);
  const operations = new AsyncOperationStore(station.db, now);
  const connectivity = new Connectivity({ probe: options.probe ?? (async () => true), now });
  const calls: { entity: string; n: number; inDoubt: boolean }[] = [];
  const finished: string[] = [];
  const handler: OutboxHandler<{ n: number }> = {
    payload: z.object({ n: z.number() }),
    async send(ctx) {
      calls.push({ entity: ctx.entry.entity, n: ctx.payload.n, inDoubt: ctx.inDoubt });
      return script(ctx);
    },
    operationFinished(ctx, status) {
      finished.push(`${ctx.payload.n}:${status}`);
    },
  };
  const engine = new SyncEngine({
    db: station.db,
    outbox,
    operations,
    connectivity,
    handlers: new Map([['test.step', handler as OutboxHandler<unknown>]]),
    pollOperation: async (operation) => (options.poll ?? (() => ({ status: 'SUCCESS' as const, problems: [] })))(operation.operationId),
    now,
    random: () => 0.5,
  });
  const add = (entity: string, n: number, extra: { coalesce?: boolean } = {}) =>
    outbox.enqueue({ accountId, entity, op: 'test.step', payload: { n }, ...extra });
  return { engine, outbox, operations, connectivity, calls, finished, add };
}

describe('sync engine', () => {
  it('sends the entries of one entity strictly in order, other entities alongside', async () => {
    const t = engineWith(async () => ({ kind: 'done' }));
    t.add('plan:a', 1);
    t.add('plan:a', 2);
    t.add('plan:b', 1);
    await t.engine.runOnce();
    expect(t.calls.map((c) => `${c.entity}#${c.n}`)).toEqual(['plan:a#1', 'plan:b#1']);
    await t.engine.runOnce();
    expect(t.calls.map((c) => `${c.entity}#${c.n}`)).toEqual(['plan:a#1', 'plan:b#1', 'plan:a#2']);
    expect(t.outbox.counts()).toMatchObject({ pending: 0, done: 3 });
  });

  it('retries a transient failure later with backoff, and sends nothing of that entity meanwhile', async () => {
    let fail = true;
    const t = engineWith(async () => {
      if (fail) throw new SpApiError(op, 503, [{ code: 'ServiceUnavailable', message: 'try later' }], 'req-1');
      return { kind: 'done' };
    });
    const first = t.add('plan:a', 1);
    t.add('plan:a', 2);
    await t.engine.runOnce();
    const after = t.outbox.get(first.id)!;
    expect(after).toMatchObject({ state: 'pending', attempts: 1, inDoubt: false, lastError: { code: 'TRANSIENT' } });
    expect(after.nextAttemptAt).toBeGreaterThan(clock);
    await t.engine.runOnce();
    expect(t.calls).toHaveLength(1);
    fail = false;
    clock = after.nextAttemptAt;
    await t.engine.drain();
    expect(t.calls.map((c) => c.n)).toEqual([1, 1, 2]);
  });

  it('stops on a permanent refusal, keeps later entries waiting, and resumes when the user retries', async () => {
    let refuse = true;
    const t = engineWith(async (ctx) => {
      if (refuse && ctx.payload.n === 1) throw new SpApiError(op, 400, [{ code: 'InvalidInput', message: 'quantity must be positive' }], 'req-2');
      return { kind: 'done' };
    });
    const first = t.add('plan:a', 1);
    t.add('plan:a', 2);
    await t.engine.drain();
    expect(t.outbox.get(first.id)).toMatchObject({ state: 'failed', lastError: { code: 'InvalidInput' } });
    expect(t.calls).toHaveLength(1);
    expect(t.engine.status()).toMatchObject({ failed: 1, pending: 1, lastError: { message: expect.stringContaining('quantity must be positive') } });

    refuse = false;
    expect(t.outbox.retry(first.id)).toBe(true);
    await t.engine.drain();
    expect(t.calls.map((c) => c.n)).toEqual([1, 1, 2]);
    expect(t.outbox.counts()).toMatchObject({ done: 2, failed: 0 });
  });

  it('lets later entries go on once the user discards a refused entry', async () => {
    const t = engineWith(async (ctx) => (ctx.payload.n === 1 ? { kind: 'failed', error: { code: 'X', message: 'no' } } : { kind: 'done' }));
    const first = t.add('plan:a', 1);
    t.add('plan:a', 2);
    await t.engine.drain();
    expect(t.outbox.discard(first.id)).toBe(true);
    await t.engine.drain();
    expect(t.outbox.counts()).toMatchObject({ discarded: 1, done: 1 });
  });

  it('hands an ambiguous failure back in doubt so the handler looks before re-sending', async () => {
    let attempt = 0;
    const t = engineWith(async () => {
      attempt++;
      if (attempt === 1) throw new AmbiguousFailureError(op, 'connection reset after the request was sent', 1);
      return { kind: 'done' };
    });
    const entry = t.add('plan:a', 1);
    await t.engine.runOnce();
    expect(t.outbox.get(entry.id)).toMatchObject({ state: 'pending', inDoubt: true, lastError: { code: 'AMBIGUOUS' } });
    clock = t.outbox.get(entry.id)!.nextAttemptAt;
    await t.engine.runOnce();
    expect(t.calls.map((c) => c.inDoubt)).toEqual([false, true]);
    expect(t.outbox.get(entry.id)).toMatchObject({ state: 'done', inDoubt: false });
  });

  it('treats an attempt cut short by a crash as in doubt after restart', async () => {
    const t = engineWith(async () => ({ kind: 'done' }));
    const entry = t.add('plan:a', 1);
    // The station died after marking the attempt and before hearing back.
    t.outbox.beginAttempt(entry.id);
    const restarted = engineWith(async () => ({ kind: 'done' }));
    await restarted.engine.runOnce();
    expect(restarted.calls).toEqual([{ entity: 'plan:a', n: 1, inDoubt: true }]);
  });

  it('follows an asynchronous operation to its end before the entity goes on, across a restart', async () => {
    let status: OperationStatus = 'IN_PROGRESS';
    const t = engineWith(async (ctx) => (ctx.payload.n === 1 ? { kind: 'await-operation', operationId: 'op-123' } : { kind: 'done' }), {
      poll: () => ({ status, problems: [] }),
    });
    const first = t.add('plan:a', 1);
    t.add('plan:a', 2);
    await t.engine.runOnce();
    expect(t.outbox.get(first.id)).toMatchObject({ state: 'waiting', operationId: 'op-123' });
    expect(t.operations.get('op-123')).toMatchObject({ status: 'IN_PROGRESS', entity: 'plan:a' });

    const restarted = engineWith(async () => ({ kind: 'done' }), { poll: () => ({ status, problems: [] }) });
    clock += 60_000;
    await restarted.engine.runOnce();
    expect(restarted.operations.get('op-123')).toMatchObject({ status: 'IN_PROGRESS', polls: 1 });
    expect(restarted.calls).toEqual([]);

    status = 'SUCCESS';
    clock += 60_000;
    await restarted.engine.drain();
    expect(restarted.finished).toEqual(['1:SUCCESS']);
    expect(restarted.outbox.get(first.id)?.state).toBe('done');
    expect(restarted.calls.map((c) => c.n)).toEqual([2]);
  });

  it('stores the problems of a failed operation and leaves its entry failed', async () => {
    const problems: OperationProblem[] = [{ code: 'FBA_INB_0004', message: 'SKU-9 is not eligible', details: 'msku SKU-9', severity: 'ERROR' }];
    const t = engineWith(async () => ({ kind: 'await-operation', operationId: 'op-9' }), { poll: () => ({ status: 'FAILED', problems }) });
    const entry = t.add('plan:a', 1);
    await t.engine.runOnce();
    clock += 60_000;
    await t.engine.runOnce();
    expect(t.operations.get('op-9')).toMatchObject({ status: 'FAILED', problems });
    expect(t.outbox.get(entry.id)).toMatchObject({ state: 'failed', lastError: { code: 'OPERATION_FAILED', message: expect.stringContaining('SKU-9 is not eligible') } });
  });

  it('replaces the payload of a not-yet-sent entry instead of queueing another', () => {
    const t = engineWith(async () => ({ kind: 'done' }));
    const a = t.add('plan:a', 1, { coalesce: true });
    const b = t.add('plan:a', 2, { coalesce: true });
    expect(b.id).toBe(a.id);
    expect(t.outbox.get(a.id)?.payload).toEqual({ n: 2 });
    t.outbox.beginAttempt(a.id);
    const c = t.add('plan:a', 3, { coalesce: true });
    expect(c.id).not.toBe(a.id);
  });

  it('goes offline only after repeated network failures and a failed probe, and comes back by itself', async () => {
    let reachable = false;
    let network = true;
    const t = engineWith(
      async () => {
        if (network) throw new SpApiNetworkError(op, 'ECONNREFUSED', 3);
        return { kind: 'done' };
      },
      { probe: async () => reachable },
    );
    const e = t.add('plan:a', 1);
    await t.engine.runOnce();
    expect(t.connectivity.current).not.toBe('offline');
    clock = t.outbox.get(e.id)!.nextAttemptAt;
    await t.engine.runOnce();
    expect(t.connectivity.current).toBe('offline');
    clock = t.outbox.get(e.id)!.nextAttemptAt;
    await t.engine.runOnce();
    expect(t.calls).toHaveLength(2);

    reachable = true;
    network = false;
    await t.engine.drain();
    expect(t.connectivity.current).toBe('online');
    expect(t.outbox.get(e.id)?.state).toBe('done');
  });

  it('writes an entry and its local change together or not at all', () => {
    const t = engineWith(async () => ({ kind: 'done' }));
    station.db.exec('CREATE TABLE local_change (v INTEGER) STRICT');
    expect(() =>
      station.db.transaction(() => {
        station.db.prepare('INSERT INTO local_change VALUES (1)').run();
        t.add('plan:a', 1);
        throw new Error('disk full');
      })(),
    ).toThrow('disk full');
    expect(station.db.prepare('SELECT count(*) AS n FROM local_change').get()).toEqual({ n: 0 });
    expect(t.outbox.counts().pending).toBe(0);
  });

  it("stores what an operation's reply carried together with the operation, or neither", async () => {
    station.db.exec('CREATE TABLE reply_ids (v TEXT) STRICT');
    const t = engineWith(async (ctx) => ({
      kind: 'await-operation',
      operationId: `op-${ctx.payload.n}`,
      record: () => {
        station.db.prepare('INSERT INTO reply_ids VALUES (?)').run(`plan-${ctx.payload.n}`);
        if (ctx.payload.n === 2) throw new Error('disk full');
      },
    }));
    const kept = t.add('plan:a', 1);
    const lost = t.add('plan:b', 2);
    await t.engine.runOnce();
    expect(t.outbox.get(kept.id)).toMatchObject({ state: 'waiting', operationId: 'op-1' });
    expect(t.operations.get('op-1')).toMatchObject({ status: 'IN_PROGRESS', outboxId: kept.id });
    // The failed write took the operation with it: no reply id is kept without its operation.
    expect(t.operations.get('op-2')).toBeNull();
    expect(t.outbox.get(lost.id)?.state).not.toBe('waiting');
    expect(station.db.prepare('SELECT v FROM reply_ids').all()).toEqual([{ v: 'plan-1' }]);
  });
});
