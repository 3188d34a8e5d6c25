import { test, expect } from './support/practice-market';
import { STRINGS } from './support/strings';
import { StationShell } from './pages/station-shell';
import { AMAZON_STEP_MS, VendorDfPage, fill } from './pages/vendor-df-page';

const VENDOR = 'Packbench Practice Vendor';

/** One order each: packed, shipped with the vendor's own carrier instead of Amazon labels, then a carrier status update. */
const CASES = [
  { language: 'en', tracking: 'RNX4000000001', weight: '1.5' },
  { language: 'zh-CN', tracking: 'RNX4000000002', weight: '2.5' },
] as const;

for (const { language, tracking, weight } of CASES) {
  test(`a vendor-own-carrier DF order through the UI: carrier and tracking instead of labels, confirmation, a status update checked on the marketplace (${language})`, async ({ page, host, market }) => {
    test.setTimeout(180_000);
    const strings = STRINGS[language];
    const s = strings.df;
    const v = strings.dfStatus;
    const shell = new StationShell(page);
    await shell.openIn(host.url, language);
    const df = new VendorDfPage(page, strings);
    await df.open();
    await page.keyboard.press('Alt+KeyR');
    await expect(df.pullResult()).toContainText(VENDOR, { timeout: AMAZON_STEP_MS });
    const chosen = (await df.queueRows()).find((r) => r.step === 'new' && r.units >= 1);
    expect(chosen, 'a new order in the queue').toBeDefined();
    const po = chosen!.po;
    await df.scan(po);
    await expect(shell.heading()).toHaveText(fill(s.orderTitle, { po }));
    await df.waitForStep('new');
    await page.keyboard.press('Alt+KeyA');
    await df.waitForStep('acknowledged');

    // Pack every unit into one package and close it.
    const accountId = (await df.order().getAttribute('data-account-id'))!;
    await expect(page.locator('input[name="df-scan"]')).toBeFocused();
    for (const line of await df.lines()) {
      const code = await df.barcodeOf(accountId, line.sku);
      for (let n = 1; n <= line.ordered; n++) {
        await df.scan(code);
        await expect(df.feedback()).toHaveText(fill(s.scanOk, { sku: line.sku, packed: n, ordered: line.ordered }));
      }
    }
    await df.closePackage(weight, 2);
    await expect(df.packLeft()).toHaveText(s.allPacked);

    // The vendor's own carrier instead of Amazon's labels.
    const form = page.getByTestId('df-own-carrier');
    await expect(form.getByRole('heading')).toHaveText(v.ownCarrierTitle);
    await form.getByLabel(v.carrier).fill('Reno Express');
    await form.getByLabel(v.scac).fill('RNEX');
    await form.getByLabel(fill(v.trackingFor, { n: 1 })).fill(tracking);
    await form.getByRole('button', { name: v.useOwnCarrier }).click();
    await df.waitForStep('labelled');
    const panel = page.getByTestId('df-own-carrier-panel');
    await expect(panel.getByRole('heading')).toHaveText(fill(v.shipsWithScac, { carrier: 'Reno Express', scac: 'RNEX' }));
    await expect(page.getByTestId('df-own-carrier-tracking')).toHaveText(tracking);
    await page.keyboard.press('Alt+Enter');
    await df.waitForStep('shipped');

    // A status that does not fit its reason is refused with the station's reason; the right one goes to Amazon.
    const status = page.getByTestId('df-status');
    await expect(status.getByText(v.noUpdates)).toBeVisible();
    await status.locator('select[name="statusCode"]').selectOption('D1');
    await status.locator('select[name="reasonCode"]').selectOption('A2');
    for (const [name, value] of [['name', 'Reno Express hub'], ['addressLine1', '1 Hub Road'], ['city', 'Reno'], ['stateOrRegion', 'NV'], ['postalCode', '89502'], ['countryCode', 'us']] as const) {
      await status.locator(`input[name="${name}"]`).fill(value);
    }
    await status.getByRole('button', { name: v.send }).click();
    await expect(page.getByTestId('df-status-error')).toHaveText('Status D1 is a normal status: its reason is NS, not A2.');
    await status.locator('select[name="statusCode"]').selectOption('OD');
    await expect(status.locator('select[name="reasonCode"]')).toHaveValue('NS');
    await status.getByRole('button', { name: v.send }).click();
    const row = page.getByTestId('df-status-update');
    await expect(row).toHaveCount(1);
    await expect(row).toHaveAttribute('data-state', 'success', { timeout: AMAZON_STEP_MS });
    await expect(row).toContainText(v.codes.OD);
    await expect(row).toContainText(v.state.success);

    // Amazon's side: no label was made, the confirmation names the carrier, tracking number and weight, and the status
    // update arrived once.
    const state = await market.inspect();
    expect(state.df.labels.filter((l) => l.purchaseOrderNumber === po)).toEqual([]);
    const confirmed = state.df.confirmations.filter((c) => c.purchaseOrderNumber === po);
    expect(confirmed).toHaveLength(1);
    expect(confirmed[0]!.packages).toMatchObject([{ trackingNumber: tracking, carrier: 'Reno Express', scacCode: 'RNEX', weight: { value: Number(weight) } }]);
    const updates = state.df.statusUpdates.find((u) => u.purchaseOrderNumber === po)?.updates ?? [];
    expect(updates).toMatchObject([{ trackingNumber: tracking, statusCode: 'OD', reasonCode: 'NS', location: { city: 'Reno', countryCode: 'US' } }]);
    expect(state.callCounts['vendorDirectFulfillmentShipping_2021-12-28.submitShipmentStatusUpdates']).toBe(1);
    expect(state.callCounts['vendorDirectFulfillmentShipping_2021-12-28.submitShippingLabelRequest'] ?? 0).toBe(0);
    expect(state.df.orders.find((o) => o.purchaseOrderNumber === po)?.status).toBe('SHIPPED');
  });
}
