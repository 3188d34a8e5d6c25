import type { Migration } from './migration';

export const syncAndAudit: Migration = {
  version: 2,
  name: 'sync-and-audit',
  up(db) {
    db.exec(`
      -- What the station still has to tell Amazon. An entry is written in the same transaction as the local change
      -- it sends; entries of one entity (e.g. one inbound plan) are sent strictly in id order.
      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        entity TEXT NOT NULL,
        op TEXT NOT NULL,
        payload TEXT NOT NULL,
        idempotency_key TEXT NOT NULL UNIQUE,
        state TEXT NOT NULL CHECK (state IN ('pending', 'waiting', 'failed', 'done', 'discarded')),
        attempts INTEGER NOT NULL DEFAULT 0,
        -- 1 while an attempt may have reached Amazon without a known outcome (in flight, crashed, timed out):
        -- the handler must look at Amazon's state before it sends again.
        in_doubt INTEGER NOT NULL DEFAULT 0 CHECK (in_doubt IN (0, 1)),
        next_attempt_at INTEGER NOT NULL,
        operation_id TEXT,
        last_error TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        finished_at INTEGER
      ) STRICT;
      CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
      CREATE INDEX outbox_entity ON outbox (entity, id);

      -- Amazon's asynchronous operations, stored the moment their id is received and polled until they end.
      CREATE TABLE async_operations (
        operation_id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        outbox_id INTEGER REFERENCES outbox (id) ON DELETE SET NULL,
        entity TEXT NOT NULL,
        op TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('IN_PROGRESS', 'SUCCESS', 'FAILED')),
        problems TEXT NOT NULL DEFAULT '[]',
        polls INTEGER NOT NULL DEFAULT 0,
        next_poll_at INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX async_operations_due ON async_operations (status, next_poll_at);
      CREATE INDEX async_operations_entity ON async_operations (entity);

      -- Who did what at which station, when. Never holds secrets or customers' personal data.
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at INTEGER NOT NULL,
        station TEXT NOT NULL,
        operator TEXT,
        action TEXT NOT NULL,
        entity TEXT,
        details TEXT NOT NULL DEFAULT '{}'
      ) STRICT;
      CREATE INDEX audit_log_entity ON audit_log (entity, at);
      CREATE INDEX audit_log_at ON audit_log (at);
    `);
  },
};
