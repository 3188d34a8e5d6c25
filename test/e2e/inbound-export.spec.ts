import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Locator, Page } from '@playwright/test';
import { test, expect } from './support/station-host';
import { StationShell } from './pages/station-shell';
import { AMAZON_STEP_MS, InboundPage, STRINGS, fill } from './pages/inbound-page';
import { lightItems } from './support/station-catalogue';
import { pdfPageTexts, readPackListXlsx } from './support/export-files';

const s = STRINGS.en.inbound;
const x = STRINGS.en.inboundExport;
const CHINESE_TITLE = '不锈钢打蛋器（两件装）';

async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file]: [Download, void] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** Seller Central's manifest layout as an Excel workbook, behind an instructions sheet, with one bad quantity. */
async function manifestXlsx(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Instructions').addRow(['How to use this Send to Amazon file upload']);
  const sheet = workbook.addWorksheet('Create workflow – template');
  sheet.addRow(['Default prep owner', 'Seller']);
  sheet.addRow(['Default labeling owner', 'Seller']);
  sheet.addRow([]);
  sheet.addRow(['Merchant SKU', 'Quantity']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test('box contents exported from a plan packed through the UI: XLSX and pack list PDF per packing group, then per shipment with Amazon box ids; an .xlsx sheet starts the plan', async ({ page, host }) => {
  test.setTimeout(300_000);
  await new StationShell(page).open(host.url);
  const inbound = new InboundPage(page);
  const [a, b] = lightItems(host.dataDir, 2);
  await inbound.open();
  await inbound.startNewPlan();

  // The plan starts from an Excel sheet; the bad row is named by its row and column in the sheet.
  const sheet = await manifestXlsx([[a!.msku, 2], [b!.msku, 1], ['BAD-ROW-1', 'many']]);
  await page.locator('input[type="file"]').setInputFiles({ name: 'manifest.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: sheet });
  const imported = page.getByTestId('import-result');
  await expect(imported).toContainText(fill(s.imported_other, { count: 2 }));
  await expect(imported).toContainText(fill(x.importFromSheet, { sheet: 'Create workflow – template' }));
  await expect(imported).toContainText(fill(x.importCell, { row: 7, column: 'B', message: 'BAD-ROW-1: quantity "many" is not a whole number from 1 to 10000' }));
  await expect(page.getByTestId('draft-totals')).toHaveText(fill(s.draftTotals, { skus: 2, units: 3 }));
  await inbound.createPlan();
  await inbound.chooseFirstPackingOption();

  // Every group packed in one box each: each remaining unit scanned, the box closed with a typed weight.
  const groups = await inbound.targets().count();
  let boxes = 0;
  for (let g = 0; g < groups; g++) {
    await inbound.targets().nth(g).click();
    const rows = await inbound.remainingRows().evaluateAll((els) => els.map((el) => ({ fnsku: el.getAttribute('data-fnsku')!, remaining: Number(el.getAttribute('data-remaining')) })));
    for (const row of rows) for (let unit = 0; unit < row.remaining; unit++) await inbound.scan(row.fnsku);
    await inbound.closeBox('2.5');
    boxes += 1;
    await expect(inbound.scanFeedback()).toContainText(fill(s.boxClosed, { n: boxes }));
  }
  await expect(page.getByTestId('packing-left')).toHaveText(s.allPacked);

  // The catalogue's title of one product is in Chinese: the pack list must print it.
  const db = new Database(join(host.dataDir, 'packbench.db'));
  db.prepare('UPDATE catalog_items SET title = ? WHERE msku = ?').run(CHINESE_TITLE, a!.msku);
  db.close();

  // Before placement: one export per packing group, the boxes named by their station numbers.
  await page.keyboard.press('Alt+KeyE');
  const targets = page.getByTestId('export-target');
  await expect(targets).toHaveCount(groups);
  const packed = new Map<string, number>();
  for (let g = 0; g < groups; g++) {
    const target = targets.nth(g);
    const xlsx = await download(page, target.getByRole('button', { name: x.xlsx }));
    expect(xlsx.name).toMatch(/-box-contents\.xlsx$/);
    const list = await readPackListXlsx(xlsx.bytes);
    expect(list.boxNames).toHaveLength(1);
    expect(list.boxNames[0]).toMatch(/^Box \d+$/);
    expect(list.weights).toEqual([2.5]);
    for (const [msku, row] of list.items) {
      expect(row.boxed).toBe(row.expected);
      expect(row.perBox).toEqual([row.boxed]);
      packed.set(msku, row.boxed);
      if (msku === a!.msku) expect(row.title).toBe(CHINESE_TITLE);
    }
    const pdf = await download(page, target.getByRole('button', { name: x.pdf }));
    expect(pdf.name).toMatch(/-pack-list\.pdf$/);
    const text = pdfPageTexts(pdf.bytes).join('\n');
    expect(text).toContain(list.boxNames[0]!);
    for (const msku of list.items.keys()) expect(text).toContain(msku);
    await expect(page.getByTestId('export-result')).toHaveText(fill(x.downloaded, { file: pdf.name }));
  }
  expect(Object.fromEntries(packed)).toEqual({ [a!.msku]: 2, [b!.msku]: 1 });
  await page.keyboard.press('Escape');
  await expect(targets).toHaveCount(0);

  // On through placement and transport to Amazon's box ids.
  await page.keyboard.press('Alt+KeyS');
  await inbound.chooseFirstPlacement();
  await inbound.chooseSmallParcel('USE_YOUR_OWN_CARRIER');
  await expect(page.getByText(s.waitingBoxIds)).toHaveCount(0, { timeout: AMAZON_STEP_MS });

  // Per shipment: the boxes carry Amazon's ids (confirmation id + U000001) in the sheet and in the pack list.
  const shipments = inbound.shipments();
  const boxIds = new Map<string, string[]>();
  for (let n = 0; n < (await shipments.count()); n++) {
    const confirmation = (await shipments.nth(n).getByTestId('confirmation-id').textContent())!;
    boxIds.set(confirmation, await inbound.shipmentBoxIds(shipments.nth(n)));
  }
  await page.keyboard.press('Alt+KeyE');
  await expect(targets).toHaveCount(boxIds.size);
  const shipped = new Map<string, number>();
  for (let n = 0; n < boxIds.size; n++) {
    const target = targets.nth(n);
    const list = await readPackListXlsx((await download(page, target.getByRole('button', { name: x.xlsx }))).bytes);
    const ids = [...boxIds.values()].find((list2) => list2.includes(list.boxNames[0]!))!;
    expect([...list.boxNames].sort()).toEqual([...ids].sort());
    for (const name of list.boxNames) expect(name).toMatch(/^[A-Z0-9]+U\d{6}$/);
    for (const [msku, row] of list.items) shipped.set(msku, (shipped.get(msku) ?? 0) + row.boxed);
    const text = pdfPageTexts((await download(page, target.getByRole('button', { name: x.pdf }))).bytes).join('\n');
    for (const id of ids) expect(text).toContain(id);
    for (const msku of list.items.keys()) expect(text).toContain(msku);
    if (list.items.has(a!.msku)) expect(text.replace(/\s+/g, '')).toContain(CHINESE_TITLE);
  }
  expect(Object.fromEntries(shipped)).toEqual({ [a!.msku]: 2, [b!.msku]: 1 });

  // The pack list goes to the station's documents printer (the virtual printer on a new station).
  await targets.first().getByRole('button', { name: x.print }).click();
  await expect(page.getByTestId('export-result')).toHaveText(fill(x.printed, { printer: 'Virtual printer' }), { timeout: 30_000 });
});
