import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../main/db/database';
import { median, percentile, round, type BenchResult } from './bench-result';
import { benchStation, packingPlan } from './bench-station';

const SCANS = 1500;
const PER_BOX = 50;
const SKUS = 20;
const ROUND = 100;

/**
 * Scans committed per second through the store API (PackingService.scan: each scan its own durable transaction, WAL
 * with synchronous=FULL as the station opens its database), against a plain better-sqlite3 loop that writes the same
 * rows (the scan record and the box line) one transaction each, on a database opened the same way.
 */
type ScanRow = { plan_id: string; box_id: string; code: string; msku: string; quantity: number; at: number };

export async function run(): Promise<BenchResult> {
  const b = await benchStation();
  const items = b.catalogue.filter((c) => !c.requiresExpiration).slice(0, SKUS);
  const planId = packingPlan(b, items, SCANS);
  const scansSince = b.station.db.prepare('SELECT * FROM inbound_scans WHERE plan_id = ? AND id > ? ORDER BY id');
  const boxRow = b.station.db.prepare('SELECT * FROM inbound_boxes WHERE id = ?');

  // The same rows go into a database of its own, opened and migrated exactly as the station's.
  const { db } = openDatabase(join(b.dir, 'plain.db'));
  db.exec(`ATTACH DATABASE '${join(b.dir, 'data', 'packbench.db').replace(/'/g, "''")}' AS station`);
  db.exec(`INSERT INTO accounts SELECT * FROM station.accounts; INSERT INTO ship_from_addresses SELECT * FROM station.ship_from_addresses;
           INSERT INTO inbound_plans SELECT * FROM station.inbound_plans;`);
  db.exec('DETACH DATABASE station');
  const insertBox = db.prepare(
    `INSERT INTO inbound_boxes (id, plan_id, number, packing_group_id, status, created_at, updated_at) VALUES (@id, @plan_id, @number, @packing_group_id, 'open', @created_at, @updated_at)`,
  );
  const insertScan = db.prepare('INSERT INTO inbound_scans (plan_id, box_id, code, msku, quantity, accepted, reason, at) VALUES (?, ?, ?, ?, ?, 1, NULL, ?)');
  const upsertLine = db.prepare(
    `INSERT INTO inbound_box_items (box_id, msku, quantity, expiration) VALUES (?, ?, ?, NULL)
     ON CONFLICT (box_id, msku, ifnull(expiration, '')) DO UPDATE SET quantity = quantity + excluded.quantity`,
  );
  const write = db.transaction((row: ScanRow) => {
    upsertLine.run(row.box_id, row.msku, row.quantity);
    insertScan.run(row.plan_id, row.box_id, row.code, row.msku, row.quantity, row.at);
  });

  // Rounds alternate between the two, so both meet the same disk (other processes share it) and the ratio holds.
  const storeMs: number[] = [];
  const plainMs: number[] = [];
  let boxId = '';
  let lastScanId = 0;
  try {
    for (let round = 0; round < SCANS / ROUND; round++) {
      for (let i = round * ROUND; i < (round + 1) * ROUND; i++) {
        if (i % PER_BOX === 0) {
          boxId = b.station.packing.openBox(planId, { packingGroupId: 'pg-bench' }).id;
          insertBox.run(boxRow.get(boxId));
        }
        const started = performance.now();
        const outcome = b.station.packing.scan({ boxId, code: items[i % items.length]!.fnsku });
        storeMs.push(performance.now() - started);
        if (!outcome.ok) throw new Error(`Scan ${i} refused: ${outcome.message}`);
      }
      for (const row of scansSince.all(planId, lastScanId) as (ScanRow & { id: number })[]) {
        const started = performance.now();
        write.immediate(row);
        plainMs.push(performance.now() - started);
        lastScanId = row.id;
      }
    }
  } finally {
    db.close();
    await b.close();
  }

  const total = (values: number[]) => values.reduce((sum, v) => sum + v, 0);
  const storeRate = storeMs.length / (total(storeMs) / 1000);
  const plainRate = plainMs.length / (total(plainMs) / 1000);
  return {
    name: 'Scans committed per second (one durable transaction each)',
    figures: {
      'store API (PackingService.scan), scans/s': round(storeRate),
      'plain better-sqlite3 loop, same rows, scans/s': round(plainRate),
      'ratio store / plain': round(storeRate / plainRate, 3),
      'store median ms/scan': round(median(storeMs), 3),
      'store p99 ms/scan': round(percentile(storeMs, 99), 3),
      'plain median ms/scan': round(median(plainMs), 3),
    },
    notes: [`${SCANS} scans of ${SKUS} SKUs, ${PER_BOX} to a box, in rounds of ${ROUND} alternating with the plain loop; WAL, synchronous=FULL, foreign keys on, in both`],
  };
}
