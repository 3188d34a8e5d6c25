import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../database';
import { tempDir } from '../../../test/support/temp-dir';

const dirs: ReturnType<typeof tempDir>[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) d.cleanup();
});

describe('0011 DF own carrier and status updates', () => {
  it('keeps one row per package event, to its known states, and drops the updates with their order', () => {
    const dir = tempDir();
    dirs.push(dir);
    const { db } = openDatabase(join(dir.path, 'packbench.db'));
    db.prepare(`INSERT INTO accounts (id, name, type, region, marketplace_ids, environment, lwa_client_id, secrets, created_at, updated_at) VALUES ('v', 'Vendor', 'vendor', 'NA', '[]', 'sandbox', 'c', X'00', '2026-01-01', '2026-01-01')`).run();
    db.prepare(
      `INSERT INTO df_orders (id, account_id, purchase_order_number, order_date, amazon_status, step, selling_party, ship_from_party, items, own_carrier, own_carrier_scac, created_at, updated_at)
       VALUES ('o', 'v', 'PO1', '2026-01-01', 'SHIPPED', 'shipped', 'S', 'W', '[]', 'Reno Express', 'RNEX', 0, 0)`,
    ).run();
    db.prepare(`INSERT INTO df_packages (id, order_id, number, status, tracking_number, created_at, updated_at) VALUES ('p', 'o', 1, 'closed', 'T1', 0, 0)`).run();
    const insert = db.prepare(
      `INSERT INTO df_status_updates (id, order_id, package_id, tracking_number, status_code, reason_code, status_date_time, location, state, created_at, updated_at)
       VALUES (?, 'o', 'p', 'T1', ?, 'NS', '2026-01-02T10:00:00Z', '{}', ?, 0, 0)`,
    );
    insert.run('u1', 'D1', 'sending');
    expect(() => insert.run('u2', 'D1', 'sending')).toThrow(/UNIQUE/);
    expect(() => insert.run('u3', 'OD', 'sent')).toThrow(/CHECK/);
    expect(db.prepare(`SELECT own_carrier, own_carrier_scac FROM df_orders WHERE id = 'o'`).get()).toEqual({ own_carrier: 'Reno Express', own_carrier_scac: 'RNEX' });
    db.prepare(`DELETE FROM df_orders WHERE id = 'o'`).run();
    expect(db.prepare('SELECT count(*) AS n FROM df_status_updates').get()).toEqual({ n: 0 });
    db.close();
  });
});
