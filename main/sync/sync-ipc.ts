import type { syncChannels } from '../../shared/ipc/sync';
import type { HandlerMap } from '../core/handlers';
import type { OutboxStore } from './outbox-store';
import type { SyncEngine } from './sync-engine';
import type { AuditLog } from '../audit/audit-log';

export function syncHandlers(engine: SyncEngine, outbox: OutboxStore, audit: AuditLog): HandlerMap<keyof typeof syncChannels> {
  return {
    'sync:status': () => engine.status(),
    'sync:problems': () =>
      outbox.problems().map((e) => ({
        id: e.id,
        accountId: e.accountId,
        entity: e.entity,
        op: e.op,
        state: e.state,
        attempts: e.attempts,
        nextAttemptAt: e.nextAttemptAt,
        error: e.lastError ? { code: e.lastError.code, message: e.lastError.message } : null,
        updatedAt: e.updatedAt,
      })),
    'sync:now': async () => {
      await engine.drain();
      return engine.status();
    },
    'sync:retry': ({ id }) => {
      const retried = outbox.retry(id);
      if (retried) {
        audit.record('sync.retry', outbox.get(id)?.entity ?? null, { outboxId: id });
        engine.kick();
      }
      return { retried };
    },
    'sync:discard': ({ id }) => {
      const entry = outbox.get(id);
      const discarded = outbox.discard(id);
      if (discarded) {
        audit.record('sync.discard', entry?.entity ?? null, { outboxId: id, op: entry?.op });
        engine.kick();
      }
      return { discarded };
    },
  };
}
