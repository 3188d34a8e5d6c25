import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readSheets } from './sheet-reader';

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('readSheets', () => {
  it('gives each visible sheet as text rows at their sheet positions: dates as YYYY-MM-DD, formulas as results, rich text as text', async () => {
    const bytes = await workbook((wb) => {
      const hidden = wb.addWorksheet('Instructions');
      hidden.state = 'hidden';
      hidden.getCell('A1').value = 'Read me';
      const sheet = wb.addWorksheet('Create workflow – template');
      sheet.getCell('A1').value = 'Default prep owner';
      sheet.getCell('B1').value = 'Seller';
      sheet.getCell('A4').value = { richText: [{ text: 'Merchant ' }, { text: 'SKU', font: { bold: true } }] };
      sheet.getCell('B4').value = 'Quantity';
      sheet.getCell('C4').value = 'Expiration date';
      sheet.getCell('A5').value = 'KIT-WHISK-0001';
      sheet.getCell('B5').value = { formula: '6*2', result: 12 };
      sheet.getCell('C5').value = new Date(Date.UTC(2027, 5, 30));
      sheet.getCell('A7').value = ' SUP-VITD3-0005 ';
      sheet.getCell('B7').value = 4;
    });
    const sheets = await readSheets(bytes, 'plan.xlsx');
    expect(sheets).toEqual([
      {
        name: 'Create workflow – template',
        rows: [['Default prep owner', 'Seller'], [], [], ['Merchant SKU', 'Quantity', 'Expiration date'], ['KIT-WHISK-0001', '12', '2027-06-30'], [], ['SUP-VITD3-0005', '4']],
      },
    ]);
  });

  it('refuses an old .xls workbook, a file that is not a workbook, and a workbook without data, each saying what to do', async () => {
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(readSheets(xls, 'old.xls')).rejects.toThrow('old.xls is an Excel 97-2003 workbook (.xls); save it as .xlsx or CSV and import that');
    await expect(readSheets(Buffer.from('SKU,qty\nA,1\n'), 'items.xlsx')).rejects.toThrow(/items.xlsx is not an .xlsx workbook/);
    await expect(readSheets(Buffer.from('PK\u0003\u0004 truncated'), 'broken.xlsx')).rejects.toThrow(/broken.xlsx could not be read as an .xlsx workbook/);
    const empty = await workbook((wb) => void wb.addWorksheet('Sheet1'));
    await expect(readSheets(empty, 'empty.xlsx')).rejects.toThrow('empty.xlsx has no worksheet with data');
  });
});
