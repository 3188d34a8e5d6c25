import type { Migration } from './migration';

export const inboundConflicts: Migration = {
  version: 10,
  name: 'inbound-conflicts',
  up(db) {
    db.exec(`
      -- A difference between Amazon's copy of a plan and the station's that touches the station's own work (sent or not
      -- yet sent). While one is open, the plan's outbox entries wait; the user keeps Amazon's value or the station's.
      CREATE TABLE inbound_conflicts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        plan_id TEXT NOT NULL REFERENCES inbound_plans (id) ON DELETE CASCADE,
        entity_kind TEXT NOT NULL CHECK (entity_kind IN ('plan', 'shipment', 'box')),
        entity_id TEXT NOT NULL,
        field TEXT NOT NULL,
        local_value TEXT NOT NULL, -- JSON
        amazon_value TEXT NOT NULL, -- JSON
        state TEXT NOT NULL CHECK (state IN ('open', 'kept_amazon', 'kept_local', 'settled')),
        detected_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        resolved_at INTEGER,
        resolved_by TEXT
      ) STRICT;
      CREATE UNIQUE INDEX inbound_conflicts_open ON inbound_conflicts (plan_id, entity_kind, entity_id, field) WHERE state = 'open';
      CREATE INDEX inbound_conflicts_plan ON inbound_conflicts (plan_id, state);

      -- Amazon's value of a field as last read, the common ancestor for telling "Amazon changed it" from "we changed it".
      CREATE TABLE inbound_remote_seen (
        plan_id TEXT NOT NULL REFERENCES inbound_plans (id) ON DELETE CASCADE,
        field_key TEXT NOT NULL,
        value TEXT NOT NULL, -- JSON
        seen_at INTEGER NOT NULL,
        PRIMARY KEY (plan_id, field_key)
      ) STRICT;
    `);
  },
};
