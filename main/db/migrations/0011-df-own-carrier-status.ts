import type { Migration } from './migration';

export const dfOwnCarrierStatus: Migration = {
  version: 11,
  name: 'df-own-carrier-status',
  up(db) {
    db.exec(`
      -- Set when the vendor ships an order with its own carrier instead of Amazon's labels.
      ALTER TABLE df_orders ADD COLUMN own_carrier TEXT;
      ALTER TABLE df_orders ADD COLUMN own_carrier_scac TEXT;

      -- Shipment status updates of vendor-own-carrier packages. No personal data: the location is a carrier hub or town.
      CREATE TABLE df_status_updates (
        id TEXT PRIMARY KEY,
        order_id TEXT NOT NULL REFERENCES df_orders (id) ON DELETE CASCADE,
        package_id TEXT NOT NULL REFERENCES df_packages (id) ON DELETE CASCADE,
        tracking_number TEXT NOT NULL,
        status_code TEXT NOT NULL,
        reason_code TEXT NOT NULL,
        status_date_time TEXT NOT NULL,
        estimated_delivery TEXT,
        location TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('sending', 'success', 'failure')),
        error TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        UNIQUE (package_id, status_code, reason_code, status_date_time)
      ) STRICT;
      CREATE INDEX df_status_updates_order ON df_status_updates (order_id, created_at);
    `);
  },
};
