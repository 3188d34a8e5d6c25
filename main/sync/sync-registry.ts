import type { OutboxHandler } from './outcome';
import type { OperationProblem, OperationStatus, TrackedOperation } from './async-operations';
import type { SpApiCaller } from '../spapi/client-types';
import type { OutboxEntry, OutboxError } from './outbox-store';

/** Says why an entry must not be sent now (e.g. an open conflict on its entity), or null when it may go. */
export type OutboxHold = (entry: OutboxEntry) => OutboxError | null;

export type OperationPoller = (
  operation: TrackedOperation,
  caller: SpApiCaller,
) => Promise<{ status: OperationStatus; problems: OperationProblem[] }>;

/**
 * Each domain registers how to send its outbox entries (by op name, e.g. `inbound.createPlan`) and how to follow the
 * asynchronous operations they start (by the op name's domain prefix, e.g. `inbound`).
 */
export class SyncRegistry {
  readonly handlers = new Map<string, OutboxHandler<unknown>>();
  private readonly pollers = new Map<string, OperationPoller>();
  private readonly holds: OutboxHold[] = [];

  register<P>(op: string, handler: OutboxHandler<P>): void {
    if (this.handlers.has(op)) throw new Error(`Outbox op ${op} is registered twice`);
    this.handlers.set(op, handler as OutboxHandler<unknown>);
  }

  /** A domain's rule for holding entries back; the first hold that answers wins. */
  registerHold(hold: OutboxHold): void {
    this.holds.push(hold);
  }

  hold(entry: OutboxEntry): OutboxError | null {
    for (const hold of this.holds) {
      const reason = hold(entry);
      if (reason) return reason;
    }
    return null;
  }

  registerPoller(domain: string, poller: OperationPoller): void {
    this.pollers.set(domain, poller);
  }

  poll(operation: TrackedOperation, callerFor: (accountId: string) => SpApiCaller) {
    const domain = operation.op.split('.')[0] ?? '';
    const poller = this.pollers.get(domain);
    if (!poller) return Promise.reject(new Error(`No way to follow ${operation.op} operations is registered`));
    return poller(operation, callerFor(operation.accountId));
  }
}
