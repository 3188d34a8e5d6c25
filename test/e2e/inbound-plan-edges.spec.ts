import { test, expect } from './support/station-host';
import { StationShell } from './pages/station-shell';
import { InboundPage, STRINGS, fill } from './pages/inbound-page';
import { lightItems } from './support/station-catalogue';

const s = STRINGS.en.inbound;

test('a plan imported from a Seller Central sheet: unsupported marketplace refused, over-pack confirmed, a typed quantity, a box deleted, the plan cancelled', async ({ page, host }) => {
  test.setTimeout(150_000);
  await new StationShell(page).open(host.url);
  const inbound = new InboundPage(page);
  const [a, b] = lightItems(host.dataDir, 2);
  await inbound.open();
  await inbound.startNewPlan();

  // Brazil is listed for the North American account but Amazon offers no inbound API there: the station says why.
  await page.getByLabel(s.marketplace).selectOption({ label: 'BR · Brazil (not supported)' });
  await expect(page.getByTestId('marketplace-unsupported')).toHaveText(/does not support the Fulfillment Inbound API in Brazil/);
  await expect(page.getByRole('button', { name: s.createPlan })).toBeDisabled();
  await page.getByLabel(s.marketplace).selectOption({ label: 'US · United States' });
  await expect(page.getByTestId('marketplace-unsupported')).toHaveCount(0);

  // Seller Central's pack list layout, with one bad row reported by its row number.
  const sheet = [
    'Default prep owner,Seller',
    'Default labeling owner,Seller',
    '',
    'Merchant SKU,Quantity,Prep owner,Labeling owner',
    `${a!.msku},2,,`,
    `${b!.fnsku},1,Seller,Seller`,
    'NO-SUCH-SKU-1,4,,',
  ].join('\r\n');
  await page.locator('input[type="file"]').setInputFiles({ name: 'pack-list.csv', mimeType: 'text/csv', buffer: Buffer.from(sheet) });
  await expect(page.getByTestId('import-result')).toContainText(fill(s.imported_other, { count: 2 }));
  await expect(page.getByTestId('import-result')).toContainText(fill(s.importRow, { row: 7, message: "No product with code NO-SUCH-SKU-1 in this account's catalogue." }));
  await expect(page.getByTestId('draft-totals')).toHaveText(fill(s.draftTotals, { skus: 2, units: 3 }));
  await inbound.createPlan();
  await inbound.chooseFirstPackingOption();

  // Packing every group: b's single unit, then a second one, which only goes in after the over-pack question.
  const groups = await inbound.targets().count();
  let groupOfB = 0;
  for (let g = 0; g < groups; g++) {
    if ((await inbound.targets().nth(g).getAttribute('aria-selected')) !== 'true') await inbound.targets().nth(g).click();
    if ((await page.locator(`[data-testid="remaining-row"][data-msku="${b!.msku}"]`).count()) > 0) groupOfB = g;
  }
  await inbound.targets().nth(groupOfB).click();
  await inbound.scan(b!.fnsku);
  await expect(inbound.lineQuantity(b!.msku)).toHaveValue('1');
  await inbound.scan(b!.fnsku);
  const dialog = page.getByRole('dialog', { name: s.overpackTitle });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('overpack-message')).toContainText('1 planned, 1 packed already');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(inbound.lineQuantity(b!.msku)).toHaveValue('1');
  await inbound.scan(b!.fnsku);
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(inbound.lineQuantity(b!.msku)).toHaveValue('2');
  await expect(page.locator(`[data-testid="remaining-row"][data-msku="${b!.msku}"]`)).toHaveAttribute('data-remaining', '-1');

  // A quantity typed over the scanned one corrects the line.
  await inbound.lineQuantity(b!.msku).fill('1');
  await inbound.lineQuantity(b!.msku).press('Enter');
  await expect(page.locator(`[data-testid="remaining-row"][data-msku="${b!.msku}"]`)).toHaveAttribute('data-remaining', '0');
  await inbound.closeBox('1.2');
  await expect(inbound.scanFeedback()).toContainText(fill(s.boxClosed, { n: 1 }));

  // A box deleted after confirming gives its units back.
  const row = inbound.boxRows().filter({ hasText: fill(s.boxN, { n: 1 }) });
  await row.getByRole('button', { name: s.delete }).click();
  await page.getByRole('dialog', { name: fill(s.deleteBoxTitle, { n: 1 }) }).getByRole('button', { name: s.delete }).click();
  await expect(inbound.boxRows()).toHaveCount(0);
  await expect(page.locator(`[data-testid="remaining-row"][data-msku="${b!.msku}"]`)).toHaveAttribute('data-remaining', '1');

  // Cancelling asks first.
  await page.keyboard.press('Alt+KeyQ');
  await page.getByRole('dialog', { name: s.confirmCancelTitle }).getByRole('button', { name: s.cancelPlan }).click();
  await inbound.waitForStep('cancelled');
  await expect(page.getByText(s.cancelledHelp)).toBeVisible();
});
