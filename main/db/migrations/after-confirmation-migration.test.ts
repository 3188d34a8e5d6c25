import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../database';
import { tempDir } from '../../../test/support/temp-dir';

const dirs: ReturnType<typeof tempDir>[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) d.cleanup();
});

describe('0009 inbound after confirmation', () => {
  it('keeps content updates to their known states and drops them with their plan', () => {
    const dir = tempDir();
    dirs.push(dir);
    const { db } = openDatabase(join(dir.path, 'packbench.db'));
    db.prepare(`INSERT INTO accounts (id, name, type, region, marketplace_ids, environment, lwa_client_id, secrets, created_at, updated_at) VALUES ('s', 'Seller', 'seller', 'NA', '[]', 'sandbox', 'c', X'00', '2026-01-01', '2026-01-01')`).run();
    db.prepare(`INSERT INTO ship_from_addresses (id, account_id, label, address, created_at, updated_at) VALUES ('f', 's', 'Home', '{}', 0, 0)`).run();
    db.prepare(`INSERT INTO inbound_plans (id, account_id, marketplace_id, ship_from_id, name, flow, status, step, created_at, updated_at) VALUES ('p', 's', 'ATVPDKIKX0DER', 'f', 'P', 'pack_first', 'active', 'labels', 0, 0)`).run();
    const insert = db.prepare(`INSERT INTO inbound_content_updates (id, plan_id, shipment_id, state, boxes, created_at, updated_at) VALUES (?, 'p', 'sh1', ?, '[]', 0, 0)`);
    insert.run('u1', 'requested');
    expect(() => insert.run('u2', 'sent')).toThrow(/CHECK/);
    db.prepare(`INSERT INTO inbound_boxes (id, plan_id, number, status, amazon_package_id, created_at, updated_at) VALUES ('b', 'p', 1, 'closed', 'pk1', 0, 0)`).run();
    db.prepare(`DELETE FROM inbound_plans WHERE id = 'p'`).run();
    expect(db.prepare('SELECT count(*) AS n FROM inbound_content_updates').get()).toEqual({ n: 0 });
    db.close();
  });
});
