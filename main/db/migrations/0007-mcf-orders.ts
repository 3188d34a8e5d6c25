import type { Migration } from './migration';

export const mcfOrders: Migration = {
  version: 7,
  name: 'mcf-orders',
  up(db) {
    db.exec(`
      CREATE TABLE mcf_orders (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        -- Made by the station once; creating the order is idempotent by it.
        seller_fulfillment_order_id TEXT NOT NULL UNIQUE,
        displayable_order_id TEXT NOT NULL,
        displayable_comment TEXT NOT NULL,
        shipping_speed TEXT NOT NULL CHECK (shipping_speed IN ('Standard', 'Expedited', 'Priority', 'ScheduledDelivery')),
        fulfillment_action TEXT NOT NULL CHECK (fulfillment_action IN ('Ship', 'Hold')),
        -- The recipient's name, address and phone: encrypted, erased 30 days after the order completes.
        destination BLOB,
        step TEXT NOT NULL CHECK (step IN ('creating', 'open', 'cancelling', 'cancelled', 'complete', 'unfulfillable')),
        amazon_status TEXT,
        items TEXT NOT NULL,
        -- Packages as Amazon reported them: package numbers, carriers and tracking numbers (no personal data).
        packages TEXT NOT NULL DEFAULT '[]',
        refreshed_at INTEGER,
        completed_at INTEGER,
        personal_data_erased_at INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX mcf_orders_account ON mcf_orders (account_id, step, created_at);
    `);
  },
};
