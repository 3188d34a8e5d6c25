import type { Migration } from './migration';

export const catalogueAndInbound: Migration = {
  version: 3,
  name: 'catalogue-and-inbound',
  up(db) {
    db.exec(`
      CREATE TABLE ship_from_addresses (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        label TEXT NOT NULL,
        address TEXT NOT NULL, -- JSON in the Fulfillment Inbound Address shape
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;

      -- What the station knows of each account's products, to resolve any scanned code to an MSKU offline.
      CREATE TABLE catalog_items (
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        msku TEXT NOT NULL,
        fnsku TEXT,
        asin TEXT,
        upc TEXT,
        ean TEXT,
        -- UPC, EAN or GTIN as the 14-digit GTIN, so any of their barcodes finds the item.
        gtin14 TEXT,
        title TEXT NOT NULL DEFAULT '',
        weight_g INTEGER,
        length_mm INTEGER,
        width_mm INTEGER,
        height_mm INTEGER,
        prep_owner TEXT NOT NULL DEFAULT 'SELLER' CHECK (prep_owner IN ('AMAZON', 'SELLER', 'NONE')),
        label_owner TEXT NOT NULL DEFAULT 'SELLER' CHECK (label_owner IN ('AMAZON', 'SELLER', 'NONE')),
        requires_expiration INTEGER NOT NULL DEFAULT 0 CHECK (requires_expiration IN (0, 1)),
        hazmat INTEGER NOT NULL DEFAULT 0 CHECK (hazmat IN (0, 1)),
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (account_id, msku)
      ) STRICT;
      CREATE INDEX catalog_items_fnsku ON catalog_items (account_id, fnsku);
      CREATE INDEX catalog_items_asin ON catalog_items (account_id, asin);
      CREATE INDEX catalog_items_gtin ON catalog_items (account_id, gtin14);

      CREATE TABLE inbound_plans (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        marketplace_id TEXT NOT NULL,
        ship_from_id TEXT NOT NULL REFERENCES ship_from_addresses (id),
        -- Given to Amazon too: it carries the local id so a plan can be found again after an ambiguous create.
        name TEXT NOT NULL,
        flow TEXT NOT NULL CHECK (flow IN ('pack_first', 'place_first')),
        amazon_plan_id TEXT UNIQUE,
        status TEXT NOT NULL,
        step TEXT NOT NULL,
        packing_option_id TEXT,
        placement_option_id TEXT,
        ready_to_ship_at TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX inbound_plans_account ON inbound_plans (account_id, updated_at);

      CREATE TABLE inbound_plan_items (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        plan_id TEXT NOT NULL REFERENCES inbound_plans (id) ON DELETE CASCADE,
        msku TEXT NOT NULL,
        fnsku TEXT,
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        prep_owner TEXT NOT NULL,
        label_owner TEXT NOT NULL,
        expiration TEXT,
        lot_code TEXT
      ) STRICT;
      CREATE UNIQUE INDEX inbound_plan_items_line ON inbound_plan_items (plan_id, msku, ifnull(expiration, ''));

      -- Amazon's options, as last read from Amazon. raw keeps the whole option for the screens.
      CREATE TABLE inbound_packing_options (
        plan_id TEXT NOT NULL REFERENCES inbound_plans (id) ON DELETE CASCADE,
        packing_option_id TEXT NOT NULL,
        status TEXT NOT NULL,
        expires_at TEXT,
        group_ids TEXT NOT NULL,
        raw TEXT NOT NULL,
        PRIMARY KEY (plan_id, packing_option_id)
      ) STRICT;

      CREATE TABLE inbound_packing_groups (
        plan_id TEXT NOT NULL REFERENCES inbound_plans (id) ON DELETE CASCADE,
        packing_group_id TEXT NOT NULL,
        items TEXT NOT NULL,
        PRIMARY KEY (plan_id, packing_group_id)
      ) STRICT;

      CREATE TABLE inbound_placement_options (
        plan_id TEXT NOT NULL REFERENCES inbound_plans (id) ON DELETE CASCADE,
        placement_option_id TEXT NOT NULL,
        status TEXT NOT NULL,
        expires_at TEXT,
        shipment_ids TEXT NOT NULL,
        raw TEXT NOT NULL,
        PRIMARY KEY (plan_id, placement_option_id)
      ) STRICT;

      CREATE TABLE inbound_shipments (
        plan_id TEXT NOT NULL REFERENCES inbound_plans (id) ON DELETE CASCADE,
        shipment_id TEXT NOT NULL,
        placement_option_id TEXT NOT NULL,
        confirmation_id TEXT,
        status TEXT,
        transportation_option_id TEXT,
        delivery_window_option_id TEXT,
        tracking TEXT,
        raw TEXT NOT NULL DEFAULT '{}',
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (plan_id, shipment_id)
      ) STRICT;
      CREATE INDEX inbound_shipments_confirmation ON inbound_shipments (confirmation_id);

      CREATE TABLE inbound_transportation_options (
        plan_id TEXT NOT NULL REFERENCES inbound_plans (id) ON DELETE CASCADE,
        transportation_option_id TEXT NOT NULL,
        placement_option_id TEXT NOT NULL,
        shipment_id TEXT NOT NULL,
        shipping_mode TEXT NOT NULL,
        shipping_solution TEXT NOT NULL,
        raw TEXT NOT NULL,
        PRIMARY KEY (plan_id, transportation_option_id)
      ) STRICT;
      CREATE INDEX inbound_transportation_by_shipment ON inbound_transportation_options (plan_id, shipment_id);

      CREATE TABLE inbound_delivery_windows (
        plan_id TEXT NOT NULL REFERENCES inbound_plans (id) ON DELETE CASCADE,
        delivery_window_option_id TEXT NOT NULL,
        shipment_id TEXT NOT NULL,
        starts_at TEXT NOT NULL,
        ends_at TEXT NOT NULL,
        valid_until TEXT,
        raw TEXT NOT NULL,
        PRIMARY KEY (plan_id, delivery_window_option_id)
      ) STRICT;

      -- Boxes are the station's own: numbered per plan, edited offline, sent with setPackingInformation.
      CREATE TABLE inbound_boxes (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES inbound_plans (id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        packing_group_id TEXT,
        shipment_id TEXT,
        status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
        weight REAL,
        weight_unit TEXT CHECK (weight_unit IN ('LB', 'KG')),
        length REAL,
        width REAL,
        height REAL,
        dimension_unit TEXT CHECK (dimension_unit IN ('IN', 'CM')),
        content_source TEXT NOT NULL DEFAULT 'BOX_CONTENT_PROVIDED'
          CHECK (content_source IN ('BOX_CONTENT_PROVIDED', 'BARCODE_2D', 'MANUAL_PROCESS')),
        amazon_box_id TEXT,
        tracking_id TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        closed_at INTEGER,
        UNIQUE (plan_id, number)
      ) STRICT;
      CREATE INDEX inbound_boxes_amazon ON inbound_boxes (amazon_box_id);

      CREATE TABLE inbound_box_items (
        box_id TEXT NOT NULL REFERENCES inbound_boxes (id) ON DELETE CASCADE,
        msku TEXT NOT NULL,
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        expiration TEXT
      ) STRICT;
      CREATE UNIQUE INDEX inbound_box_items_line ON inbound_box_items (box_id, msku, ifnull(expiration, ''));

      -- Every scan the station acknowledged, accepted or refused, in order.
      CREATE TABLE inbound_scans (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        plan_id TEXT NOT NULL REFERENCES inbound_plans (id) ON DELETE CASCADE,
        box_id TEXT,
        code TEXT NOT NULL,
        msku TEXT,
        quantity INTEGER NOT NULL,
        accepted INTEGER NOT NULL CHECK (accepted IN (0, 1)),
        reason TEXT,
        at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX inbound_scans_plan ON inbound_scans (plan_id, id);

      CREATE TABLE inbound_pallets (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES inbound_plans (id) ON DELETE CASCADE,
        shipment_id TEXT NOT NULL,
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        length REAL NOT NULL,
        width REAL NOT NULL,
        height REAL NOT NULL,
        dimension_unit TEXT NOT NULL CHECK (dimension_unit IN ('IN', 'CM')),
        weight REAL NOT NULL,
        weight_unit TEXT NOT NULL CHECK (weight_unit IN ('LB', 'KG')),
        stackability TEXT NOT NULL CHECK (stackability IN ('STACKABLE', 'NON_STACKABLE'))
      ) STRICT;

      CREATE TABLE box_templates (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        length REAL NOT NULL,
        width REAL NOT NULL,
        height REAL NOT NULL,
        dimension_unit TEXT NOT NULL CHECK (dimension_unit IN ('IN', 'CM'))
      ) STRICT;

      CREATE TABLE label_files (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        entity TEXT NOT NULL,
        kind TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('PDF', 'PNG', 'ZPL')),
        path TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        printed_at INTEGER,
        printer TEXT
      ) STRICT;
      CREATE INDEX label_files_entity ON label_files (entity, created_at);
    `);
  },
};
