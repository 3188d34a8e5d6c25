import { test, expect } from './support/practice-market';
import { StationShell } from './pages/station-shell';
import { AMAZON_STEP_MS, InboundPage, STRINGS, fill } from './pages/inbound-page';
import { lightItems, type CatalogueRow } from './support/station-catalogue';
import { expectPackFirstPlanOnMarket, type PackedBox } from './support/market-checks';

const SKUS = 20;
/** One unit per box, each box repeated once: 40 boxes. */
const UNITS_PER_SKU = 2;
const BOXES = SKUS * UNITS_PER_SKU;

function weightLb(item: CatalogueRow): string {
  return (item.weightG / 453.59237 + 0.4).toFixed(1);
}

test(`pack first with the network cut half way through packing: ${SKUS} SKUs, ${BOXES} boxes, nothing lost or doubled on the marketplace`, async ({ page, host, market }) => {
  test.setTimeout(480_000);
  const s = STRINGS.en.inbound;
  const sync = STRINGS.en.sync;
  const shell = new StationShell(page);
  await shell.open(host.url);
  const inbound = new InboundPage(page, STRINGS.en);
  await inbound.open();
  const items = lightItems(host.dataDir, SKUS);
  const connectivity = page.getByTestId('sync-connectivity');
  const waitingCount = async () => Number(/\d+/.exec((await page.getByTestId('sync-waiting').textContent()) ?? '')?.[0] ?? NaN);

  // Plan: every unit scanned.
  await inbound.startNewPlan();
  await page.getByLabel(s.itemCode).focus();
  for (const [n, item] of items.entries()) {
    for (let unit = 0; unit < UNITS_PER_SKU; unit++) await inbound.scan(item.fnsku);
    await expect(page.getByTestId('draft-totals')).toHaveText(fill(s.draftTotals, { skus: n + 1, units: (n + 1) * UNITS_PER_SKU }));
  }
  await inbound.createPlan();
  await inbound.waitForStep('choose_packing');
  await expect(inbound.packingOptions().first()).toBeVisible();
  await page.keyboard.press('Alt+Digit1');
  await inbound.waitForStep('packing');
  // The packing option's confirmation reaches Amazon before the cut.
  await expect.poll(async () => (await market.inspect()).plans[0]?.counts.packingOptionConfirmations, { timeout: AMAZON_STEP_MS }).toBe(1);
  await expect(connectivity).toHaveText(sync.online, { timeout: AMAZON_STEP_MS });

  // Packing; the marketplace goes away once half the boxes are closed, and packing carries on regardless.
  const packed: PackedBox[] = [];
  const groups = await inbound.targets().count();
  for (let g = 0; g < groups; g++) {
    await inbound.targets().nth(g).click();
    const toPack = await inbound.remainingRows().evaluateAll((els) => els.map((el) => ({ msku: el.getAttribute('data-msku')!, fnsku: el.getAttribute('data-fnsku')! })));
    for (const row of toPack) {
      const item = items.find((i) => i.msku === row.msku)!;
      await inbound.scan(row.fnsku);
      await expect(inbound.lineQuantity(row.msku)).toHaveValue('1');
      await inbound.closeBox(weightLb(item));
      await expect(inbound.scanFeedback()).toContainText(fill(s.boxClosed, { n: packed.length + 1 }));
      await inbound.repeatLastBox(1);
      await expect(inbound.scanFeedback()).toContainText(fill(s.repeated_one, { count: 1, numbers: packed.length + 2 }));
      packed.push({ msku: row.msku, units: 1, weightLb: Number(weightLb(item)) }, { msku: row.msku, units: 1, weightLb: Number(weightLb(item)) });
      if (packed.length === BOXES / 2) {
        await market.stop();
        expect(market.running).toBe(false);
      }
    }
  }
  expect(packed).toHaveLength(BOXES);
  await expect(page.getByTestId('packing-left')).toHaveText(s.allPacked);

  // Sending the boxes fails for want of a network: the station says it is offline and keeps the work waiting.
  await page.keyboard.press('Alt+KeyS');
  await inbound.waitForStep('placement');
  await expect(connectivity).toHaveText(sync.offline, { timeout: AMAZON_STEP_MS });
  expect(await waitingCount()).toBeGreaterThan(0);

  // The marketplace comes back with everything it had; the station notices by itself and sends what waited.
  await market.start();
  const before = await market.inspect();
  expect(before.plans).toHaveLength(1);
  expect(before.plans[0]!.counts.packingOptionConfirmations).toBe(1);
  await expect(connectivity).toHaveText(sync.online, { timeout: 90_000 });

  const choose = inbound.placementOptions().first().getByRole('button', { name: s.chooseThis });
  await expect(choose).toBeEnabled({ timeout: AMAZON_STEP_MS });
  await page.keyboard.press('Alt+Digit1');
  await inbound.waitForStep('transport');
  const transport = page.getByTestId('transport-shipment');
  await expect(transport.first()).toBeVisible({ timeout: AMAZON_STEP_MS });
  // Quotes for the chosen placement may still be arriving: choose once the plan waits for nothing more.
  await expect(page.getByTestId('plan-waiting')).toHaveCount(0, { timeout: AMAZON_STEP_MS });
  for (let n = 0; n < (await transport.count()); n++) {
    await transport.nth(n).getByLabel(`${s.mode.GROUND_SMALL_PARCEL} · ${s.solution.USE_YOUR_OWN_CARRIER}`).first().check();
  }
  await expect(page.getByRole('button', { name: s.confirmTransport })).toBeEnabled({ timeout: AMAZON_STEP_MS });
  await page.keyboard.press('Alt+Enter');
  await inbound.waitForStep('labels');

  // Tracking: each box label scanned, then its carrier label.
  await expect(page.getByText(s.waitingBoxIds)).toHaveCount(0, { timeout: AMAZON_STEP_MS });
  const shipments = inbound.shipments();
  const tracking = new Map<string, string>();
  for (let n = 0; n < (await shipments.count()); n++) {
    const shipment = shipments.nth(n);
    const ids = await inbound.shipmentBoxes(shipment).evaluateAll((els) => els.map((el) => el.getAttribute('data-box-id')!));
    for (const id of ids) {
      const number = `TBA${String(800_000_000_000 + tracking.size).padStart(12, '0')}`;
      tracking.set(id, number);
      await inbound.scan(id);
      await expect(shipment.getByTestId('tracking-message')).toHaveText(fill(s.nowScanTracking, { box: id }));
      await inbound.scan(number);
      await expect(shipment.locator(`[data-testid="shipment-box"][data-box-id="${id}"] [data-testid="tracking-input"]`)).toHaveValue(number);
    }
    await shipment.getByRole('button', { name: fill(ids.length === 1 ? s.sendTracking_one : s.sendTracking_other, { count: ids.length }) }).click();
    await expect(shipment.getByTestId('tracking-saved')).toHaveCount(ids.length);
  }
  expect(tracking.size).toBe(BOXES);
  await inbound.waitForStep('tracking');
  await expect(page.getByTestId('plan-waiting')).toHaveCount(0, { timeout: AMAZON_STEP_MS });
  await expect(page.getByTestId('plan-sync-failed')).toHaveCount(0);
  await expect.poll(waitingCount, { timeout: AMAZON_STEP_MS }).toBe(0);

  // The marketplace side: one plan, exactly the boxes packed with their contents, weights and tracking, nothing twice.
  expectPackFirstPlanOnMarket(await market.inspect(), packed, tracking);
});
