import type { Migration } from './migration';

/**
 * Changes to a shipment after its carrier is confirmed: Amazon's package id per box (content updates name boxes by it,
 * not by the FBA…U box id), the shipment's name and self-ship appointment, and the content updates themselves.
 */
export const inboundAfterConfirmation: Migration = {
  version: 9,
  name: 'inbound-after-confirmation',
  up(db) {
    db.exec(`
      ALTER TABLE inbound_boxes ADD COLUMN amazon_package_id TEXT;
      CREATE INDEX inbound_boxes_package ON inbound_boxes (plan_id, amazon_package_id);

      ALTER TABLE inbound_shipments ADD COLUMN name TEXT;
      -- Slots offered by Amazon and the booked appointment, as last read; the booking asked for at the station.
      ALTER TABLE inbound_shipments ADD COLUMN self_ship TEXT NOT NULL DEFAULT '{}';

      -- One edit of a shipment's boxes, from the packer's draft to Amazon's preview to its confirmation.
      CREATE TABLE inbound_content_updates (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES inbound_plans (id) ON DELETE CASCADE,
        shipment_id TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('requested', 'generated', 'previewed', 'refused', 'confirming', 'confirmed', 'applied', 'discarded')),
        -- The full box set the shipment should hold afterwards: existing boxes by local id, new ones without.
        boxes TEXT NOT NULL,
        preview_id TEXT,
        preview TEXT,
        problems TEXT NOT NULL DEFAULT '[]',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX inbound_content_updates_shipment ON inbound_content_updates (plan_id, shipment_id, created_at);
    `);
  },
};
