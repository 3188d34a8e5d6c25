import type { Migration } from './migration';

export const retailShipments: Migration = {
  version: 6,
  name: 'retail-shipments',
  up(db) {
    db.exec(`
      -- Who the vendor is to Amazon on an ASN, and the GS1 company prefix its SSCCs are built from.
      CREATE TABLE retail_vendor_settings (
        account_id TEXT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
        selling_party TEXT NOT NULL,
        ship_from_party TEXT NOT NULL,
        gs1_company_prefix TEXT NOT NULL CHECK (length(gs1_company_prefix) BETWEEN 6 AND 12),
        updated_at INTEGER NOT NULL
      ) STRICT;

      -- The next SSCC serial reference per company prefix. It only goes up, and is advanced in the same transaction
      -- that stores the carton or pallet, so no serial is ever issued twice, even across a crash.
      CREATE TABLE sscc_serials (
        company_prefix TEXT PRIMARY KEY,
        next_serial INTEGER NOT NULL CHECK (next_serial >= 0)
      ) STRICT;

      CREATE TABLE retail_shipments (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        -- The ASN's shipmentIdentifier: made by the station, unique to this shipment.
        shipment_identifier TEXT NOT NULL UNIQUE,
        ship_to_party TEXT NOT NULL,
        shipment_type TEXT NOT NULL CHECK (shipment_type IN ('TruckLoad', 'LessThanTruckLoad', 'SmallParcel')),
        step TEXT NOT NULL CHECK (step IN ('building', 'submitted', 'confirmed', 'rejected')),
        problems TEXT NOT NULL DEFAULT '[]',
        submitted_at INTEGER,
        confirmed_at INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX retail_shipments_account ON retail_shipments (account_id, step);

      -- Purchase order lines the packer entered (the station does not read Vendor Orders).
      CREATE TABLE retail_shipment_items (
        shipment_id TEXT NOT NULL REFERENCES retail_shipments (id) ON DELETE CASCADE,
        item_sequence_number TEXT NOT NULL,
        purchase_order_number TEXT NOT NULL,
        vendor_sku TEXT NOT NULL,
        asin TEXT,
        title TEXT NOT NULL,
        expected INTEGER NOT NULL CHECK (expected > 0),
        PRIMARY KEY (shipment_id, item_sequence_number),
        UNIQUE (shipment_id, purchase_order_number, vendor_sku)
      ) STRICT;

      CREATE TABLE retail_containers (
        id TEXT PRIMARY KEY,
        shipment_id TEXT NOT NULL REFERENCES retail_shipments (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('carton', 'pallet')),
        number INTEGER NOT NULL,
        sscc TEXT NOT NULL UNIQUE CHECK (length(sscc) = 18),
        pallet_id TEXT REFERENCES retail_containers (id) ON DELETE SET NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
        weight REAL,
        weight_unit TEXT CHECK (weight_unit IN ('LB', 'KG')),
        length REAL,
        width REAL,
        height REAL,
        dimension_unit TEXT CHECK (dimension_unit IN ('IN', 'CM')),
        -- A small-parcel carton's carrier tracking number.
        tracking_number TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        UNIQUE (shipment_id, kind, number)
      ) STRICT;

      CREATE TABLE retail_container_items (
        container_id TEXT NOT NULL REFERENCES retail_containers (id) ON DELETE CASCADE,
        item_sequence_number TEXT NOT NULL,
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        PRIMARY KEY (container_id, item_sequence_number)
      ) STRICT;

      CREATE TABLE retail_scans (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        shipment_id TEXT NOT NULL REFERENCES retail_shipments (id) ON DELETE CASCADE,
        container_id TEXT,
        code TEXT NOT NULL,
        item_sequence_number TEXT,
        accepted INTEGER NOT NULL CHECK (accepted IN (0, 1)),
        reason TEXT,
        at INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
