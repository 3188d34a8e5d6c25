import { test, expect } from './support/practice-market';
import { StationShell } from './pages/station-shell';
import { AMAZON_STEP_MS, InboundPage, STRINGS, fill } from './pages/inbound-page';
import { lightItems, type CatalogueRow } from './support/station-catalogue';
import { parseScan } from '../../shared/scan';
import { expectPackFirstPlanOnMarket, type PackedBox } from './support/market-checks';

const SKUS = 20;
/** Each SKU is packed one unit per box and the box repeated once: 2 units per SKU make 40 boxes. */
const UNITS_PER_SKU = 2;

function weightLb(item: CatalogueRow): string {
  return (item.weightG / 453.59237 + 0.4).toFixed(1);
}

/**
 * A UPC/EAN with its last digit changed, as a bad scan could read it. Some such misreads are valid tracking numbers
 * of another carrier's format; the first one that is only a bad check digit is used.
 */
function misread(code: string): string | undefined {
  for (let d = 1; d < 10; d++) {
    const candidate = code.slice(0, -1) + String((Number(code.at(-1)) + d) % 10);
    const parsed = parseScan(candidate);
    if (!parsed.valid && parsed.error.code === 'CHECK_DIGIT') return candidate;
  }
  return undefined;
}

for (const language of ['en', 'zh-CN'] as const) {
  test(`pack first through the UI (${language}): ${SKUS} SKUs scanned into a plan, ${SKUS * UNITS_PER_SKU} boxes, placement, transport, box ids and tracking`, async ({ page, host, market }) => {
    test.setTimeout(420_000);
    const s = STRINGS[language].inbound;
    const shell = new StationShell(page);
    await shell.openIn(host.url, language);
    const inbound = new InboundPage(page, STRINGS[language]);
    await inbound.open();
    const items = lightItems(host.dataDir, SKUS);

    // New plan: every unit scanned (FNSKU or UPC/EAN), plus a code the catalogue does not know and a misread barcode.
    await inbound.startNewPlan();
    await expect(page.getByTestId('ship-from-address')).toContainText('2001 Practice Way');
    await page.getByLabel(s.itemCode).focus();
    await inbound.scan('X00NOTREAL');
    await expect(inbound.itemFeedback()).toContainText(fill(s.resolve.UNKNOWN_ITEM, { code: 'X00NOTREAL' }));
    const wrong = items.map((i) => misread(i.ean ?? i.upc ?? '')).find((code) => code !== undefined)!;
    expect(wrong).toBeDefined();
    await inbound.scan(wrong);
    await expect(inbound.itemFeedback()).toContainText(fill(s.resolve.CHECK_DIGIT, { code: wrong }));
    for (const [n, item] of items.entries()) {
      const code = n % 3 === 0 ? (item.upc ?? item.ean ?? item.fnsku) : item.fnsku;
      for (let unit = 0; unit < UNITS_PER_SKU; unit++) {
        await inbound.scan(code);
        await expect(page.getByTestId('draft-totals')).toHaveText(fill(s.draftTotals, { skus: n + 1, units: n * UNITS_PER_SKU + unit + 1 }));
      }
      await expect(inbound.itemFeedback()).toContainText(item.msku);
    }
    await expect(inbound.draftItems()).toHaveCount(SKUS);
    await expect(page.getByTestId('draft-totals')).toHaveText(fill(s.draftTotals, { skus: SKUS, units: SKUS * UNITS_PER_SKU }));
    await inbound.createPlan();

    // Packing option, as soon as Amazon offers them.
    await inbound.chooseFirstPackingOption();

    // Packing: for each group, one unit of each SKU per box, closed with a typed weight, then repeated once.
    const packed: PackedBox[] = [];
    const weightOf = (msku: string) => weightLb(items.find((i) => i.msku === msku)!);
    const boxes = await inbound.packSingleUnitPairs(weightOf, async (msku) => {
      packed.push({ msku, units: 1, weightLb: Number(weightOf(msku)) }, { msku, units: 1, weightLb: Number(weightOf(msku)) });
    });
    expect(boxes).toBe(SKUS * UNITS_PER_SKU);
    await page.keyboard.press('Alt+KeyS');

    // Placement: every option's shipments are quoted before any can be chosen.
    await inbound.chooseFirstPlacement();

    // Transport: small parcel with the seller's own carrier (so tracking is the seller's to send), earliest window.
    await inbound.chooseSmallParcel('USE_YOUR_OWN_CARRIER');
    await expect(page.getByTestId('labels-note')).toHaveText(s.labelsNote);

    // Labels: Amazon's box ids arrive; tracking is paired by scanning each box label, then its carrier label.
    const shipments = inbound.shipments();
    await expect(page.getByText(s.waitingBoxIds)).toHaveCount(0, { timeout: AMAZON_STEP_MS });
    const shipmentCount = await shipments.count();
    expect(shipmentCount).toBeGreaterThan(0);
    let tracked = 0;
    const seen = new Set<string>();
    const trackingByBox = new Map<string, string>();
    for (let n = 0; n < shipmentCount; n++) {
      const shipment = shipments.nth(n);
      const confirmation = (await shipment.getByTestId('confirmation-id').textContent())!;
      const ids = await inbound.shipmentBoxIds(shipment);
      // Box n of a shipment carries the shipment's confirmation id and U plus a six-digit number.
      for (const id of ids) {
        expect(id).toMatch(new RegExp(`^${confirmation}U\\d{6}$`));
        seen.add(id);
      }
      // Amazon's box labels for the shipment go to the station's (virtual) printer, with a preview of what printed.
      await shipment.getByTestId('print-box').click();
      await expect(shipment.getByTestId('labels-result')).toHaveText(fill(s.labels.printed, { printer: 'Virtual printer', format: 'ZPL' }), { timeout: AMAZON_STEP_MS });
      await expect(shipment.getByTestId('labels-preview')).toBeVisible();
      // Scanned in reverse order: pairing goes by box id, never by position.
      for (const id of [...ids].reverse()) {
        const tracking = `TBA${String(900_000_000_000 + tracked).padStart(12, '0')}`;
        tracked += 1;
        trackingByBox.set(id, tracking);
        await inbound.scanTracking(shipment, id, tracking);
      }
      await inbound.sendTracking(shipment, ids.length);
    }
    expect(seen.size).toBe(SKUS * UNITS_PER_SKU);
    await inbound.waitForStep('tracking');
    await expect(page.getByTestId('plan-waiting')).toHaveCount(0, { timeout: AMAZON_STEP_MS });
    await expect(page.getByTestId('plan-sync-failed')).toHaveCount(0);

    // A scan of any box label in the plan search finds this plan again.
    await page.keyboard.press('Alt+KeyB');
    await expect(page.getByTestId('plan-row')).toHaveCount(1);
    const someBox = [...seen][7]!;
    await inbound.scan(someBox);
    await inbound.waitForStep('tracking');

    // The marketplace holds exactly what was packed: boxes, contents, weights and the tracking paired by box id.
    expectPackFirstPlanOnMarket(await market.inspect(), packed, trackingByBox);
  });
}
