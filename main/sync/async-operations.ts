import type { Db } from '../db/database';

export type OperationStatus = 'IN_PROGRESS' | 'SUCCESS' | 'FAILED';

/** A problem Amazon reported on an operation, kept to show on the right plan, box or item. */
export interface OperationProblem {
  code: string;
  message: string;
  details?: string;
  severity: 'ERROR' | 'WARNING';
}

export interface TrackedOperation {
  operationId: string;
  accountId: string;
  outboxId: number | null;
  entity: string;
  op: string;
  status: OperationStatus;
  problems: OperationProblem[];
  polls: number;
  nextPollAt: number;
}

interface Row {
  operation_id: string;
  account_id: string;
  outbox_id: number | null;
  entity: string;
  op: string;
  status: OperationStatus;
  problems: string;
  polls: number;
  next_poll_at: number;
}

const toOperation = (row: Row): TrackedOperation => ({
  operationId: row.operation_id,
  accountId: row.account_id,
  outboxId: row.outbox_id,
  entity: row.entity,
  op: row.op,
  status: row.status,
  problems: JSON.parse(row.problems) as OperationProblem[],
  polls: row.polls,
  nextPollAt: row.next_poll_at,
});

/** Polling interval after `polls` unanswered polls: quick at first (most operations end within seconds), then patient. */
export function pollDelayMs(polls: number, baseMs = 1000): number {
  return Math.min(baseMs * 2 ** Math.min(polls, 5), 30_000);
}

export class AsyncOperationStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
    /** First polling interval; later ones double up to 30 s. */
    private readonly pollBaseMs = 1000,
  ) {}

  /** Stores an operation id the moment Amazon returns it (in the same transaction that records what it is for). */
  track(input: { operationId: string; accountId: string; outboxId: number | null; entity: string; op: string }): void {
    const at = this.now();
    this.db
      .prepare(
        `INSERT INTO async_operations (operation_id, account_id, outbox_id, entity, op, status, next_poll_at, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 'IN_PROGRESS', ?, ?, ?) ON CONFLICT (operation_id) DO NOTHING`,
      )
      .run(input.operationId, input.accountId, input.outboxId, input.entity, input.op, at + pollDelayMs(0, this.pollBaseMs), at, at);
  }

  get(operationId: string): TrackedOperation | null {
    const row = this.db.prepare('SELECT * FROM async_operations WHERE operation_id = ?').get(operationId) as Row | undefined;
    return row ? toOperation(row) : null;
  }

  due(limit: number): TrackedOperation[] {
    return (
      this.db
        .prepare(`SELECT * FROM async_operations WHERE status = 'IN_PROGRESS' AND next_poll_at <= ? ORDER BY next_poll_at LIMIT ?`)
        .all(this.now(), limit) as Row[]
    ).map(toOperation);
  }

  nextDueAt(): number | null {
    return (this.db.prepare(`SELECT min(next_poll_at) AS at FROM async_operations WHERE status = 'IN_PROGRESS'`).get() as { at: number | null }).at;
  }

  stillRunning(operationId: string, polls: number): void {
    this.db
      .prepare('UPDATE async_operations SET polls = ?, next_poll_at = ?, updated_at = ? WHERE operation_id = ?')
      .run(polls, this.now() + pollDelayMs(polls, this.pollBaseMs), this.now(), operationId);
  }

  finish(operationId: string, status: 'SUCCESS' | 'FAILED', problems: OperationProblem[]): void {
    this.db
      .prepare('UPDATE async_operations SET status = ?, problems = ?, polls = polls + 1, updated_at = ? WHERE operation_id = ?')
      .run(status, JSON.stringify(problems), this.now(), operationId);
  }

  forEntity(entity: string): TrackedOperation[] {
    return (this.db.prepare('SELECT * FROM async_operations WHERE entity = ? ORDER BY created_at').all(entity) as Row[]).map(toOperation);
  }
}
