import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPracticeMarketplace, type PracticeMarketplace } from '../../main/practice/practice-marketplace';
import { seededRandom } from '../../main/practice/random';
import { PRACTICE_SELLER } from '../../main/practice/practice-accounts';
import { createStation, databaseFile } from '../../main/core/station';
import { keyFileCipher } from '../../main/security/secret-cipher';
import { InboundApi } from '../../main/inbound/sync/inbound-api';
import { amazonBoxSignature, boxSignature } from '../../main/inbound/sync/packing-handlers';
import { CRASH_CHAOS, CRASH_SKUS, CRASH_UNITS_PER_SKU, type ChildEvent } from '../support/crash-script';
import { ChildRun, bundleChild, sleep, type ChildConfig } from '../support/crash-runner';
import { tempDir } from '../support/temp-dir';
import { FaultProxy } from '../support/fault-proxy';
import { LWA_PATH } from '../../main/practice/lwa-endpoint';

const SEED = 20261130;
const KILLS = 50;

/**
 * Where the n-th life of the child is killed. Spread over the whole session: while the process starts, while the plan
 * is created and its packing options awaited, between and during scans (the outbox works meanwhile), and, once packing
 * is submitted, the moment one of its SP-API requests reaches the marketplace: the marketplace acts on it, the station
 * never sees the reply. Scan kill points left over when the scans are done become request kill points.
 */
type KillPoint =
  | { kind: 'startup'; afterMs: number }
  | { kind: 'ready'; afterMs: number }
  | { kind: 'scans'; acks: number; afterMs: number; requests: number }
  | { kind: 'request'; requests: number };

function killPoints(seed: number): KillPoint[] {
  const random = seededRandom(seed, 97);
  return Array.from({ length: KILLS }, (_, i): KillPoint => {
    if (i < 2) return { kind: 'startup', afterMs: random.int(100, 1200) };
    if (i < 8) return { kind: 'ready', afterMs: random.int(0, 600) };
    if (i < 36) return { kind: 'scans', acks: random.int(1, 10), afterMs: random.int(0, 8), requests: random.int(1, 3) };
    return { kind: 'request', requests: random.int(1, 3) };
  });
}

let market: PracticeMarketplace;
let proxy: FaultProxy;
let dir: ReturnType<typeof tempDir>;
let config: ChildConfig;
let child: Awaited<ReturnType<typeof bundleChild>>;

beforeAll(async () => {
  child = await bundleChild();
  market = await startPracticeMarketplace({ seed: SEED, asyncDelayMs: 20, faults: CRASH_CHAOS, enforceRateLimits: true });
  proxy = await FaultProxy.start(market.baseUrl);
  dir = tempDir('packbench-crash-');
  config = { script: child.file, seed: SEED, dataDir: join(dir.path, 'data'), keyDir: join(dir.path, 'keys'), baseUrl: proxy.baseUrl, lwaUrl: proxy.baseUrl + LWA_PATH };
});
afterAll(async () => {
  await proxy?.close();
  await market?.close();
  dir?.cleanup();
  child?.remove();
});

/** Kills the child during its `n`-th SP-API request (logins aside) after it reported the sync phase. */
function killOnRequest(run: ChildRun, n: number): Promise<void> {
  let seen = 0;
  proxy.onRequest = (_method, path) => {
    if (path === LWA_PATH || run.phase !== 'sync') return;
    if (++seen === n) run.process.kill('SIGKILL');
  };
  return run.exited;
}

async function killAt(run: ChildRun, point: KillPoint): Promise<void> {
  switch (point.kind) {
    // Scanning takes well under a second, so the kill points before it also fall at the first scan at the latest.
    case 'startup':
      await Promise.race([sleep(point.afterMs), run.until(() => run.count('ack') > 0)]);
      break;
    case 'ready':
      await run.until(() => run.count('ready') > 0);
      await Promise.race([sleep(point.afterMs), run.until(() => run.count('ack') > 0)]);
      break;
    case 'scans':
      await run.until(() => run.count('ack') >= point.acks || run.phase === 'sync');
      if (run.phase === 'sync') return killOnRequest(run, point.requests);
      await sleep(point.afterMs);
      break;
    case 'request':
      return killOnRequest(run, point.requests);
  }
  await run.kill();
}

/** The outbox and the operations it follows, for the message of a failed run. */
function outboxReport(): string {
  const db = new Database(databaseFile(config.dataDir), { readonly: true });
  try {
    const now = Date.now();
    const entries = db.prepare('SELECT id, op, state, attempts, in_doubt, next_attempt_at, operation_id, last_error FROM outbox ORDER BY id').all() as Record<string, unknown>[];
    const operations = db.prepare('SELECT operation_id, op, status, polls, next_poll_at FROM async_operations ORDER BY created_at').all() as Record<string, unknown>[];
    return [
      ...entries.map((e) => `outbox ${e.id} ${e.op} ${e.state} attempts=${e.attempts} inDoubt=${e.in_doubt} dueIn=${Number(e.next_attempt_at) - now}ms op=${e.operation_id} ${e.last_error ?? ''}`),
      ...operations.map((o) => `operation ${o.operation_id} ${o.op} ${o.status} polls=${o.polls} dueIn=${Number(o.next_poll_at) - now}ms`),
    ].join('\n');
  } finally {
    db.close();
  }
}

describe('crash recovery: the station core killed with SIGKILL 50 times during a packing-and-sync session, marketplace in chaos mode', () => {
  it('keeps every acknowledged scan, creates one plan and one box set on the marketplace, and empties the outbox', async () => {
    const acked: Extract<ChildEvent, { type: 'ack' }>[] = [];
    const onEvent = (event: ChildEvent) => {
      if (event.type === 'ack') acked.push(event);
    };
    const killedIn = new Map<string, number>();
    let kills = 0;
    const started = Date.now();
    for (const point of killPoints(SEED)) {
      const run = new ChildRun(config, onEvent);
      await Promise.race([killAt(run, point), sleep(30_000).then(() => run.kill())]);
      await run.kill();
      proxy.onRequest = null;
      const failure = run.events.find((e) => e.type === 'failed');
      expect(failure, `life ${kills + 1}: ${JSON.stringify(failure)}\n${run.stderr.join('\n')}`).toBeUndefined();
      if (run.signal === 'SIGKILL') {
        kills++;
        const where = `${point.kind}/${run.phase}`;
        killedIn.set(where, (killedIn.get(where) ?? 0) + 1);
      }
      expect(run.events.some((e) => e.type === 'done'), `the session ended before kill point ${kills + 1} of ${KILLS} (${JSON.stringify(Object.fromEntries(killedIn))})`).toBe(false);
    }

    const last = new ChildRun(config, onEvent);
    await Promise.race([last.exited, sleep(90_000).then(() => last.kill())]);
    const done = last.events.find((e): e is Extract<ChildEvent, { type: 'done' }> => e.type === 'done');
    expect(done, `the last life did not finish: ${JSON.stringify(last.events.at(-1))}\n${outboxReport()}\n${last.stderr.join('\n')}`).toBeDefined();

    const db = new Database(databaseFile(config.dataDir), { readonly: true });
    let local: { scans: number; boxes: number; closed: number; units: number; outbox: Record<string, number> };
    try {
      const scan = db.prepare('SELECT box_id, msku, accepted FROM inbound_scans WHERE id = ?');
      const missing = acked.filter((a) => {
        const row = scan.get(a.scanId) as { box_id: string; msku: string; accepted: number } | undefined;
        return !row || row.box_id !== a.boxId || row.msku !== a.msku || row.accepted !== 1;
      });
      expect(missing, 'acknowledged scans missing from the database').toEqual([]);
      // Box contents are exactly the accepted scans: none lost, none counted twice by a resumed script.
      const mismatched = db
        .prepare(
          `SELECT bi.box_id, bi.msku, bi.quantity, (SELECT ifnull(sum(s.quantity), 0) FROM inbound_scans s WHERE s.box_id = bi.box_id AND s.msku = bi.msku AND s.accepted = 1) AS scanned
           FROM inbound_box_items bi WHERE bi.quantity != scanned`,
        )
        .all();
      expect(mismatched).toEqual([]);
      local = db
        .prepare(
          `SELECT (SELECT count(*) FROM inbound_scans WHERE accepted = 1) AS scans, (SELECT count(*) FROM inbound_boxes) AS boxes,
                  (SELECT count(*) FROM inbound_boxes WHERE status = 'closed') AS closed, (SELECT ifnull(sum(quantity), 0) FROM inbound_box_items) AS units`,
        )
        .get() as typeof local;
      local.outbox = Object.fromEntries((db.prepare('SELECT state, count(*) AS n FROM outbox GROUP BY state').all() as { state: string; n: number }[]).map((r) => [r.state, r.n]));
    } finally {
      db.close();
    }

    const plans = market.inspect.plans().filter((p) => p.accountId === PRACTICE_SELLER.accountId);
    market.setFaults(null);
    const station = createStation({
      dataDir: config.dataDir,
      cipher: keyFileCipher(config.dataDir, config.keyDir),
      host: 'browser',
      log: () => undefined,
      startSync: false,
      practice: () => ({ baseUrl: market.baseUrl, lwaTokenUrl: market.lwaUrl }),
    });
    let remoteSignatures: string[];
    let localSignatures: string[];
    try {
      const plan = station.plans.get(done!.planId);
      localSignatures = plan.boxes.map((b) => boxSignature(b)).sort();
      remoteSignatures = (await new InboundApi(station.spapi.caller(plan.accountId)).planBoxes(done!.amazonPlanId)).map(amazonBoxSignature).sort();
    } finally {
      await station.close();
    }

    const faults = market.inspect.faults();
    console.log(
      [
        `crash test: ${kills} SIGKILLs in ${Math.round((Date.now() - started) / 1000)} s; kill points (kind/phase): ${JSON.stringify(Object.fromEntries(killedIn))}`,
        `  requests through the proxy: ${proxy.forwarded.length}; marketplace faults: ${faults.length} (${faults.filter((f) => f.phase === 'after').length} after processing)`,
        `  acknowledged scans: ${acked.length}; accepted scans in the database: ${local.scans}; units in boxes: ${local.units}`,
        `  local boxes: ${local.boxes} (${local.closed} closed); marketplace boxes: ${plans[0]?.boxes}`,
        `  marketplace plans for the seller: ${market.inspect.plansCreated(PRACTICE_SELLER.accountId)}; counts ${JSON.stringify(plans[0]?.counts)}`,
        `  outbox: ${JSON.stringify(local.outbox)}`,
      ].join('\n'),
    );

    expect(kills).toBe(KILLS);
    expect(acked.length).toBeGreaterThanOrEqual(200);
    expect(local.scans).toBe(CRASH_SKUS * CRASH_UNITS_PER_SKU);
    expect(local.units).toBe(CRASH_SKUS * CRASH_UNITS_PER_SKU);
    expect(local.closed).toBe(local.boxes);
    expect(local.boxes).toBeGreaterThanOrEqual(40);
    expect(market.inspect.plansCreated(PRACTICE_SELLER.accountId)).toBe(1);
    expect(plans).toHaveLength(1);
    expect(plans[0]!.boxes).toBe(local.closed);
    expect(plans[0]!.counts.packingInformationSets).toBe(1);
    expect(plans[0]!.counts).toMatchObject({ packingOptionConfirmations: 1, placementConfirmations: 1, transportationConfirmations: 1 });
    expect(remoteSignatures).toEqual(localSignatures);
    expect((local.outbox.pending ?? 0) + (local.outbox.waiting ?? 0) + (local.outbox.failed ?? 0)).toBe(0);
  }, 300_000);
});
