import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startHost } from '../e2e/support/station-host';
import { median, percentile, round, type BenchResult } from './bench-result';

/** Line items (MSKUs) in the plan, all standard-size, so that they form one packing group. */
const ITEMS = 500;
/** MSKUs the scans go to, in turn, and the units planned for each: SCANNED × UNITS_PER_SCANNED = SCANS. */
const SCANNED = 50;
const UNITS_PER_SCANNED = 20;
/** Units planned for each of the other MSKUs; BOXES of them are packed beforehand, one unit per box. */
const UNITS_PER_OTHER = 2;
const BOXES = 300;
const SCANS = 1000;
const TRACED_SCANS = 100;

interface BenchItem {
  msku: string;
  fnsku: string;
  prepOwner: 'AMAZON' | 'SELLER' | 'NONE';
  labelOwner: 'AMAZON' | 'SELLER' | 'NONE';
}

/**
 * Standard-size items of the practice seller (no dangerous goods, no expiration dates, nothing oversize), read from the
 * station's own catalogue cache: the practice marketplace puts them all into one packing group.
 */
function standardItems(dataDir: string, count: number): BenchItem[] {
  const db = new Database(join(dataDir, 'packbench.db'), { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare(
        `SELECT msku, fnsku, prep_owner AS prepOwner, label_owner AS labelOwner FROM catalog_items
         WHERE hazmat = 0 AND requires_expiration = 0 AND fnsku IS NOT NULL AND weight_g < 9000
           AND length_mm < 635 AND width_mm < 635 AND height_mm < 635
         GROUP BY msku ORDER BY msku LIMIT ?`,
      )
      .all(count) as BenchItem[];
    if (rows.length < count) throw new Error(`The practice catalogue has only ${rows.length} standard items; the bench needs ${count}.`);
    return rows;
  } finally {
    db.close();
  }
}

/** Calls the station from the page, as the renderer does. A string, not a function: the bench runs through a transpiler that would rename helpers inside it. */
async function invoke<T>(page: Page, channel: string, request: unknown): Promise<T> {
  const reply = (await page.evaluate(`window.station.invoke(${JSON.stringify(channel)}, ${JSON.stringify(request)})`)) as { ok: boolean; value?: T; error?: { message: string } };
  if (!reply.ok) throw new Error(`${channel}: ${reply.error?.message}`);
  return reply.value as T;
}

interface Detail {
  id: string;
  step: string;
  packingOptionId: string | null;
  packingOptions: { packingOptionId: string; groupIds: string[] }[];
  packingGroups: { packingGroupId: string; items: { msku: string; quantity: number }[] }[];
  sync: { pending: number };
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * In the page: from each armed Enter keydown (its timestamp) to the first animation frame in which the open box's line
 * for the MSKU shows the expected quantity, and on to the first frame in which that line is no longer marked as
 * being saved (the station has acknowledged the scan). A string, not a function: see invoke().
 */
const PROBE = `(() => {
  window.__shown = [];
  window.__acked = [];
  window.__expect = null;
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || !window.__expect) return;
    const started = event.timeStamp;
    const expected = window.__expect;
    let shown = false;
    const check = (frameAt) => {
      const line = document.querySelector('[data-testid="box-line"][data-msku="' + expected.msku + '"]');
      const input = line && line.querySelector('[data-testid="line-quantity"]');
      if (!shown && input && input.value === String(expected.quantity)) {
        shown = true;
        window.__shown.push(frameAt - started);
      }
      if (shown && line && !line.hasAttribute('data-saving') && input.value === String(expected.quantity)) {
        window.__acked.push(frameAt - started);
        window.__expect = null;
      } else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, true);
})()`;

/**
 * Scan-to-screen latency at the packing table: from the scanner's final Enter (the keydown's timestamp) to the first
 * animation frame in which the open box's line shows the new quantity, over 1,000 scans typed at 200 characters per
 * second into a plan of 500 line items with 300 boxes on screen. To see where the time goes, set
 * PACKBENCH_SCAN_PROFILE=file.cpuprofile for the page's JavaScript CPU profile over all scans, or
 * PACKBENCH_SCAN_TRACE=file.json for a Chromium performance trace (scripting, style, layout, paint) of the first
 * TRACED_SCANS scans; open either in Chromium's DevTools.
 */
export async function run(): Promise<BenchResult> {
  const host = await startHost();
  const browser = await chromium.launch({
    executablePath: process.env.PACKBENCH_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(host.url);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    const items = standardItems(host.dataDir, ITEMS);
    const scanned = items.slice(0, SCANNED);
    const others = items.slice(SCANNED);
    const planned = new Map(items.map((i, n) => [i.msku, n < SCANNED ? UNITS_PER_SCANNED : UNITS_PER_OTHER]));
    const accounts = await invoke<{ id: string; type: string }[]>(page, 'accounts:list', {});
    const seller = accounts.find((a) => a.type === 'seller')!;
    const [shipFrom] = await invoke<{ id: string }[]>(page, 'inbound:ship-from-list', { accountId: seller.id });
    const created = await invoke<Detail>(page, 'inbound:create', {
      accountId: seller.id,
      marketplaceId: 'ATVPDKIKX0DER',
      shipFromId: shipFrom!.id,
      flow: 'pack_first',
      name: 'Scan bench',
      items: items.map((i) => ({ msku: i.msku, quantity: planned.get(i.msku)!, prepOwner: i.prepOwner, labelOwner: i.labelOwner })),
    });
    const offered = await until('packing options', async () => {
      const plan = await invoke<Detail>(page, 'inbound:get', { planId: created.id });
      return plan.step === 'choose_packing' && plan.packingOptions.length > 0 && plan.sync.pending === 0 ? plan : undefined;
    });
    // The option with the fewest groups: standard items all share one packing group there.
    const option = [...offered.packingOptions].sort((a, b) => a.groupIds.length - b.groupIds.length)[0]!;
    const plan = await invoke<Detail>(page, 'inbound:choose-packing-option', { planId: created.id, packingOptionId: option.packingOptionId });
    const groups = plan.packingGroups.filter((g) => option.groupIds.includes(g.packingGroupId));
    const group = groups.find((g) => g.items.length === ITEMS);
    if (!group) throw new Error(`The plan's ${ITEMS} items were split into packing groups of ${groups.map((g) => g.items.length).join(', ')}`);
    if (others.length < BOXES) throw new Error(`${others.length} MSKUs are too few for ${BOXES} boxes of one MSKU each`);
    for (const item of others.slice(0, BOXES)) {
      const box = await invoke<{ id: string }>(page, 'inbound:open-box', { planId: plan.id, packingGroupId: group.packingGroupId });
      await invoke(page, 'inbound:scan', { boxId: box.id, code: item.fnsku });
      await invoke(page, 'inbound:close-box', { boxId: box.id, weight: { value: 1, unit: 'LB' }, dimensions: { length: 12, width: 10, height: 8, unit: 'IN' } });
    }

    await page.keyboard.press('F2');
    await page.getByTestId('plan-row').first().getByRole('button').click();
    await page.getByTestId('open-box').waitFor();
    const targets = page.getByTestId('packing-target');
    if ((await targets.count()) > 1) await targets.nth(option.groupIds.indexOf(group.packingGroupId)).click();
    const boxesOnScreen = await page.getByTestId('box-row').count();
    const remainingOnScreen = await page.getByTestId('remaining-row').count();
    await page.evaluate(PROBE);

    const profileTo = process.env.PACKBENCH_SCAN_PROFILE;
    const cdp = profileTo ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const traceTo = process.env.PACKBENCH_SCAN_TRACE;
    if (traceTo) await browser.startTracing(page, { path: traceTo, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute'] });
    const loadBefore = loadavg();
    const counts = new Map<string, number>();
    for (let n = 0; n < SCANS; n++) {
      const item = scanned[n % scanned.length]!;
      const quantity = (counts.get(item.msku) ?? 0) + 1;
      if (quantity > UNITS_PER_SCANNED) throw new Error('The bench plan has too few units for its scans');
      counts.set(item.msku, quantity);
      await page.evaluate(`window.__expect = ${JSON.stringify({ msku: item.msku, quantity })}`);
      await page.keyboard.type(item.fnsku, { delay: 5 });
      await page.keyboard.press('Enter');
      // Waits in the page (the page's CSP forbids waitForFunction's eval); a scan that never shows fails after 10 s.
      const shown = await page.evaluate(`new Promise((done) => {
        const until = performance.now() + 10000;
        const wait = () => (window.__expect === null ? done(true) : performance.now() > until ? done(false) : requestAnimationFrame(wait));
        wait();
      })`);
      if (!shown) throw new Error(`Scan ${n + 1} (${item.fnsku}) did not show quantity ${quantity}, acknowledged`);
      if (traceTo && n + 1 === TRACED_SCANS) await browser.stopTracing();
    }
    const loadAfter = loadavg();
    if (cdp && profileTo) {
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: unknown };
      writeFileSync(profileTo, JSON.stringify(profile));
    }
    const shownMs = (await page.evaluate('window.__shown')) as number[];
    const ackedMs = (await page.evaluate('window.__acked')) as number[];
    const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
    return {
      name: 'Scan to screen at the packing table',
      figures: {
        scans: shownMs.length,
        'line items in plan': ITEMS,
        'boxes on screen': boxesOnScreen,
        'remaining rows in the page': remainingOnScreen,
        'median ms': round(median(shownMs)),
        'p95 ms': round(percentile(shownMs, 95)),
        'max ms': round(Math.max(...shownMs)),
        'acknowledged median ms': round(median(ackedMs)),
        'acknowledged p95 ms': round(percentile(ackedMs, 95)),
        'acknowledged max ms': round(Math.max(...ackedMs)),
      },
      notes: [
        `${ITEMS} MSKUs in one packing group (${SCANNED} × ${UNITS_PER_SCANNED} units scanned, the others ${UNITS_PER_OTHER} each); ${BOXES} closed boxes of one unit packed beforehand; ${SCANNED} MSKUs scanned in turn by FNSKU at 200 chars/s into the focused scan field, all into one open box`,
        'shown: from the Enter keydown to the first animation frame whose box line shows the new quantity; acknowledged: to the first frame where that line is no longer marked as saving',
        `browser host, headless Chromium, 1366×768; load average ${load(loadBefore)} before, ${load(loadAfter)} after, on ${cpus().length} CPUs`,
      ],
    };
  } finally {
    await browser.close();
    await host.stop();
  }
}
