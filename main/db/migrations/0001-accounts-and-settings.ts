import type { Migration } from './migration';

export const accountsAndSettings: Migration = {
  version: 1,
  name: 'accounts-and-settings',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE accounts (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('seller', 'vendor')),
        region TEXT NOT NULL CHECK (region IN ('NA', 'EU', 'FE')),
        marketplace_ids TEXT NOT NULL,
        environment TEXT NOT NULL CHECK (environment IN ('production', 'sandbox')),
        lwa_client_id TEXT NOT NULL,
        -- LWA client secret and refresh token, encrypted as one JSON document.
        secrets BLOB NOT NULL,
        practice INTEGER NOT NULL DEFAULT 0 CHECK (practice IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX accounts_name ON accounts (name COLLATE NOCASE);
    `);
  },
};
