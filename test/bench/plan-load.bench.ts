import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { InboundRepo } from '../../main/inbound/inbound-repo';
import { median, round, type BenchResult } from './bench-result';
import { benchStation, packingPlan } from './bench-station';

const ITEMS = 5000;
const BOXES = 2000;
const LINES_PER_BOX = 3;
const RUNS = 9;

function timed(runs: number, work: () => unknown): number[] {
  work();
  return Array.from({ length: runs }, () => {
    const started = performance.now();
    work();
    return performance.now() - started;
  });
}

/**
 * The time to load a plan of 5,000 items and 2,000 boxes (three lines each) from the store: the plan screen's
 * PlanService.get, and the parts it is made of, median of several runs after one warm-up.
 */
export async function run(): Promise<BenchResult> {
  const b = await benchStation(ITEMS);
  try {
    const planId = packingPlan(b, b.catalogue, 4);
    const db = b.station.db;
    const insertBox = db.prepare(
      `INSERT INTO inbound_boxes (id, plan_id, number, packing_group_id, status, weight, weight_unit, length, width, height, dimension_unit, created_at, updated_at, closed_at)
       VALUES (?, ?, ?, 'pg-bench', 'closed', 12.5, 'LB', 20, 16, 12, 'IN', ?, ?, ?)`,
    );
    const insertLine = db.prepare('INSERT INTO inbound_box_items (box_id, msku, quantity, expiration) VALUES (?, ?, ?, ?)');
    const items = b.station.plans.get(planId).items;
    db.transaction(() => {
      const at = Date.now();
      for (let n = 1; n <= BOXES; n++) {
        const id = randomUUID();
        insertBox.run(id, planId, n, at, at, at);
        for (let l = 0; l < LINES_PER_BOX; l++) {
          const item = items[(n * LINES_PER_BOX + l) % items.length]!;
          insertLine.run(id, item.msku, 2, item.expiration ?? null);
        }
      }
    })();

    const detail = b.station.plans.get(planId);
    if (detail.items.length !== ITEMS || detail.boxes.length !== BOXES) throw new Error(`Loaded ${detail.items.length} items and ${detail.boxes.length} boxes`);
    const repo = new InboundRepo(db);
    const full = timed(RUNS, () => b.station.plans.get(planId));
    const itemsOnly = timed(RUNS, () => repo.items(planId));
    const boxesOnly = timed(RUNS, () => repo.boxes(planId));
    const summary = timed(RUNS, () => repo.summary(repo.plan(planId)));
    const list = timed(RUNS, () => b.station.plans.list());
    return {
      name: `Load a plan of ${ITEMS.toLocaleString('en')} items and ${BOXES.toLocaleString('en')} boxes from the store`,
      figures: {
        'PlanService.get (whole plan), median ms': round(median(full), 2),
        'of which items, median ms': round(median(itemsOnly), 2),
        'of which boxes with their lines, median ms': round(median(boxesOnly), 2),
        'of which summary (counts, sync state), median ms': round(median(summary), 2),
        'PlanService.list (plans screen), median ms': round(median(list), 2),
      },
      notes: [`${RUNS} runs after a warm-up; ${BOXES * LINES_PER_BOX} box lines; catalogue of ${ITEMS} items joined for titles`],
    };
  } finally {
    await b.close();
  }
}
