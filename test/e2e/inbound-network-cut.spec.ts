import { test, expect } from './support/practice-market';
import { StationShell } from './pages/station-shell';
import { AMAZON_STEP_MS, InboundPage, STRINGS } from './pages/inbound-page';
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
  await inbound.scanIntoDraft(items, UNITS_PER_SKU);
  await inbound.createPlan();
  await inbound.chooseFirstPackingOption();
  // The packing option's confirmation reaches Amazon before the cut.
  await expect.poll(async () => (await market.inspect()).plans[0]?.counts.packingOptionConfirmations, { timeout: AMAZON_STEP_MS }).toBe(1);
  await expect(connectivity).toHaveText(sync.online, { timeout: AMAZON_STEP_MS });

  // Packing; the marketplace goes away once half the boxes are closed, and packing carries on regardless.
  const packed: PackedBox[] = [];
  const weightOf = (msku: string) => weightLb(items.find((i) => i.msku === msku)!);
  await inbound.packSingleUnitPairs(weightOf, async (msku, boxes) => {
    packed.push({ msku, units: 1, weightLb: Number(weightOf(msku)) }, { msku, units: 1, weightLb: Number(weightOf(msku)) });
    if (boxes === BOXES / 2) {
      await market.stop();
      expect(market.running).toBe(false);
    }
  });
  expect(packed).toHaveLength(BOXES);

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

  await inbound.chooseFirstPlacement();
  await inbound.chooseSmallParcel('USE_YOUR_OWN_CARRIER');

  // Tracking: each box label scanned, then its carrier label.
  await expect(page.getByText(s.waitingBoxIds)).toHaveCount(0, { timeout: AMAZON_STEP_MS });
  const shipments = inbound.shipments();
  const tracking = new Map<string, string>();
  for (let n = 0; n < (await shipments.count()); n++) {
    const shipment = shipments.nth(n);
    const ids = await inbound.shipmentBoxIds(shipment);
    for (const id of ids) {
      const number = `TBA${String(800_000_000_000 + tracking.size).padStart(12, '0')}`;
      tracking.set(id, number);
      await inbound.scanTracking(shipment, id, number);
    }
    await inbound.sendTracking(shipment, ids.length);
  }
  expect(tracking.size).toBe(BOXES);
  await inbound.waitForStep('tracking');
  await expect(page.getByTestId('plan-waiting')).toHaveCount(0, { timeout: AMAZON_STEP_MS });
  await expect(page.getByTestId('plan-sync-failed')).toHaveCount(0);
  await expect.poll(waitingCount, { timeout: AMAZON_STEP_MS }).toBe(0);

  // The marketplace side: one plan, exactly the boxes packed with their contents, weights and tracking, nothing twice.
  expectPackFirstPlanOnMarket(await market.inspect(), packed, tracking);
});
