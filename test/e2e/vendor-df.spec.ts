import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/practice-market';
import { STRINGS } from './support/strings';
import { StationShell } from './pages/station-shell';
import { AMAZON_STEP_MS, VendorDfPage, fill } from './pages/vendor-df-page';
import { lightItems } from './support/station-catalogue';
import type { PageGlobals } from './support/page-globals';

const VENDOR = 'Packbench Practice Vendor';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/**
 * UPS orders get ZPL labels from the practice marketplace, FedEx orders PNG: one language each covers both formats.
 * The English order goes out in two packages through the 2021-12-28 APIs, the Chinese one in one package through v1.
 */
const CASES: { language: 'en' | 'zh-CN'; carrier: 'UPS' | 'FEDEX'; labelFormat: 'ZPL' | 'PNG'; packages: number; api: '2021-12-28' | 'v1' }[] = [
  { language: 'en', carrier: 'UPS', labelFormat: 'ZPL', packages: 2, api: '2021-12-28' },
  { language: 'zh-CN', carrier: 'FEDEX', labelFormat: 'PNG', packages: 1, api: 'v1' },
];

for (const { language, carrier, labelFormat, packages, api } of CASES) {
  test(`a DF order from the queue to confirmed shipment through the UI (${language}, ${packages === 1 ? 'one package' : `${packages} packages`}, ${carrier} ${labelFormat} labels on the virtual printer, DF API ${api})`, async ({ page, host, market }) => {
    test.setTimeout(180_000);
    const s = STRINGS[language].df;
    const shell = new StationShell(page);
    await shell.openIn(host.url, language);
    const df = new VendorDfPage(page, STRINGS[language]);
    await df.open();
    await expect(shell.nav(STRINGS[language].nav.vendorDf)).toHaveAttribute('aria-current', 'page');

    // The vendor account's DF API version, kept by the station for its next calls.
    const apiChoice = page.getByTestId('df-api-versions').locator('select');
    await expect(apiChoice).toHaveValue('2021-12-28');
    if (api === 'v1') {
      await apiChoice.selectOption('v1');
      await expect(apiChoice).toHaveValue('v1');
      await page.locator('input[name="df-search"]').focus();
    }

    // Pull the practice vendor's orders; the queue lists them by warehouse and ship-by day.
    await expect(page.getByTestId('df-empty')).toHaveText(s.noOrders);
    await page.keyboard.press('Alt+KeyR');
    await expect(df.pullResult()).toContainText(VENDOR, { timeout: AMAZON_STEP_MS });
    await expect(df.pullResult()).toHaveAttribute('role', 'status');
    await expect(df.orderRows().first()).toBeVisible();
    await expect(page.getByTestId('df-warehouse').first()).toContainText(fill(s.shipFromN, { party: '' }).trim());
    const rows = await df.queueRows();
    const chosen = rows.find((r) => r.step === 'new' && r.shipMethod.startsWith(carrier) && r.units >= packages);
    expect(chosen, `a new ${carrier} order of at least ${packages} units in the queue`).toBeDefined();
    const po = chosen!.po;

    // A scan of the PO number in the search box opens the order.
    await expect(page.locator('input[name="df-search"]')).toBeFocused();
    await df.scan(po);
    await expect(shell.heading()).toHaveText(fill(s.orderTitle, { po }));
    await df.waitForStep('new');
    await expect(page.getByTestId('df-ship-to').locator('address')).not.toBeEmpty();
    await page.keyboard.press('Alt+KeyA');
    await df.waitForStep('acknowledged');

    // Pack by scan: a stranger item and one unit too many are refused with the reason; every ordered unit goes in.
    const accountId = (await df.order().getAttribute('data-account-id'))!;
    const lines = await df.lines();
    expect(lines.length).toBeGreaterThan(0);
    const stranger = lightItems(host.dataDir, 40).find((i) => !lines.some((l) => l.sku === i.msku) && (i.upc ?? i.ean))!;
    const strangerCode = (stranger.upc ?? stranger.ean)!;
    await expect(page.locator('input[name="df-scan"]')).toBeFocused();
    await df.scan(strangerCode);
    await expect(df.feedback()).toHaveAttribute('data-kind', 'error');
    await expect(df.feedback()).toHaveText(fill(s.refused.NOT_IN_ORDER, { code: strangerCode }));
    let units = 0;
    for (const line of lines) {
      const code = await df.barcodeOf(accountId, line.sku);
      for (let n = 1; n <= line.ordered; n++) {
        await df.scan(code);
        await expect(df.feedback()).toHaveText(fill(s.scanOk, { sku: line.sku, packed: n, ordered: line.ordered }));
        await expect(df.feedback()).toHaveAttribute('data-kind', 'ok');
        if (packages === 2 && units === 0 && n === 1) {
          // The first unit goes alone in package 1; the next scan opens package 2.
          await df.closePackage('0.8', 1);
          await expect(df.feedback()).toHaveText(fill(s.packageClosed, { n: 1 }));
        }
      }
      units += line.ordered;
      await df.scan(code);
      await expect(df.feedback()).toHaveText(fill(s.refused.TOO_MANY, { code }));
      await expect(df.line(line.sku)).toHaveAttribute('data-packed', String(line.ordered));
    }
    await df.waitForStep('packing');
    await expect(page.getByTestId('df-open-package')).toHaveText(fill(s.packageN, { n: packages }));
    await expect(df.packLeft()).toHaveText(fill(s.closePackageFirst, { n: packages }));

    // Close the package with a template size and its weight, typed in English, taken from the (virtual) scale in Chinese.
    if (language === 'en') await df.closePackage((0.6 + units * 0.7).toFixed(1), 3);
    else {
      const put = await page.evaluate(() => (globalThis as unknown as PageGlobals).station!.invoke('devices:virtual-weight', { text: '1.25', unit: 'kg' }));
      expect(put.ok && put.value.accepted).toBe(true);
      await expect(page.getByTestId('scale-weight')).toContainText('1.25', { timeout: AMAZON_STEP_MS });
      // The readout's "take weight" button, reached from the keyboard once the scale has settled.
      const take = page.getByTestId('scale-readout').getByRole('button');
      await expect(take).toBeEnabled({ timeout: AMAZON_STEP_MS });
      await take.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('input[name="df-weight"]')).toHaveValue('1.25');
      await expect(page.locator('select[name="df-weight-unit"]')).toHaveValue('KG');
      await page.keyboard.press('Alt+Digit3');
      await page.keyboard.press('Alt+KeyC');
    }
    await expect(df.feedback()).toHaveText(fill(s.packageClosed, { n: packages }));
    await expect(df.packLeft()).toHaveText(s.allPacked);
    await expect(page.locator('input[name="df-scan"]')).toBeFocused();
    await expect(page.locator('[data-testid="df-package"][data-status="closed"]')).toHaveCount(packages);
    await page.keyboard.press('Alt+KeyL');
    await expect(df.waiting()).toHaveText(s.waitingLabels);
    await df.waitForStep('labelled');
    const tracking = page.getByTestId('df-package-tracking');
    await expect(tracking).toHaveCount(packages);
    for (let i = 0; i < packages; i++) await expect(tracking.nth(i)).toContainText(labelFormat);
    const trackingNumbers = await tracking.evaluateAll((cells) => cells.map((cell) => (cell.firstChild?.textContent ?? '').trim()));
    for (const number of trackingNumbers) expect(number).toMatch(/^\S{8,}$/);
    expect(new Set(trackingNumbers).size).toBe(packages);
    const trackingNumber = trackingNumbers[0]!;

    // Print the label to the virtual printer and see its preview; the packing slip where Amazon asks for one.
    await expect(page.getByTestId('df-confirm-hint')).toHaveText(s.printLabelsFirst);
    await page.keyboard.press('Alt+KeyP');
    await expect(df.printJobs('shipping-label')).toHaveCount(packages, { timeout: AMAZON_STEP_MS });
    const previews = page.getByTestId('df-label-preview');
    await expect(previews).toHaveCount(packages);
    for (let i = 0; i < packages; i++) {
      await expect(previews.nth(i)).toHaveAttribute('src', /^data:image\/png;base64,/);
      await expect(previews.nth(i)).toHaveJSProperty('complete', true);
      expect(await previews.nth(i).evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(300);
    }
    if ((await df.order().getAttribute('data-packing-slip')) === 'true') {
      await expect(page.getByTestId('df-confirm-hint')).toHaveText(s.printSlipFirst);
      await page.keyboard.press('Alt+KeyS');
      await expect(df.printJobs('packing-slip')).toHaveCount(1, { timeout: AMAZON_STEP_MS });
      await expect(page.getByTestId('df-slip-preview').first()).toHaveAttribute('src', /^data:image\/png;base64,/);
    }
    // A reprint is a new job on the printer; the preview shows the newest.
    // Chinese has no singular form: i18next picks the "other" string for one label too.
    const reprintAll = language === 'en' && packages === 1 ? s.reprintLabels_one : fill(s.reprintLabels_other, { count: packages });
    await expect(page.getByRole('button', { name: reprintAll })).toBeVisible();
    const orderId = (await df.order().getAttribute('data-order-id'))!;
    const labelJobs = () =>
      page.evaluate(async (id) => {
        const reply = await (globalThis as unknown as PageGlobals).station!.invoke('print:jobs', { limit: 50 });
        return reply.ok ? reply.value.filter((j) => j.entity === `df:${id}` && j.kind === 'shipping-label').length : -1;
      }, orderId);
    expect(await labelJobs()).toBe(packages);
    await page.keyboard.press('Alt+KeyP');
    await expect.poll(labelJobs, { timeout: AMAZON_STEP_MS }).toBe(2 * packages);
    await expect(df.printJobs('shipping-label')).toHaveCount(packages);

    // Confirm the shipment: the station waits for Amazon's answer, then the order reads shipped.
    await expect(page.getByTestId('df-confirm-hint')).toHaveText(s.readyToConfirm);
    await page.keyboard.press('Alt+Enter');
    await expect(df.waiting()).toHaveText(s.waitingConfirmation);
    await df.waitForStep('shipped');
    await expect(page.getByTestId('df-shipped')).toHaveText(fill(s.shippedNote, { tracking: trackingNumbers.join(', ') }));

    // The customer invoice: shown on request as readable pages, and printed on the documents printer.
    await page.keyboard.press('Alt+KeyV');
    const invoicePages = page.getByTestId('df-invoice-page');
    await expect(invoicePages.first()).toHaveAttribute('src', /^data:image\/png;base64,/, { timeout: AMAZON_STEP_MS });
    await expect(invoicePages.first()).toHaveAttribute('alt', fill(s.invoicePage, { po, page: 1 }));
    await expect(invoicePages.first()).toHaveJSProperty('complete', true);
    expect(await invoicePages.first().evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(600);
    await page.keyboard.press('Alt+KeyI');
    await expect(page.getByTestId('df-invoice-printed')).toHaveText(fill(s.invoicePrinted, { printer: 'Virtual printer' }), { timeout: AMAZON_STEP_MS });
    await page.keyboard.press('Alt+KeyV');
    await expect(invoicePages).toHaveCount(0);

    // Labels, slip and invoice printed: no file of the station's data folder shows the customer's name in the clear.
    const customer = (await page.getByTestId('df-ship-to').locator('address > div').first().textContent())!.trim();
    expect(customer.length).toBeGreaterThan(3);
    const files = filesUnder(host.dataDir);
    expect(files.some((f) => f.endsWith('.sealed'))).toBe(true);
    expect(files.filter((f) => readFileSync(f).toString('latin1').includes(customer))).toEqual([]);

    // Amazon's side: the labels it made and the one confirmation it took carry the packages' tracking numbers, sent once
    // through the account's API version.
    const sorted = (list: readonly string[]) => [...list].sort();
    const state = await market.inspect();
    const labelsAtAmazon = state.df.labels.filter((l) => l.purchaseOrderNumber === po);
    expect(labelsAtAmazon).toHaveLength(1);
    expect(labelsAtAmazon[0]!.labelFormat).toBe(labelFormat);
    expect(sorted(labelsAtAmazon[0]!.trackingNumbers)).toEqual(sorted(trackingNumbers));
    const confirmed = state.df.confirmations.filter((c) => c.purchaseOrderNumber === po);
    expect(confirmed).toHaveLength(1);
    expect(sorted(confirmed[0]!.trackingNumbers)).toEqual(sorted(trackingNumbers));
    // Each package as weighed at the station: typed 0.8 lb for the English first package, 1.25 kg off the scale in Chinese.
    expect(confirmed[0]!.packages).toHaveLength(packages);
    expect(confirmed[0]!.packages[0]!.weight).toEqual(language === 'en' ? { value: 0.8, unit: 'LB' } : { value: 1.25, unit: 'KG' });
    for (const p of confirmed[0]!.packages) expect(p.dimensions, p.containerIdentifier).not.toBeNull();
    expect(state.df.orders.find((o) => o.purchaseOrderNumber === po)?.status).toBe('SHIPPED');
    const shippingApi = api === 'v1' ? 'vendorDirectFulfillmentShippingV1' : 'vendorDirectFulfillmentShipping_2021-12-28';
    const otherApi = api === 'v1' ? 'vendorDirectFulfillmentShipping_2021-12-28' : 'vendorDirectFulfillmentShippingV1';
    expect(state.callCounts[`${shippingApi}.submitShipmentConfirmations`]).toBe(1);
    expect(state.callCounts[`${shippingApi}.submitShippingLabelRequest`]).toBe(1);
    expect(state.callCounts[`${otherApi}.submitShipmentConfirmations`] ?? 0).toBe(0);

    // The station's record agrees, and a scan of the tracking number finds the order again from the queue.
    const detail = await page.evaluate((id) => (globalThis as unknown as PageGlobals).station!.invoke('df:get', { orderId: id }), orderId);
    expect(detail.ok && detail.value.step).toBe('shipped');
    expect(detail.ok && detail.value.trackingNumbers).toEqual(trackingNumbers);
    const weighed = detail.ok ? detail.value.packages.map((p) => ({ trackingNumber: p.trackingNumber, weight: p.weight, dimensions: p.dimensions })) : [];
    expect(confirmed[0]!.packages.map((p) => ({ trackingNumber: p.trackingNumber, weight: p.weight, dimensions: p.dimensions }))).toEqual(weighed);
    await page.keyboard.press('Alt+KeyB');
    await expect(shell.heading()).toHaveText(s.title);
    // Shipped orders leave the "to ship" queue.
    await expect(df.orderRows().first()).toBeVisible();
    await expect(page.locator(`[data-testid="df-order-row"][data-po="${po}"]`)).toHaveCount(0);
    await df.scan(trackingNumber);
    await expect(shell.heading()).toHaveText(fill(s.orderTitle, { po }));
    await df.waitForStep('shipped');

    // An item's barcode finds the orders that carry it: this one among them (opened directly when it is the only one).
    const itemCode = await df.barcodeOf(accountId, lines[0]!.sku);
    await page.keyboard.press('Alt+KeyB');
    await expect(shell.heading()).toHaveText(s.title);
    await df.scan(itemCode);
    await expect(page.locator(`[data-testid="df-order-row"][data-po="${po}"]`).or(shell.heading().filter({ hasText: po }))).toBeVisible();
  });
}
