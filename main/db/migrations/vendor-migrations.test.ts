import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../database';
import type { Db } from '../database';
import { tempDir } from '../../../test/support/temp-dir';

const dirs: ReturnType<typeof tempDir>[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) d.cleanup();
});

function database(): Db {
  const dir = tempDir();
  dirs.push(dir);
  const { db } = openDatabase(join(dir.path, 'packbench.db'));
  db.prepare(`INSERT INTO accounts (id, name, type, region, marketplace_ids, environment, lwa_client_id, secrets, created_at, updated_at) VALUES ('v', 'Vendor', 'vendor', 'NA', '[]', 'sandbox', 'client', X'00', '2026-01-01', '2026-01-01')`).run();
  return db;
}

describe('0006 retail shipments and 0007 MCF orders', () => {
  it('refuses a second container with an SSCC already issued, and an SSCC that is not 18 digits long', () => {
    const db = database();
    db.prepare(`INSERT INTO retail_shipments (id, account_id, shipment_identifier, ship_to_party, shipment_type, step, created_at, updated_at) VALUES ('s', 'v', 'PB1', 'ABE2', 'TruckLoad', 'building', 0, 0)`).run();
    const insert = db.prepare(`INSERT INTO retail_containers (id, shipment_id, kind, number, sscc, status, created_at, updated_at) VALUES (?, 's', 'carton', ?, ?, 'open', 0, 0)`);
    insert.run('c1', 1, '006141410000000001');
    expect(() => insert.run('c2', 2, '006141410000000001')).toThrow(/UNIQUE/);
    expect(() => insert.run('c3', 3, '00614141')).toThrow(/CHECK/);
    db.close();
  });

  it('refuses unknown steps and a GS1 company prefix outside 6 to 12 digits', () => {
    const db = database();
    expect(() =>
      db.prepare(`INSERT INTO retail_shipments (id, account_id, shipment_identifier, ship_to_party, shipment_type, step, created_at, updated_at) VALUES ('s', 'v', 'PB1', 'ABE2', 'TruckLoad', 'sent', 0, 0)`).run(),
    ).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO retail_vendor_settings (account_id, selling_party, ship_from_party, gs1_company_prefix, updated_at) VALUES ('v', 'A', 'B', '12345', 0)`).run()).toThrow(/CHECK/);
    expect(() =>
      db.prepare(`INSERT INTO mcf_orders (id, account_id, seller_fulfillment_order_id, displayable_order_id, displayable_comment, shipping_speed, fulfillment_action, step, items, created_at, updated_at)
                  VALUES ('o', 'v', 'PB-1', 'PB-1', '', 'Standard', 'Ship', 'shipped', '[]', 0, 0)`).run(),
    ).toThrow(/CHECK/);
    db.close();
  });

  it('removes an account’s shipments, containers and MCF orders with the account', () => {
    const db = database();
    db.prepare(`INSERT INTO retail_shipments (id, account_id, shipment_identifier, ship_to_party, shipment_type, step, created_at, updated_at) VALUES ('s', 'v', 'PB1', 'ABE2', 'TruckLoad', 'building', 0, 0)`).run();
    db.prepare(`INSERT INTO retail_containers (id, shipment_id, kind, number, sscc, status, created_at, updated_at) VALUES ('c', 's', 'carton', 1, '006141410000000001', 'open', 0, 0)`).run();
    db.prepare(`INSERT INTO mcf_orders (id, account_id, seller_fulfillment_order_id, displayable_order_id, displayable_comment, shipping_speed, fulfillment_action, step, items, created_at, updated_at)
                VALUES ('o', 'v', 'PB-1', 'PB-1', '', 'Standard', 'Ship', 'creating', '[]', 0, 0)`).run();
    db.prepare(`DELETE FROM accounts WHERE id = 'v'`).run();
    expect(db.prepare('SELECT (SELECT count(*) FROM retail_shipments) + (SELECT count(*) FROM retail_containers) + (SELECT count(*) FROM mcf_orders) AS n').get()).toEqual({ n: 0 });
    db.close();
  });
});
