import ExcelJS from 'exceljs';
import type { SheetRows } from '../../../shared/ipc/inbound-export';
import { StationError } from '../../core/errors';

/** Item sheets are a few thousand rows at most; anything far larger is not an item sheet. */
const MAX_ROWS = 20_000;
const MAX_COLUMNS = 200;

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** A cell as the text a packer sees in it: formula results, rich text and links as their text, dates as YYYY-MM-DD. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue);
  return '';
}

function sniff(bytes: Uint8Array, fileName: string): void {
  const head = Buffer.from(bytes.subarray(0, 8));
  if (head.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
    throw new StationError('VALIDATION', `${fileName} is an Excel 97-2003 workbook (.xls); save it as .xlsx or CSV and import that`);
  }
  if (head[0] !== 0x50 || head[1] !== 0x4b) {
    throw new StationError('VALIDATION', `${fileName} is not an .xlsx workbook (an .xlsx file is a zip archive); save it as .xlsx or CSV`);
  }
}

/**
 * The visible worksheets of an .xlsx workbook as rows of text, sheet row n at index n - 1, so that the rows and columns
 * named in import messages are the ones the packer sees in Excel.
 */
export async function readSheets(bytes: Uint8Array, fileName: string): Promise<SheetRows[]> {
  sniff(bytes, fileName);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (error) {
    throw new StationError('VALIDATION', `${fileName} could not be read as an .xlsx workbook: ${(error as Error).message}`);
  }
  const sheets: SheetRows[] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible') continue;
    if (sheet.rowCount > MAX_ROWS) throw new StationError('VALIDATION', `${fileName}: sheet "${sheet.name}" has ${sheet.rowCount} rows; an item sheet may have ${MAX_ROWS}`);
    if (sheet.columnCount > MAX_COLUMNS) throw new StationError('VALIDATION', `${fileName}: sheet "${sheet.name}" has ${sheet.columnCount} columns; an item sheet may have ${MAX_COLUMNS}`);
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        cells[column - 1] = cellText(cell.value).trim();
      });
      rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
    });
    const dense = Array.from(rows, (r) => r ?? []);
    while (dense.length > 0 && dense[dense.length - 1]!.every((c) => c === '')) dense.pop();
    if (dense.length > 0) sheets.push({ name: sheet.name, rows: dense });
  }
  if (sheets.length === 0) throw new StationError('VALIDATION', `${fileName} has no worksheet with data`);
  return sheets;
}
