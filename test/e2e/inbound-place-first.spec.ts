import { test, expect, type PracticeStateView } from './support/practice-market';
import { StationShell } from './pages/station-shell';
import { AMAZON_STEP_MS, STRINGS, fill } from './pages/inbound-page';
import { PlaceFirstPage } from './pages/place-first-page';
import { lightItems, type CatalogueRow } from './support/station-catalogue';

const SKUS = 20;
/** Each SKU is packed one unit per box and the box repeated once: 2 units per SKU make 40 boxes. */
const UNITS_PER_SKU = 2;

/** The box's weight in pounds with two decimals, the last one never 0, so the scale's reading reads back the same. */
function weightLb(item: CatalogueRow): string {
  const text = (item.weightG / 453.59237 + 0.4).toFixed(2);
  return text.endsWith('0') ? `${text.slice(0, -1)}3` : text;
}

interface PackedBox {
  shipmentId: string;
  msku: string;
  weightLb: number;
}
interface FreightEntered {
  shipmentId: string;
  confirmationId: string;
  pallets: number;
  palletLb: number;
  declaredValue: number;
  pro: string;
}

const INBOUND = 'fulfillmentInbound_2024-03-20';

/**
 * The marketplace side of a finished place-first plan: one plan, every box packed into the shipment it was packed for
 * with its contents and weight, partnered LTL with the pallets and freight details entered, PRO and BOL as sent, and
 * each state change made once.
 */
function expectPlaceFirstPlanOnMarket(state: PracticeStateView, packed: readonly PackedBox[], freight: readonly FreightEntered[]): void {
  expect(state.plans).toHaveLength(1);
  const plan = state.plans[0]!;
  expect(plan.flow).toBe('PLACE_FIRST');
  const key = (shipmentId: string | null, msku: string, units: number, lb: number) => `${shipmentId}|${msku}×${units}@${lb.toFixed(2)}`;
  const onMarket = plan.boxes.map((b) => {
    expect(b.weight.unit).toBe('LB');
    expect(b.contentInformationSource).toBe('BOX_CONTENT_PROVIDED');
    expect(b.items).toHaveLength(1);
    return key(b.shipmentId, b.items[0]!.msku, b.items[0]!.quantity, b.weight.value);
  });
  expect(onMarket.sort()).toEqual(packed.map((b) => key(b.shipmentId, b.msku, 1, b.weightLb)).sort());
  expect(plan.shipments.map((s) => s.shipmentId).sort()).toEqual(freight.map((f) => f.shipmentId).sort());
  for (const f of freight) {
    const shipment = plan.shipments.find((s) => s.shipmentId === f.shipmentId)!;
    expect(shipment.confirmationId).toBe(f.confirmationId);
    expect(shipment.transport).toEqual({ shippingMode: 'FREIGHT_LTL', shippingSolution: 'AMAZON_PARTNERED_CARRIER' });
    expect(shipment.pallets).toEqual([{ quantity: f.pallets, dimensions: { length: 48, width: 40, height: 50, unitOfMeasurement: 'IN' }, weight: { value: f.palletLb, unit: 'LB' }, stackability: 'STACKABLE' }]);
    expect(shipment.freightInformation).toEqual({ freightClass: 'FC_125', declaredValue: { amount: f.declaredValue, code: 'USD' } });
    expect(shipment.freightBillNumbers).toEqual([f.pro]);
    expect(shipment.billOfLadingNumber).toBe(`BOL${f.confirmationId}`);
    expect(shipment.boxIds).toHaveLength(packed.filter((b) => b.shipmentId === f.shipmentId).length);
  }
  expect(plan.counts).toMatchObject({ packingInformationSets: 1, placementConfirmations: 1, transportationConfirmations: 1 });
  const calls = (operation: string) => state.callCounts[`${INBOUND}.${operation}`] ?? 0;
  expect(calls('createInboundPlan')).toBe(1);
  expect(calls('setPackingInformation')).toBe(1);
  expect(calls('confirmPlacementOption')).toBe(1);
  expect(calls('confirmTransportationOptions')).toBe(1);
  expect(calls('updateShipmentTrackingDetails')).toBe(freight.length);
  expect(state.internalErrors).toEqual([]);
}

for (const language of ['en', 'zh-CN'] as const) {
  test(`place first (LTL) through the UI (${language}): ${SKUS} SKUs, placement, ${SKUS * UNITS_PER_SKU} boxes packed per shipment, pallets, partnered LTL, pallet labels, bill of lading, PRO and BOL`, async ({
    page,
    host,
    market,
  }) => {
    test.setTimeout(480_000);
    const s = STRINGS[language].inbound;
    const shell = new StationShell(page);
    await shell.openIn(host.url, language);
    const inbound = new PlaceFirstPage(page, STRINGS[language]);
    const pf = inbound.pf;
    await inbound.open();
    const items = lightItems(host.dataDir, SKUS);

    // New plan in the place-first flow: its reason (LTL only) shown; every unit scanned.
    await inbound.startNewPlan();
    await expect(page.getByTestId('ship-from-address')).toContainText('2001 Practice Way');
    await inbound.choosePlaceFirst();
    await page.getByLabel(s.itemCode).focus();
    for (const [n, item] of items.entries()) {
      const code = n % 4 === 0 ? (item.upc ?? item.ean ?? item.fnsku) : item.fnsku;
      for (let unit = 0; unit < UNITS_PER_SKU; unit++) await inbound.scan(code);
      await expect(page.getByTestId('draft-totals')).toHaveText(fill(s.draftTotals, { skus: n + 1, units: (n + 1) * UNITS_PER_SKU }));
    }
    await expect(inbound.draftItems()).toHaveCount(SKUS);
    await inbound.createPlan();

    // Placement comes first: no quotes are asked for yet. The option with the most shipments is chosen.
    await inbound.waitForStep('placement');
    const options = inbound.placementOptions();
    await expect(options.first()).toBeVisible({ timeout: AMAZON_STEP_MS });
    await expect(options.first().getByText(pf.quotedAfterPacking)).toBeVisible();
    const shipmentsPerOption = await options.evaluateAll((els) => els.map((el) => el.querySelectorAll('.group').length));
    const pick = shipmentsPerOption.indexOf(Math.max(...shipmentsPerOption.slice(0, 3)));
    await expect(options.nth(pick).getByRole('button', { name: s.chooseThis })).toBeEnabled({ timeout: AMAZON_STEP_MS });
    await page.keyboard.press(`Alt+Digit${pick + 1}`);
    await inbound.waitForStep('packing');

    // Packing per shipment: each shipment's tab lists what Amazon put in it; boxes weighed on the (virtual) scale.
    const targets = inbound.targets();
    await expect(targets).toHaveCount(shipmentsPerOption[pick]!, { timeout: AMAZON_STEP_MS });
    const shipmentCount = await targets.count();
    let boxes = 0;
    const planned = new Set<string>();
    const packed: PackedBox[] = [];
    for (let n = 0; n < shipmentCount; n++) {
      await targets.nth(n).click();
      await expect(targets.nth(n)).toHaveAttribute('aria-selected', 'true');
      // The tab names the shipment: "<shipment id> · packed/planned".
      const shipmentId = (await targets.nth(n).textContent())!.split(' · ')[0]!.trim();
      const rows = await inbound
        .remainingRows()
        .evaluateAll((els) => els.map((el) => ({ msku: el.getAttribute('data-msku')!, fnsku: el.getAttribute('data-fnsku')!, remaining: Number(el.getAttribute('data-remaining')) })));
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(planned.has(row.msku), `${row.msku} is in one shipment only`).toBe(false);
        planned.add(row.msku);
        const item = items.find((i) => i.msku === row.msku)!;
        // Focus is back on the scan field after every close and repeat, before the next product is scanned.
        await expect(page.locator('input[name="scan"]')).toBeFocused();
        await inbound.scan(row.fnsku);
        await expect(inbound.scanFeedback()).toHaveText(`+1 ${row.msku} · 1/${row.remaining}`);
        await inbound.closeBoxWeighed(weightLb(item));
        boxes += 1;
        await expect(inbound.scanFeedback()).toContainText(fill(s.boxClosed, { n: boxes }));
        if (row.remaining > 1) {
          await inbound.repeatLastBox(row.remaining - 1);
          const first = boxes + 1;
          boxes += row.remaining - 1;
          const numbers = Array.from({ length: row.remaining - 1 }, (_, i) => first + i).join(', ');
          await expect(inbound.scanFeedback()).toContainText(fill(row.remaining === 2 ? s.repeated_one : s.repeated_other, { count: row.remaining - 1, numbers }));
        }
        for (let unit = 0; unit < row.remaining; unit++) packed.push({ shipmentId, msku: row.msku, weightLb: Number(weightLb(item)) });
      }
    }
    expect(planned.size).toBe(SKUS);
    expect(boxes).toBe(SKUS * UNITS_PER_SKU);
    await expect(page.getByTestId('packing-left')).toHaveText(s.allPacked);
    await page.keyboard.press('Alt+KeyS');

    // Transport: pallets and freight details per shipment, refused with specific messages until they are right.
    await inbound.waitForStep('transport');
    await expect(inbound.freightShipments()).toHaveCount(shipmentCount);
    await expect(inbound.palletsForm()).toBeVisible();
    await inbound.typeInto('pallet-height-0', '80');
    await page.keyboard.press('Alt+KeyS');
    await expect(inbound.freightIssues()).toContainText(fill(pf.issue.PALLET_TOO_TALL, { line: 1 }));
    await expect(inbound.freightIssues()).toContainText(pf.issue.PALLET_WEIGHT.replace('{{line}}', '1'));
    await expect(inbound.freightIssues()).toContainText(pf.issue.FREIGHT_CLASS);
    await expect(inbound.freightIssues()).toContainText(pf.issue.DECLARED_VALUE);
    const pallets: number[] = [];
    const entered: Omit<FreightEntered, 'confirmationId' | 'pro'>[] = [];
    for (let n = 0; n < shipmentCount; n++) {
      const palletsHere = n + 1;
      pallets.push(palletsHere);
      const shipmentId = (await inbound.palletsForm().getAttribute('data-shipment-id'))!;
      entered.push({ shipmentId, pallets: palletsHere, palletLb: 310.25 + n, declaredValue: 1500 + 100 * n });
      await inbound.enterFreight({ pallets: palletsHere, height: '50', palletPounds: `${310 + n}.25`, freightClass: 'FC_125', declaredValue: String(1500 + 100 * n) });
      await expect(inbound.freightShipments().nth(n)).toHaveAttribute('data-state', 'saved');
    }
    await expect(page.getByTestId('freight-complete')).toHaveText(pf.savedAll);

    // Amazon's partnered LTL for every shipment, with the earliest delivery window.
    const transport = inbound.transportShipments();
    await expect(transport).toHaveCount(shipmentCount);
    for (let n = 0; n < shipmentCount; n++) {
      const partnered = transport.nth(n).getByLabel(`${s.mode.FREIGHT_LTL} · ${s.solution.AMAZON_PARTNERED_CARRIER}`);
      await expect(partnered).toBeVisible({ timeout: AMAZON_STEP_MS });
      await expect(transport.nth(n).getByText(s.mode.GROUND_SMALL_PARCEL)).toHaveCount(0);
      await partnered.check();
      const window = transport.nth(n).locator('input[name^="window-"]').first();
      await expect(window).toBeVisible({ timeout: AMAZON_STEP_MS });
      await window.check();
    }
    await expect(page.getByRole('button', { name: s.confirmTransport })).toBeEnabled({ timeout: AMAZON_STEP_MS });
    await page.keyboard.press('Alt+Enter');
    await inbound.waitForStep('labels');

    // Labels: box labels, pallet labels (counted from the pallets entered) and the bill of lading to the virtual printer.
    const shipments = inbound.shipments();
    await expect(page.getByText(s.waitingBoxIds)).toHaveCount(0, { timeout: AMAZON_STEP_MS });
    await expect(shipments).toHaveCount(shipmentCount);
    const printed = (shipment: ReturnType<typeof shipments.nth>) => expect(shipment.getByTestId('labels-result')).toContainText('Virtual printer', { timeout: AMAZON_STEP_MS });
    const seen = new Set<string>();
    const pros: string[] = [];
    const freight: FreightEntered[] = [];
    for (let n = 0; n < shipmentCount; n++) {
      const shipment = shipments.nth(n);
      const confirmation = (await shipment.getByTestId('confirmation-id').textContent())!;
      const ids = await shipment.getByTestId('amazon-box-id').allTextContents();
      for (const id of ids) {
        expect(id).toMatch(new RegExp(`^${confirmation}U\\d{6}$`));
        seen.add(id);
      }
      await shipment.getByTestId('print-box').click();
      await printed(shipment);
      await expect(shipment.getByTestId('labels-preview')).toBeVisible();
      // Shipments are listed in the same order as on the freight form.
      await expect(shipment.getByLabel(s.labels.palletCount)).toHaveValue(String(pallets[n]));
      await shipment.getByTestId('print-pallet').click();
      await expect(shipment.getByTestId('labels-result')).toHaveText(fill(s.labels.printed, { printer: 'Virtual printer', format: 'ZPL' }), { timeout: AMAZON_STEP_MS });
      await shipment.getByTestId('print-bill-of-lading').click();
      await printed(shipment);

      // PRO and bill of lading scanned from the carrier's paperwork: the scanner's Enter moves on, then sends both.
      const pro = `PRO${String(48_210_000 + n)}`;
      pros.push(pro);
      await shipment.locator('[name="pro-number"]').focus();
      await inbound.scan(pro);
      await expect(shipment.locator('[name="pro-number"]')).toHaveValue(pro);
      await expect(shipment.locator('[name="bol-number"]')).toBeFocused();
      await inbound.scan(`BOL${confirmation}`);
      await expect(shipment.locator('[name="bol-number"]')).toHaveValue(`BOL${confirmation}`);
      await expect(shipment.getByTestId('freight-tracking-message')).toHaveText(s.freightSent);
      const shipmentId = (await shipment.getAttribute('data-shipment-id'))!;
      freight.push({ ...entered.find((e) => e.shipmentId === shipmentId)!, confirmationId: confirmation, pro });
    }
    expect(seen.size).toBe(SKUS * UNITS_PER_SKU);
    await inbound.waitForStep('tracking');
    await expect(page.getByTestId('plan-waiting')).toHaveCount(0, { timeout: AMAZON_STEP_MS });
    await expect(page.getByTestId('plan-sync-failed')).toHaveCount(0);

    // Read back from Amazon: with tracking for every shipment Amazon marks the plan shipped; every box id it lists is
    // still there, and the PRO numbers are as sent.
    await page.keyboard.press('Alt+KeyU');
    await inbound.waitForStep('shipped');
    await expect(page.getByTestId('plan-waiting')).toHaveCount(0, { timeout: AMAZON_STEP_MS });
    await expect(page.getByTestId('amazon-box-id')).toHaveCount(SKUS * UNITS_PER_SKU);
    for (const [n, pro] of pros.entries()) await expect(shipments.nth(n).getByTestId('freight-tracking-sent')).toContainText(pro);

    // A PRO number scanned into the plan search finds the plan again.
    await page.keyboard.press('Alt+KeyB');
    await expect(page.getByTestId('plan-row')).toHaveCount(1);
    await inbound.scan(pros[0]!);
    await inbound.waitForStep('shipped');

    // The marketplace holds exactly what was packed, weighed and entered, each change made once.
    expect(freight).toHaveLength(shipmentCount);
    expectPlaceFirstPlanOnMarket(await market.inspect(), packed, freight);
  });
}
