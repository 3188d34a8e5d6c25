import type { Migration } from './migration';

/**
 * Place first: what Amazon put in each shipment (packing happens per shipment, and Amazon refuses a shipment whose
 * boxes hold other units than its own), and the freight details an LTL quote needs, entered at the station per shipment.
 */
export const inboundPlaceFirst: Migration = {
  version: 8,
  name: 'inbound-place-first',
  up(db) {
    db.exec(`
      CREATE TABLE inbound_shipment_items (
        plan_id TEXT NOT NULL REFERENCES inbound_plans (id) ON DELETE CASCADE,
        shipment_id TEXT NOT NULL,
        msku TEXT NOT NULL,
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        expiration TEXT
      ) STRICT;
      CREATE UNIQUE INDEX inbound_shipment_items_line ON inbound_shipment_items (plan_id, shipment_id, msku, ifnull(expiration, ''));

      -- One row per shipment; its pallets are in inbound_pallets. The contact for the carrier is the ship-from address's.
      CREATE TABLE inbound_freight (
        plan_id TEXT NOT NULL REFERENCES inbound_plans (id) ON DELETE CASCADE,
        shipment_id TEXT NOT NULL,
        freight_class TEXT NOT NULL,
        declared_value REAL NOT NULL CHECK (declared_value > 0),
        currency TEXT NOT NULL CHECK (length(currency) = 3),
        ready_to_ship TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (plan_id, shipment_id)
      ) STRICT;
    `);
  },
};
