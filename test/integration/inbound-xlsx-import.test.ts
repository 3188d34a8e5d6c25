import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readSheets } from '../../main/inbound/export/sheet-reader';
import { parseWorkbook } from '../../renderer/src/pages/inbound/import-items';
import { boxContentsOf } from '../../main/inbound/export/box-contents';
import { boxContentsXlsx } from '../../main/inbound/export/contents-xlsx';
import { exportPlan } from '../support/export-plan';

/** An .xlsx item sheet read in main and interpreted by the new-plan form, as the station does on import. */
async function importXlsx(build: (wb: ExcelJS.Workbook) => void) {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return parseWorkbook(await readSheets(Buffer.from(await wb.xlsx.writeBuffer()), 'items.xlsx'));
}

describe('XLSX item sheets for a new plan', () => {
  it("reads Seller Central's manifest layout past its instruction sheets: defaults, owners, Excel dates, and a bad row by row and column", async () => {
    const result = await importXlsx((wb) => {
      wb.addWorksheet('Instructions').addRow(['How to use this Send to Amazon file upload']);
      const definitions = wb.addWorksheet('Data definitions');
      definitions.addRow(['Merchant SKU', 'A unique identifier for the product']);
      definitions.addRow(['Quantity', 'Units to send']);
      const sheet = wb.addWorksheet('Create workflow – template');
      sheet.addRow(['Default prep owner', 'Seller']);
      sheet.addRow(['Default labeling owner', 'Amazon']);
      sheet.addRow([]);
      sheet.addRow(['Merchant SKU', 'Quantity', 'Prep owner', 'Labeling owner', 'Manufacturer lot number', 'Expiration date (MM/DD/YYYY)']);
      sheet.addRow(['SUP-VITD3-0005', 24, null, null, 'L1', new Date(Date.UTC(2027, 5, 30))]);
      sheet.addRow(['KIT-WHISK-0001', 6, 'Amazon', 'Seller']);
      sheet.addRow(['TOY-BLOCKS-0100', 'twelve']);
      sheet.addRow(['TOY-BLOCKS-0200', 2, null, null, null, 'soon']);
    });
    expect(result.sheet).toBe('Create workflow – template');
    expect(result.lines).toEqual([
      { row: 5, code: 'SUP-VITD3-0005', quantity: 24, prepOwner: 'SELLER', labelOwner: 'AMAZON', expiration: '2027-06-30' },
      { row: 6, code: 'KIT-WHISK-0001', quantity: 6, prepOwner: 'AMAZON', labelOwner: 'SELLER' },
    ]);
    expect(result.errors).toEqual([
      { row: 7, column: 'B', message: 'TOY-BLOCKS-0100: quantity "twelve" is not a whole number from 1 to 10000' },
      { row: 8, column: 'F', message: 'TOY-BLOCKS-0200: expiration "soon" is not a date (YYYY-MM-DD or MM/DD/YYYY)' },
    ]);
  });

  it('reads a plain SKU, quantity sheet with numbers as Excel stores them, and a row without a SKU', async () => {
    const result = await importXlsx((wb) => {
      const sheet = wb.addWorksheet('Sheet1');
      sheet.getCell('A1').value = 'KIT-WHISK-0001';
      sheet.getCell('B1').value = 12;
      sheet.getCell('A2').value = 'X00BLOCK10';
      sheet.getCell('B2').value = { formula: 'B1/4', result: 3 };
      sheet.getCell('B4').value = 5;
    });
    expect(result.lines).toEqual([
      { row: 1, code: 'KIT-WHISK-0001', quantity: 12 },
      { row: 2, code: 'X00BLOCK10', quantity: 3 },
    ]);
    expect(result.errors).toEqual([{ row: 4, column: 'A', message: 'no SKU' }]);
  });
});

describe('a box-contents export read back as the item sheet of a repeat shipment', () => {
  it('takes each SKU with its expected quantity, owners and expiration, and stops where the box details begin', async () => {
    const contents = boxContentsOf(exportPlan(), { kind: 'packing-group', packingGroupId: 'pg-1' }, () => null);
    const result = parseWorkbook(await readSheets(await boxContentsXlsx(contents), 'pg-1-box-contents.xlsx'));
    expect(result.sheet).toBe('Pack list');
    expect(result.errors).toEqual([]);
    expect(result.lines.map((l) => [l.code, l.quantity, l.prepOwner, l.labelOwner, l.expiration])).toEqual([
      ['KIT-WHISK-0001', 8, 'SELLER', 'SELLER', undefined],
      ['SUP-VITD3-0005', 4, 'NONE', 'AMAZON', '2027-06-30'],
      ['SUP-VITD3-0005', 2, 'NONE', 'AMAZON', '2027-09-30'],
      ['TOY-BLOCKS-0100', 3, 'AMAZON', 'SELLER', undefined],
    ]);
  });
});
