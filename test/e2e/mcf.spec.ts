import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect, type PracticeMarket } from './support/practice-market';
import { STRINGS } from './support/strings';
import { StationShell } from './pages/station-shell';
import { AMAZON_STEP_MS, McfPage, fill } from './pages/mcf-page';
import { lightItems } from './support/station-catalogue';

/** The practice marketplace ships an MCF order 120 simulated minutes after it may start. */
const SHIPS_AFTER_MS = 120 * 60_000;

/**
 * Lets simulated time pass at the marketplace: stopped, its saved clock moved forward, started again. A restarted
 * marketplace never reads earlier than the time it saved, so it resumes `ms` later; the station sees it offline, then back.
 */
async function letTimePass(market: PracticeMarket, ms: number): Promise<void> {
  await market.stop();
  const saved = JSON.parse(readFileSync(market.statePath, 'utf8')) as { state: { savedAt: number } };
  saved.state.savedAt = Math.max(saved.state.savedAt, Date.now()) + ms;
  writeFileSync(market.statePath, JSON.stringify(saved));
  await market.start();
}

/** A UPC/EAN with its last digit changed: a misread a real scanner could produce. */
function misread(code: string): string {
  return code.slice(0, -1) + String((Number(code.at(-1)) + 1) % 10);
}

for (const language of ['en', 'zh-CN'] as const) {
  test(`an MCF order through the UI (${language}): items by scan, held, preview, create, at Amazon, released, updated, found by its id, cancelled`, async ({ page, host, market }) => {
    test.setTimeout(150_000);
    const s = STRINGS[language].mcf;
    const shell = new StationShell(page);
    await shell.openIn(host.url, language);
    const mcf = new McfPage(page, STRINGS[language]);
    await mcf.open();
    await expect(page.getByTestId('mcf-empty')).toHaveText(s.noOrders);
    await page.keyboard.press('Alt+KeyN');
    await expect(shell.heading()).toHaveText(s.newOrder);

    // Items by scan: a misread barcode is refused; two units of one item and one of another go in.
    const [a, b] = lightItems(host.dataDir, 2).map((i) => ({ ...i, code: i.upc ?? i.ean ?? i.fnsku }));
    await page.keyboard.press('Alt+KeyK');
    const wrong = misread(a!.code);
    await mcf.scan(wrong);
    await expect(mcf.itemFeedback()).toHaveAttribute('data-kind', 'error');
    await mcf.scan(a!.code);
    await expect(mcf.itemFeedback()).toHaveText(fill(s.itemAdded, { sku: a!.msku, quantity: 1 }));
    await mcf.scan(a!.code);
    await expect(mcf.itemFeedback()).toHaveText(fill(s.itemAdded, { sku: a!.msku, quantity: 2 }));
    await mcf.scan(b!.fnsku);
    await expect(mcf.itemFeedback()).toHaveText(fill(s.itemAdded, { sku: b!.msku, quantity: 1 }));
    await expect(page.getByTestId('mcf-draft-totals')).toHaveText(fill(s.draftTotals, { skus: 2, units: 3 }));

    // The recipient, typed; an order id the customer knows.
    await mcf.typeAddress({ name: 'Practice Recipient', addressLine1: '500 Test Avenue', city: 'Portland', stateOrRegion: 'OR', postalCode: '97201', phone: '5035550100' });
    const displayId = `PB-${language}-${Date.now().toString(36)}`.toUpperCase();
    await page.locator('input[name="mcf-displayable-id"]').focus();
    await page.keyboard.type(displayId, { delay: 60 });

    // Held at Amazon until the packer releases it.
    await page.keyboard.press('Alt+KeyH');
    await expect(page.locator('input[name="mcf-hold"]')).toBeChecked();

    // Amazon's preview: fees and dates per speed; Standard is chosen.
    await page.keyboard.press('Alt+KeyP');
    await expect(mcf.previewRow('Standard')).toHaveAttribute('data-fulfillable', 'true', { timeout: AMAZON_STEP_MS });
    await expect(mcf.previewRow('Standard').getByTestId('mcf-preview-fee')).toContainText('USD');
    await expect(mcf.previewRow('Standard').getByRole('button')).toHaveText(s.chosen);
    await page.keyboard.press('Alt+Enter');

    // The order goes to Amazon in the background, then reads from it.
    await expect(shell.heading()).toHaveText(fill(s.orderTitle, { id: displayId }));
    await expect(page.getByTestId('mcf-recipient')).toContainText('500 Test Avenue');
    await expect(page.getByTestId('mcf-order-item')).toHaveCount(2);
    await mcf.waitForStep('open');
    await page.keyboard.press('Alt+KeyR');
    await expect(page.getByTestId('mcf-amazon-status')).not.toHaveText(s.notRefreshed, { timeout: AMAZON_STEP_MS });
    await expect(page.getByTestId('mcf-no-packages')).toHaveText(s.noPackages);

    // Released for shipping: the change goes to Amazon and the order no longer waits for release.
    const release = page.getByRole('button', { name: s.release });
    await expect(release).toBeVisible();
    await page.keyboard.press('Alt+KeyL');
    await expect(release).toHaveCount(0, { timeout: AMAZON_STEP_MS });
    await mcf.waitForStep('open');

    // Updated before Amazon starts processing: a faster speed and a packing slip comment.
    const speed = page.locator('select[name="mcf-update-speed"]');
    await speed.focus();
    await page.keyboard.press('ArrowDown');
    await expect(speed).toHaveValue('Expedited');
    await page.locator('input[name="mcf-update-comment"]').focus();
    await page.keyboard.type('Thank you', { delay: 60 });
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('mcf-update-message')).toHaveText(s.updated);
    await expect(page.getByTestId('mcf-order')).toContainText(fill(s.speedN, { speed: s.speeds.Expedited }));
    await expect(page.getByTestId('mcf-order')).toContainText('Thank you');
    // The change reached Amazon: nothing left to send and nothing refused.
    await expect(page.getByTestId('mcf-order')).toHaveAttribute('data-pending', '0', { timeout: AMAZON_STEP_MS });
    await expect(page.getByTestId('mcf-order')).toHaveAttribute('data-failed', '0');
    await mcf.waitForStep('open');
    const orderId = (await page.getByTestId('mcf-order').getAttribute('data-order-id'))!;

    // Amazon holds the order once, as the packer left it: released, Expedited, two units of one item and one of another.
    const atAmazon = async () => (await market.inspect()).mcf.orders.filter((o) => o.sellerFulfillmentOrderId === orderId);
    const [held] = await atAmazon();
    expect(await atAmazon()).toHaveLength(1);
    expect(held).toMatchObject({ held: false, cancelled: false, shippingSpeedCategory: 'Expedited' });
    expect([...held!.items].sort((x, y) => x.sellerSku.localeCompare(y.sellerSku))).toEqual(
      [{ sellerSku: a!.msku, quantity: 2 }, { sellerSku: b!.msku, quantity: 1 }].sort((x, y) => x.sellerSku.localeCompare(y.sellerSku)),
    );

    // The list finds it again by a scan of its id.
    await page.keyboard.press('Alt+KeyB');
    await expect(shell.heading()).toHaveText(s.title);
    await expect(page.getByTestId('mcf-order-row')).toHaveCount(1);
    // Every open order read again from Amazon at once (Chinese has no singular form).
    await page.keyboard.press('Alt+KeyR');
    await expect(page.getByTestId('mcf-refreshed')).toHaveText(fill(language === 'en' ? s.refreshedAll_one : s.refreshedAll_other, { count: 1 }), { timeout: AMAZON_STEP_MS });
    await mcf.scan(displayId);
    await expect(shell.heading()).toHaveText(fill(s.orderTitle, { id: displayId }));

    // Cancelled before Amazon starts processing: asked first, then sent, then Amazon's answer.
    await page.keyboard.press('Alt+KeyX');
    await expect(page.getByRole('dialog')).toContainText(fill(s.cancelTitle, { id: displayId }));
    await page.keyboard.press('Enter');
    await mcf.waitForStep('cancelled');
    expect(await atAmazon()).toMatchObject([{ cancelled: true }]);
  });

  test(`an MCF order through the UI (${language}) from preview to the package tracking, two simulated hours later`, async ({ page, host, market }) => {
    test.setTimeout(150_000);
    const s = STRINGS[language].mcf;
    const shell = new StationShell(page);
    await shell.openIn(host.url, language);
    const mcf = new McfPage(page, STRINGS[language]);
    await mcf.open();
    await page.keyboard.press('Alt+KeyN');
    await expect(shell.heading()).toHaveText(s.newOrder);
    const [item] = lightItems(host.dataDir, 1).map((i) => ({ ...i, code: i.upc ?? i.ean ?? i.fnsku }));
    await page.keyboard.press('Alt+KeyK');
    await mcf.scan(item!.code);
    await expect(mcf.itemFeedback()).toHaveText(fill(s.itemAdded, { sku: item!.msku, quantity: 1 }));
    await mcf.typeAddress({ name: 'Practice Recipient', addressLine1: '12 Harbor Road', city: 'Seattle', stateOrRegion: 'WA', postalCode: '98101', phone: '2065550100' });
    const displayId = `PB-T-${language}-${Date.now().toString(36)}`.toUpperCase();
    await page.locator('input[name="mcf-displayable-id"]').focus();
    await page.keyboard.type(displayId, { delay: 60 });
    await page.keyboard.press('Alt+KeyP');
    await expect(mcf.previewRow('Standard')).toHaveAttribute('data-fulfillable', 'true', { timeout: AMAZON_STEP_MS });
    await page.keyboard.press('Alt+Enter');
    await expect(shell.heading()).toHaveText(fill(s.orderTitle, { id: displayId }));
    await mcf.waitForStep('open');
    await expect(page.getByTestId('mcf-no-packages')).toHaveText(s.noPackages);
    const orderId = (await page.getByTestId('mcf-order').getAttribute('data-order-id'))!;

    // Two simulated hours on, Amazon has shipped it: a refresh reads Complete and the package, Alt+T its tracking.
    await letTimePass(market, SHIPS_AFTER_MS + 60_000);
    // The station may still be finding the marketplace back online: the refresh is repeated until Amazon answers.
    await expect(async () => {
      await page.keyboard.press('Alt+KeyR');
      await expect(page.getByTestId('mcf-order').getByTestId('mcf-step')).toHaveAttribute('data-step', 'complete', { timeout: 3000 });
    }).toPass({ timeout: AMAZON_STEP_MS });
    await expect(page.getByTestId('mcf-amazon-status')).toHaveText(fill(s.amazonStatus, { status: 'Complete' }));
    await page.keyboard.press('Alt+KeyT');
    const tracking = page.getByTestId('mcf-tracking');
    await expect(tracking.first()).toBeVisible({ timeout: AMAZON_STEP_MS });
    const shown = await tracking.evaluateAll((cards) => cards.map((c) => c.getAttribute('data-tracking-number') ?? ''));
    for (const number of shown) expect(number).toMatch(/^\S{8,}$/);
    await expect(page.getByTestId('mcf-tracking-status').first()).not.toHaveText(fill(s.trackingStatus, { status: '—' }));

    // The tracking shown is Amazon's for this order, which it holds once.
    const atAmazon = (await market.inspect()).mcf.orders.filter((o) => o.sellerFulfillmentOrderId === orderId);
    expect(atAmazon).toHaveLength(1);
    expect(atAmazon[0]).toMatchObject({ cancelled: false, items: [{ sellerSku: item!.msku, quantity: 1 }] });
    expect([...atAmazon[0]!.trackingNumbers].sort()).toEqual([...shown].sort());
  });
}
