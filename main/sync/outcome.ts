import type { ZodType } from 'zod';
import { AmbiguousFailureError, LwaError, SpApiError, SpApiNetworkError, InvalidResponseError } from '../spapi/errors';
import type { OutboxEntry, OutboxError } from './outbox-store';
import type { OperationProblem } from './async-operations';

/** What a handler says happened to one attempt. */
export type OutboxOutcome =
  | { kind: 'done' }
  /**
   * Amazon accepted the call and returned an asynchronous operation to follow before the entity's next step. `record`
   * writes what the reply carried besides the operation (e.g. the new plan's id); the engine runs it in the transaction
   * that stores the operation, so a crash never keeps the one without the other.
   */
  | { kind: 'await-operation'; operationId: string; record?: () => void }
  /** Not now (e.g. waiting for data from another entry); try again later without counting it against the entry. */
  | { kind: 'retry'; reason: string; afterMs?: number }
  /** Amazon refused it for a reason the user must fix; later entries of the entity wait. */
  | { kind: 'failed'; error: OutboxError };

export interface HandlerContext<P> {
  entry: OutboxEntry;
  payload: P;
  /** The last attempt may have reached Amazon: look at Amazon's state before sending again. */
  inDoubt: boolean;
}

/** Sends one kind of outbox entry. Handlers read the current local state; payloads carry ids, not copies. */
export interface OutboxHandler<P = unknown> {
  payload: ZodType<P>;
  send(ctx: HandlerContext<P>): Promise<OutboxOutcome>;
  /**
   * Called (inside the transaction that records the end) when the operation an attempt returned has ended. FAILED
   * leaves the entry failed with its problems. Returning 'again' after SUCCESS sends the entry once more: for
   * handlers that walk through several asynchronous steps, one per send.
   */
  operationFinished?(ctx: HandlerContext<P>, status: 'SUCCESS' | 'FAILED', problems: OperationProblem[]): 'again' | void;
}

export type ErrorClass =
  | { kind: 'transient'; reason: string; network: boolean }
  | { kind: 'ambiguous'; reason: string }
  | { kind: 'permanent'; error: OutboxError };

/** Decides what a thrown error means for the entry: retry, reconcile then retry, or stop and ask the user. */
export function classifyError(error: unknown): ErrorClass {
  if (error instanceof AmbiguousFailureError) return { kind: 'ambiguous', reason: error.reason };
  if (error instanceof SpApiNetworkError) return { kind: 'transient', reason: error.reason, network: true };
  if (error instanceof InvalidResponseError) return { kind: 'transient', reason: error.reason, network: false };
  if (error instanceof SpApiError) {
    if (error.status === 429 || error.status >= 500) return { kind: 'transient', reason: `HTTP ${error.status}`, network: false };
    return {
      kind: 'permanent',
      error: { code: error.code ?? `HTTP_${error.status}`, message: error.message, details: { status: error.status, errors: error.errors, requestId: error.requestId } },
    };
  }
  if (error instanceof LwaError) {
    if (error.status === undefined || error.status >= 500) return { kind: 'transient', reason: error.message, network: error.status === undefined };
    return { kind: 'permanent', error: { code: 'CREDENTIALS', message: `${error.message}. Check the account's credentials in Accounts, then retry.` } };
  }
  return {
    kind: 'permanent',
    error: { code: 'INTERNAL', message: error instanceof Error ? `${error.name}: ${error.message}` : 'Unexpected failure' },
  };
}

/** Exponential backoff with full jitter: a random delay up to base·2^attempt, capped. */
export function backoffMs(attempt: number, random: () => number = Math.random, baseMs = 1000, capMs = 5 * 60_000): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.max(250, Math.floor(random() * ceiling));
}
