import type { Migration } from './migration';

export const vendorDirectFulfillment: Migration = {
  version: 5,
  name: 'vendor-direct-fulfillment',
  up(db) {
    db.exec(`
      CREATE TABLE df_orders (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        purchase_order_number TEXT NOT NULL,
        order_date TEXT NOT NULL,
        amazon_status TEXT NOT NULL,
        step TEXT NOT NULL CHECK (step IN ('new', 'acknowledged', 'packing', 'labelled', 'shipped', 'cancelled')),
        selling_party TEXT NOT NULL,
        ship_from_party TEXT NOT NULL,
        ship_method TEXT,
        required_ship_date TEXT,
        packing_slip_required INTEGER NOT NULL DEFAULT 0,
        -- The customer's name, address and phone: encrypted, and erased 30 days after the shipment is confirmed.
        ship_to BLOB,
        -- Order lines without personal data: sequence, ASIN, vendor SKU, quantity, title.
        items TEXT NOT NULL,
        confirmed_at INTEGER,
        personal_data_erased_at INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        UNIQUE (account_id, purchase_order_number)
      ) STRICT;
      CREATE INDEX df_orders_step ON df_orders (account_id, step, required_ship_date);

      CREATE TABLE df_packages (
        id TEXT PRIMARY KEY,
        order_id TEXT NOT NULL REFERENCES df_orders (id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
        weight REAL,
        weight_unit TEXT CHECK (weight_unit IN ('LB', 'KG')),
        length REAL,
        width REAL,
        height REAL,
        dimension_unit TEXT CHECK (dimension_unit IN ('IN', 'CM')),
        tracking_number TEXT,
        -- Amazon's label for this package (it shows the customer's address): encrypted, erased with the ship-to.
        label BLOB,
        label_format TEXT CHECK (label_format IN ('PNG', 'ZPL', 'PDF')),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        UNIQUE (order_id, number)
      ) STRICT;
      CREATE INDEX df_packages_tracking ON df_packages (tracking_number);

      CREATE TABLE df_package_items (
        package_id TEXT NOT NULL REFERENCES df_packages (id) ON DELETE CASCADE,
        item_sequence_number TEXT NOT NULL,
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        PRIMARY KEY (package_id, item_sequence_number)
      ) STRICT;

      CREATE TABLE df_scans (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        order_id TEXT NOT NULL REFERENCES df_orders (id) ON DELETE CASCADE,
        package_id TEXT,
        code TEXT NOT NULL,
        item_sequence_number TEXT,
        accepted INTEGER NOT NULL CHECK (accepted IN (0, 1)),
        reason TEXT,
        at INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
