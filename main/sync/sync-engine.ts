import type { Db } from '../db/database';
import type { OutboxEntry, OutboxError, OutboxStore } from './outbox-store';
import type { AsyncOperationStore, OperationProblem, OperationStatus, TrackedOperation } from './async-operations';
import type { Connectivity, ConnectivityState } from './connectivity';
import { backoffMs, classifyError, type HandlerContext, type OutboxHandler } from './outcome';
import { redactText } from '../spapi/redact';

export interface SyncStatus {
  connectivity: ConnectivityState;
  pending: number;
  waiting: number;
  failed: number;
  lastSuccessAt: number | null;
  lastError: { at: number; message: string } | null;
}

export interface SyncEngineOptions {
  db: Db;
  outbox: OutboxStore;
  operations: AsyncOperationStore;
  connectivity: Connectivity;
  handlers: ReadonlyMap<string, OutboxHandler<unknown>>;
  /** Asks Amazon how an operation stands (getInboundOperationStatus, transaction status…). */
  pollOperation: (operation: TrackedOperation) => Promise<{ status: OperationStatus; problems: OperationProblem[] }>;
  onStatus?: (status: SyncStatus) => void;
  /** Why an entry must wait (an open conflict on its entity); held entries are not sent and lose no attempt. */
  hold?: (entry: OutboxEntry) => OutboxError | null;
  /** Entries sent at once (one per entity at most, always). */
  concurrency?: number;
  now?: () => number;
  random?: () => number;
  log?: (line: string) => void;
}

const OFFLINE_PROBE_MS = [5_000, 10_000, 20_000, 30_000, 60_000];
/** A held entry is looked at again after this long even if nothing releases it (its hold is re-checked then). */
const HOLD_RECHECK_MS = 10 * 60_000;

/**
 * Sends the outbox to Amazon and follows asynchronous operations, across restarts. Entries of one entity go strictly
 * in order; an attempt is marked in doubt on disk before it is sent, so after a crash the handler reconciles first.
 */
export class SyncEngine {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private started = false;
  private offlineProbes = 0;
  private lastSuccessAt: number | null = null;
  private lastError: SyncStatus['lastError'] = null;
  private readonly now: () => number;

  constructor(private readonly options: SyncEngineOptions) {
    this.now = options.now ?? Date.now;
    options.connectivity.onChange((state) => {
      if (state === 'online') {
        this.offlineProbes = 0;
        this.kick();
      }
      this.emit();
    });
  }

  start(): void {
    this.started = true;
    this.kick();
  }

  async stop(): Promise<void> {
    this.started = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Something changed (an entry was added, the network came back): look again soon. */
  kick(): void {
    if (!this.started) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.drain(), 0);
  }

  /** Sends everything that is due now, then keeps going while work keeps coming due. For tests and "Sync now". */
  async drain(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.runOnce();
      } while (this.again);
    })().finally(() => {
      this.running = null;
      this.schedule();
    });
    return this.running;
  }

  status(): SyncStatus {
    const counts = this.options.outbox.counts();
    return {
      connectivity: this.options.connectivity.current,
      pending: counts.pending,
      waiting: counts.waiting,
      failed: counts.failed,
      lastSuccessAt: this.lastSuccessAt ?? this.options.connectivity.lastSuccessAt,
      lastError: this.lastError,
    };
  }

  /** One pass: follow due operations, then send due entries. Returns how many things it did. */
  async runOnce(): Promise<number> {
    if (!this.options.connectivity.online) {
      if (!(await this.options.connectivity.check())) return 0;
    }
    let done = 0;
    for (const operation of this.options.operations.due(20)) {
      await this.poll(operation);
      done++;
    }
    const due = this.options.outbox.due(this.options.concurrency ?? 4);
    await Promise.all(due.map((entry) => this.send(entry)));
    done += due.length;
    if (done > 0) this.emit();
    if (due.length > 0 && this.options.connectivity.online) this.again = true;
    return done;
  }

  private schedule(): void {
    if (!this.started) return;
    if (this.timer) clearTimeout(this.timer);
    let at: number | null;
    if (!this.options.connectivity.online) {
      at = this.now() + OFFLINE_PROBE_MS[Math.min(this.offlineProbes++, OFFLINE_PROBE_MS.length - 1)]!;
    } else {
      const candidates = [this.options.outbox.nextDueAt(), this.options.operations.nextDueAt()].filter((t): t is number => t !== null);
      at = candidates.length ? Math.min(...candidates) : null;
    }
    if (at === null) return;
    this.timer = setTimeout(() => void this.drain(), Math.max(0, at - this.now()));
    this.timer.unref?.();
  }

  private context(entry: OutboxEntry, handler: OutboxHandler<unknown>): HandlerContext<unknown> | OutboxError {
    const parsed = handler.payload.safeParse(entry.payload);
    if (!parsed.success) return { code: 'INVALID_PAYLOAD', message: `The stored ${entry.op} entry is damaged: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
    return { entry, payload: parsed.data, inDoubt: entry.inDoubt };
  }

  private async send(queued: OutboxEntry): Promise<void> {
    const { outbox, db } = this.options;
    const handler = this.options.handlers.get(queued.op);
    if (!handler) {
      outbox.markFailed(queued.id, { code: 'NO_HANDLER', message: `This version of Packbench cannot send ${queued.op} entries` });
      return;
    }
    const held = this.options.hold?.(queued);
    if (held) {
      outbox.hold(queued.id, held, HOLD_RECHECK_MS);
      return;
    }
    const wasInDoubt = queued.inDoubt;
    const entry = outbox.beginAttempt(queued.id);
    const ctx = this.context({ ...entry, inDoubt: wasInDoubt }, handler);
    if (!('entry' in ctx)) {
      outbox.markFailed(entry.id, ctx);
      return;
    }
    try {
      const outcome = await handler.send(ctx);
      this.succeeded();
      switch (outcome.kind) {
        case 'done':
          outbox.markDone(entry.id);
          break;
        case 'await-operation':
          db.transaction(() => {
            outcome.record?.();
            this.options.operations.track({ operationId: outcome.operationId, accountId: entry.accountId, outboxId: entry.id, entity: entry.entity, op: entry.op });
            outbox.markWaiting(entry.id, outcome.operationId);
          })();
          break;
        case 'retry':
          // Not a failed attempt: give the attempt back.
          db.prepare('UPDATE outbox SET attempts = attempts - 1 WHERE id = ?').run(entry.id);
          outbox.markRetry(entry.id, outcome.afterMs ?? 5_000, { code: 'DEFERRED', message: outcome.reason }, false);
          break;
        case 'failed':
          outbox.markFailed(entry.id, outcome.error);
          this.noteError(outcome.error.message);
          break;
      }
    } catch (error) {
      const verdict = classifyError(error);
      if (verdict.kind === 'permanent') {
        outbox.markFailed(entry.id, verdict.error);
        this.noteError(verdict.error.message);
        return;
      }
      const ambiguous = verdict.kind === 'ambiguous';
      outbox.markRetry(
        entry.id,
        backoffMs(entry.attempts, this.options.random),
        { code: ambiguous ? 'AMBIGUOUS' : 'TRANSIENT', message: verdict.reason },
        // A transient failure keeps an earlier doubt: only a clean outcome clears it.
        ambiguous || wasInDoubt,
      );
      this.noteError(verdict.reason);
      if (verdict.kind === 'transient' && verdict.network) await this.options.connectivity.reportNetworkFailure(verdict.reason);
    }
  }

  private async poll(operation: TrackedOperation): Promise<void> {
    const { operations, outbox, db } = this.options;
    let result: { status: OperationStatus; problems: OperationProblem[] };
    try {
      result = await this.options.pollOperation(operation);
      this.succeeded();
    } catch (error) {
      const verdict = classifyError(error);
      operations.stillRunning(operation.operationId, operation.polls + 1);
      if (verdict.kind === 'transient' && verdict.network) await this.options.connectivity.reportNetworkFailure(verdict.reason);
      return;
    }
    if (result.status === 'IN_PROGRESS') {
      operations.stillRunning(operation.operationId, operation.polls + 1);
      return;
    }
    const status = result.status;
    const entry = operation.outboxId === null ? null : outbox.get(operation.outboxId);
    const handler = entry ? this.options.handlers.get(entry.op) : undefined;
    db.transaction(() => {
      operations.finish(operation.operationId, status, result.problems);
      if (!entry) return;
      const ctx = handler ? this.context(entry, handler) : null;
      const next = handler?.operationFinished && ctx && 'entry' in ctx ? handler.operationFinished(ctx, status, result.problems) : undefined;
      if (status === 'SUCCESS' && next === 'again') outbox.markContinue(entry.id);
      else if (status === 'SUCCESS') outbox.markDone(entry.id);
      else {
        const errors = result.problems.filter((p) => p.severity === 'ERROR');
        outbox.markFailed(entry.id, {
          code: 'OPERATION_FAILED',
          message: `Amazon could not complete ${entry.op}: ${errors.map((p) => p.message).join('; ') || 'no reason given'}`,
          details: { operationId: operation.operationId, problems: result.problems },
        });
      }
    })();
    if (status === 'FAILED') this.noteError(`Amazon could not complete ${operation.op}`);
  }

  private succeeded(): void {
    this.lastSuccessAt = this.now();
    this.options.connectivity.reportSuccess();
  }

  private noteError(message: string): void {
    this.lastError = { at: this.now(), message };
    this.options.log?.(`[sync] ${redactText(message)}`);
  }

  private emit(): void {
    this.options.onStatus?.(this.status());
  }
}
