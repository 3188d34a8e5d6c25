import { chromium, type Page } from '@playwright/test';
import { startHost } from '../e2e/support/station-host';
import { lightItems, type CatalogueRow } from '../e2e/support/station-catalogue';
import { median, percentile, round, type BenchResult } from './bench-result';

const SKUS = 100;
const UNITS_PER_SKU = 30;
/** Boxes of one unit packed beforehand from the SKUs the scans leave alone. */
const BOXES = 300;
const SCANS = 1000;

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
 * Scan-to-screen latency at the packing screen: from the scanner's final Enter (the keydown's timestamp) to the first
 * animation frame in which the open box's line shows the new quantity, over 1,000 scans typed at 200 characters per
 * second into a plan of 100 SKUs and 3,000 units with 300 boxes on screen.
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
    const items = lightItems(host.dataDir, SKUS);
    const accounts = await invoke<{ id: string; type: string }[]>(page, 'accounts:list', {});
    const seller = accounts.find((a) => a.type === 'seller')!;
    const [shipFrom] = await invoke<{ id: string }[]>(page, 'inbound:ship-from-list', { accountId: seller.id });
    const created = await invoke<Detail>(page, 'inbound:create', {
      accountId: seller.id,
      marketplaceId: 'ATVPDKIKX0DER',
      shipFromId: shipFrom!.id,
      flow: 'pack_first',
      name: 'Scan bench',
      items: items.map((i) => ({ msku: i.msku, quantity: UNITS_PER_SKU, prepOwner: i.prepOwner, labelOwner: i.labelOwner })),
    });
    const offered = await until('packing options', async () => {
      const plan = await invoke<Detail>(page, 'inbound:get', { planId: created.id });
      return plan.step === 'choose_packing' && plan.packingOptions.length > 0 && plan.sync.pending === 0 ? plan : undefined;
    });
    // The option with the fewest groups, so that most SKUs share the group on screen.
    const option = [...offered.packingOptions].sort((a, b) => a.groupIds.length - b.groupIds.length)[0]!;
    const plan = await invoke<Detail>(page, 'inbound:choose-packing-option', { planId: created.id, packingOptionId: option.packingOptionId });
    const groups = plan.packingGroups.filter((g) => option.groupIds.includes(g.packingGroupId));
    const biggest = [...groups].sort((a, b) => b.items.length - a.items.length)[0]!;
    const inGroup = items.filter((i) => biggest.items.some((g) => g.msku === i.msku));
    const scanned = inGroup.slice(0, Math.ceil(SCANS / UNITS_PER_SKU));
    const boxed = inGroup.slice(scanned.length);
    const perSku = Math.ceil(BOXES / boxed.length);
    if (boxed.length === 0 || perSku > UNITS_PER_SKU) throw new Error(`The largest packing group has only ${inGroup.length} SKUs`);
    let packed = 0;
    for (const item of boxed) {
      const times = Math.min(perSku, BOXES - packed);
      if (times === 0) break;
      const box = await invoke<{ id: string }>(page, 'inbound:open-box', { planId: plan.id, packingGroupId: biggest.packingGroupId });
      await invoke(page, 'inbound:scan', { boxId: box.id, code: item.fnsku });
      await invoke(page, 'inbound:close-box', { boxId: box.id, weight: { value: 1, unit: 'LB' }, dimensions: { length: 12, width: 10, height: 8, unit: 'IN' } });
      if (times > 1) await invoke(page, 'inbound:repeat-box', { boxId: box.id, times: times - 1 });
      packed += times;
    }

    await page.keyboard.press('F2');
    await page.getByTestId('plan-row').first().getByRole('button').click();
    await page.getByTestId('open-box').waitFor();
    const targets = page.getByTestId('packing-target');
    const index = option.groupIds.indexOf(biggest.packingGroupId);
    if ((await targets.count()) > 1) await targets.nth(index).click();
    const boxesOnScreen = await page.getByTestId('box-row').count();

    await page.evaluate(`(() => {
      window.__latencies = [];
      window.__expect = null;
      document.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' || !window.__expect) return;
        const started = event.timeStamp;
        const { msku, quantity } = window.__expect;
        const check = (frameAt) => {
          const input = document.querySelector('[data-testid="box-line"][data-msku="' + msku + '"] [data-testid="line-quantity"]');
          if (input && input.value === String(quantity)) {
            window.__latencies.push(frameAt - started);
            window.__expect = null;
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }, true);
    })()`);

    const counts = new Map<string, number>();
    for (let n = 0; n < SCANS; n++) {
      const item: CatalogueRow = scanned[n % scanned.length]!;
      const quantity = (counts.get(item.msku) ?? 0) + 1;
      if (quantity > UNITS_PER_SKU) throw new Error('The bench plan has too few units for its scans');
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
      if (!shown) throw new Error(`Scan ${n + 1} (${item.fnsku}) did not show quantity ${quantity}`);
    }
    const latencies = (await page.evaluate('window.__latencies')) as number[];
    return {
      name: 'Scan to screen at the packing table',
      figures: {
        scans: latencies.length,
        'boxes on screen': boxesOnScreen,
        'median ms': round(median(latencies)),
        'p95 ms': round(percentile(latencies, 95)),
        'max ms': round(Math.max(...latencies)),
      },
      notes: [
        `${SKUS} SKUs × ${UNITS_PER_SKU} units, ${packed} boxes packed beforehand; ${scanned.length} SKUs scanned in turn at 200 chars/s into the focused scan field`,
        'from the Enter keydown to the first animation frame showing the new quantity; browser host, headless Chromium, 1366×768',
      ],
    };
  } finally {
    await browser.close();
    await host.stop();
  }
}
