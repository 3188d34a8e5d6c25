import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database';

export type OutboxState = 'pending' | 'waiting' | 'failed' | 'done' | 'discarded';

export interface OutboxError {
  code: string;
  message: string;
  details?: unknown;
}

export interface OutboxEntry {
  id: number;
  accountId: string;
  entity: string;
  op: string;
  payload: unknown;
  idempotencyKey: string;
  state: OutboxState;
  attempts: number;
  inDoubt: boolean;
  nextAttemptAt: number;
  operationId: string | null;
  lastError: OutboxError | null;
  createdAt: number;
  updatedAt: number;
}

interface Row {
  id: number;
  account_id: string;
  entity: string;
  op: string;
  payload: string;
  idempotency_key: string;
  state: OutboxState;
  attempts: number;
  in_doubt: 0 | 1;
  next_attempt_at: number;
  operation_id: string | null;
  last_error: string | null;
  created_at: number;
  updated_at: number;
}

function toEntry(row: Row): OutboxEntry {
  return {
    id: row.id,
    accountId: row.account_id,
    entity: row.entity,
    op: row.op,
    payload: JSON.parse(row.payload) as unknown,
    idempotencyKey: row.idempotency_key,
    state: row.state,
    attempts: row.attempts,
    inDoubt: row.in_doubt === 1,
    nextAttemptAt: row.next_attempt_at,
    operationId: row.operation_id,
    lastError: row.last_error ? (JSON.parse(row.last_error) as OutboxError) : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface EnqueueInput {
  accountId: string;
  entity: string;
  op: string;
  payload: unknown;
  idempotencyKey?: string;
  /**
   * Replace the payload of a not-yet-attempted entry of the same entity and op instead of adding another:
   * for "send the current state" entries (box contents), where only the latest matters.
   */
  coalesce?: boolean;
}

/** SQL for the outbox. Every write here is meant to run inside the caller's transaction with its local change. */
export class OutboxStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {}

  enqueue(input: EnqueueInput): OutboxEntry {
    const at = this.now();
    const payload = JSON.stringify(input.payload ?? null);
    if (input.coalesce) {
      const open = this.db
        .prepare(
          `SELECT * FROM outbox WHERE entity = ? AND op = ? AND state = 'pending' AND attempts = 0 AND in_doubt = 0
           AND id = (SELECT max(id) FROM outbox WHERE entity = ? AND state NOT IN ('done', 'discarded'))`,
        )
        .get(input.entity, input.op, input.entity) as Row | undefined;
      if (open) {
        this.db.prepare('UPDATE outbox SET payload = ?, updated_at = ? WHERE id = ?').run(payload, at, open.id);
        return this.get(open.id)!;
      }
    }
    const key = input.idempotencyKey ?? randomUUID();
    const existing = this.db.prepare('SELECT * FROM outbox WHERE idempotency_key = ?').get(key) as Row | undefined;
    if (existing) return toEntry(existing);
    const info = this.db
      .prepare(
        `INSERT INTO outbox (account_id, entity, op, payload, idempotency_key, state, next_attempt_at, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?)`,
      )
      .run(input.accountId, input.entity, input.op, payload, key, at, at, at);
    return this.get(Number(info.lastInsertRowid))!;
  }

  get(id: number): OutboxEntry | null {
    const row = this.db.prepare('SELECT * FROM outbox WHERE id = ?').get(id) as Row | undefined;
    return row ? toEntry(row) : null;
  }

  /** The entries that may be sent now: due, pending, and the first unfinished entry of their entity. */
  due(limit: number): OutboxEntry[] {
    const rows = this.db
      .prepare(
        `SELECT o.* FROM outbox o
         WHERE o.state = 'pending' AND o.next_attempt_at <= ?
           AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.entity = o.entity AND p.id < o.id AND p.state IN ('pending', 'waiting', 'failed'))
         ORDER BY o.next_attempt_at, o.id LIMIT ?`,
      )
      .all(this.now(), limit) as Row[];
    return rows.map(toEntry);
  }

  /** When the next pending entry falls due, for the worker's timer. */
  nextDueAt(): number | null {
    const row = this.db.prepare(`SELECT min(next_attempt_at) AS at FROM outbox WHERE state = 'pending'`).get() as { at: number | null };
    return row.at;
  }

  /** Durably marks an attempt as started before anything is sent, so a crash leaves the entry in doubt. */
  beginAttempt(id: number): OutboxEntry {
    this.db.prepare('UPDATE outbox SET attempts = attempts + 1, in_doubt = 1, updated_at = ? WHERE id = ?').run(this.now(), id);
    return this.get(id)!;
  }

  markDone(id: number): void {
    const at = this.now();
    this.db
      .prepare(`UPDATE outbox SET state = 'done', in_doubt = 0, last_error = NULL, updated_at = ?, finished_at = ? WHERE id = ?`)
      .run(at, at, id);
  }

  /**
   * The entry's operation ended well and the handler has more to do: send it again now, as a fresh step. Attempts start
   * over, so the backoff of a later step's failure does not grow with the steps that went well before it.
   */
  markContinue(id: number): void {
    const at = this.now();
    this.db
      .prepare(`UPDATE outbox SET state = 'pending', in_doubt = 0, attempts = 0, operation_id = NULL, last_error = NULL, next_attempt_at = ?, updated_at = ? WHERE id = ?`)
      .run(at, at, id);
  }

  markWaiting(id: number, operationId: string): void {
    this.db
      .prepare(`UPDATE outbox SET state = 'waiting', in_doubt = 0, operation_id = ?, updated_at = ? WHERE id = ?`)
      .run(operationId, this.now(), id);
  }

  /** Schedules another attempt; `inDoubt` says whether the failed attempt may have reached Amazon. */
  markRetry(id: number, delayMs: number, error: OutboxError, inDoubt: boolean): void {
    const at = this.now();
    this.db
      .prepare(`UPDATE outbox SET state = 'pending', in_doubt = ?, next_attempt_at = ?, last_error = ?, updated_at = ? WHERE id = ?`)
      .run(inDoubt ? 1 : 0, at + delayMs, JSON.stringify(error), at, id);
  }

  /**
   * Holds a pending entry back without counting an attempt (its reason's code starts with HELD, so it is listed among
   * the problems): it is looked at again after `delayMs`, or at once when
   * whatever held it is resolved (which sets its next attempt to now).
   */
  hold(id: number, reason: OutboxError, delayMs: number): void {
    const at = this.now();
    this.db.prepare(`UPDATE outbox SET next_attempt_at = ?, last_error = ?, updated_at = ? WHERE id = ? AND state = 'pending'`).run(at + delayMs, JSON.stringify(reason), at, id);
  }

  markFailed(id: number, error: OutboxError): void {
    this.db
      .prepare(`UPDATE outbox SET state = 'failed', in_doubt = 0, last_error = ?, updated_at = ? WHERE id = ?`)
      .run(JSON.stringify(error), this.now(), id);
  }

  /** The user fixed the data (or the account): try a failed or waiting-to-retry entry again now. */
  retry(id: number): boolean {
    return (
      this.db
        .prepare(`UPDATE outbox SET state = 'pending', next_attempt_at = ?, updated_at = ? WHERE id = ? AND state IN ('failed', 'pending')`)
        .run(this.now(), this.now(), id).changes > 0
    );
  }

  /** Drops an entry the user confirmed should never be sent; later entries of its entity go on. */
  discard(id: number): boolean {
    const at = this.now();
    return (
      this.db
        .prepare(`UPDATE outbox SET state = 'discarded', in_doubt = 0, updated_at = ?, finished_at = ? WHERE id = ? AND state IN ('failed', 'pending')`)
        .run(at, at, id).changes > 0
    );
  }

  /** Entries the user should look at, newest first. */
  problems(limit = 100): OutboxEntry[] {
    const rows = this.db
      .prepare(`SELECT * FROM outbox WHERE state = 'failed' OR (state = 'pending' AND (attempts > 0 OR json_extract(last_error, '$.code') LIKE 'HELD%')) ORDER BY updated_at DESC LIMIT ?`)
      .all(limit) as Row[];
    return rows.map(toEntry);
  }

  forEntity(entity: string): OutboxEntry[] {
    return (this.db.prepare('SELECT * FROM outbox WHERE entity = ? ORDER BY id').all(entity) as Row[]).map(toEntry);
  }

  counts(): Record<OutboxState, number> {
    const counts: Record<OutboxState, number> = { pending: 0, waiting: 0, failed: 0, done: 0, discarded: 0 };
    for (const row of this.db.prepare('SELECT state, count(*) AS n FROM outbox GROUP BY state').all() as { state: OutboxState; n: number }[]) {
      counts[row.state] = row.n;
    }
    return counts;
  }

  /** Forgets finished entries older than the cut-off; the audit log keeps the history. */
  prune(olderThan: number): number {
    return this.db.prepare(`DELETE FROM outbox WHERE state IN ('done', 'discarded') AND finished_at < ?`).run(olderThan).changes;
  }
}
