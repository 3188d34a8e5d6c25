import Papa from 'papaparse';

type Owner = 'AMAZON' | 'SELLER' | 'NONE';

export interface ImportedLine {
  /** 1-based row in the file, for messages the packer can find in the sheet. */
  row: number;
  code: string;
  quantity: number;
  prepOwner?: Owner;
  labelOwner?: Owner;
  expiration?: string;
}

export interface ImportError {
  /** 1-based row, 0 for a problem with the whole file. */
  row: number;
  /** The spreadsheet column letter (A, B, …) of the cell at fault, when one cell is. */
  column?: string;
  message: string;
}

export interface ImportedSheet {
  lines: ImportedLine[];
  errors: ImportError[];
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const norm = (cell: string | undefined) => (cell ?? '').trim().toLowerCase().replace(/[\s_-]+/g, ' ');
const SKU_HEADERS = ['merchant sku', 'msku', 'seller sku', 'sku', 'fnsku', 'asin', 'upc', 'ean', 'code'];
const QTY_HEADERS = ['quantity', 'qty', 'units', 'quantity to send', 'expected quantity'];

function owner(cell: string | undefined): Owner | undefined {
  const value = norm(cell);
  if (value === 'seller' || value === 'merchant') return 'SELLER';
  if (value === 'amazon') return 'AMAZON';
  if (value === 'none' || value === 'none required' || value === 'no prep needed') return 'NONE';
  return undefined;
}

/** Accepts YYYY-MM-DD and Seller Central's MM/DD/YYYY; anything else is an error for that row. */
function expiration(cell: string): string | undefined | Error {
  const value = cell.trim();
  if (!value) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (us) return `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}`;
  return new Error(`expiration "${value}" is not a date (YYYY-MM-DD or MM/DD/YYYY)`);
}

function quantity(cell: string | undefined): number | Error {
  const value = (cell ?? '').trim().replace(/,/g, '');
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 10_000) return new Error(`quantity "${cell ?? ''}" is not a whole number from 1 to 10000`);
  return Number(value);
}

/**
 * Reads a CSV/TSV item sheet (see parseItemRows). The delimiter is guessed on the non-empty lines (blank lines confuse
 * the guess); rows are then read with blank lines kept so that row numbers match the sheet the packer sees.
 */
export function parseItemSheet(text: string): ImportedSheet {
  const source = text.replace(/^\uFEFF/, '');
  const delimiter = Papa.parse<string[]>(source, { skipEmptyLines: 'greedy', preview: 50 }).meta.delimiter;
  const parsed = Papa.parse<string[]>(source, { skipEmptyLines: false, delimiter });
  const sheet = parseItemRows(parsed.data);
  const errors = parsed.errors.map((e) => ({ row: (e.row ?? 0) + 1, message: e.message }));
  return { lines: sheet.lines, errors: [...errors, ...sheet.errors] };
}

/** True when the rows carry Seller Central's header row (a SKU column and a quantity column side by side). */
export function hasItemHeader(rows: readonly (readonly string[])[]): boolean {
  return rows.some((r) => r.some((c) => SKU_HEADERS.includes(norm(c))) && r.some((c) => QTY_HEADERS.includes(norm(c))));
}

/**
 * Reads an item sheet's rows (row i is sheet row i + 1): either a plain two-column `SKU,qty` sheet (with or without a
 * header row), or Seller Central's manifest layout, where a header row names `Merchant SKU` and `Quantity` (and
 * optionally prep owner, labeling owner and expiration) below a few lines of defaults such as
 * `Default prep owner,Seller`, or a pack list (`SKU`, `Expected quantity`, `Who preps units?`…), such as the station's
 * own box-contents export, for a repeat shipment. Each bad row is reported with the column of the cell at fault.
 */
export function parseItemRows(rows: readonly (readonly string[])[]): ImportedSheet {
  const errors: ImportError[] = [];
  const lines: ImportedLine[] = [];

  const headerAt = rows.findIndex((r) => r.some((c) => SKU_HEADERS.includes(norm(c))) && r.some((c) => QTY_HEADERS.includes(norm(c))));
  let defaults: { prepOwner?: Owner; labelOwner?: Owner } = {};
  let columns = { code: 0, quantity: 1, prep: -1, label: -1, expiration: -1 };
  let start = 0;
  let itemsEndAtBlank = false;
  let ended = false;
  if (headerAt >= 0) {
    for (const row of rows.slice(0, headerAt)) {
      const key = norm(row[0]);
      if (key === 'default prep owner') defaults = { ...defaults, prepOwner: owner(row[1]) };
      if (key === 'default labeling owner' || key === 'default label owner') defaults = { ...defaults, labelOwner: owner(row[1]) };
    }
    const header = Array.from(rows[headerAt]!, norm);
    const find = (names: string[]) => header.findIndex((h) => names.includes(h));
    const startsWith = (prefix: string) => header.findIndex((h) => h.startsWith(prefix));
    columns = {
      code: find(SKU_HEADERS),
      quantity: find(QTY_HEADERS),
      prep: find(['prep owner', 'who preps units?']),
      label: find(['labeling owner', 'label owner', 'who labels units?']),
      expiration: startsWith('expiration'),
    };
    // Seller Central's pack list (and the station's own box-contents export) lists its boxes under the items after a
    // blank row: the items end there.
    itemsEndAtBlank = header.includes('boxed quantity');
    start = headerAt + 1;
  } else if (rows.length > 0 && quantity(rows[0]![1]) instanceof Error) {
    // A plain sheet whose first row is a header of its own naming ("item,count").
    start = 1;
  }

  rows.slice(start).forEach((row, index) => {
    const rowNumber = start + index + 1;
    const code = (row[columns.code] ?? '').trim();
    if (ended) return;
    if (!code && row.every((c) => !(c ?? '').trim())) {
      ended = itemsEndAtBlank;
      return;
    }
    if (!code) {
      errors.push({ row: rowNumber, column: columnLetter(columns.code), message: 'no SKU' });
      return;
    }
    const qty = quantity(row[columns.quantity]);
    if (qty instanceof Error) {
      errors.push({ row: rowNumber, column: columnLetter(columns.quantity), message: `${code}: ${qty.message}` });
      return;
    }
    const line: ImportedLine = { row: rowNumber, code, quantity: qty };
    const prep = columns.prep >= 0 ? owner(row[columns.prep]) : undefined;
    const label = columns.label >= 0 ? owner(row[columns.label]) : undefined;
    if (prep ?? defaults.prepOwner) line.prepOwner = prep ?? defaults.prepOwner;
    if (label ?? defaults.labelOwner) line.labelOwner = label ?? defaults.labelOwner;
    if (columns.expiration >= 0) {
      const exp = expiration(row[columns.expiration] ?? '');
      if (exp instanceof Error) {
        errors.push({ row: rowNumber, column: columnLetter(columns.expiration), message: `${code}: ${exp.message}` });
        return;
      }
      if (exp) line.expiration = exp;
    }
    lines.push(line);
  });
  return { lines, errors };
}

/**
 * Reads the item sheet of a workbook: the first sheet with Seller Central's header row (the manifest template puts
 * instructions and data definitions on sheets of their own), else the first sheet with data.
 */
export function parseWorkbook(sheets: readonly { name: string; rows: string[][] }[]): ImportedSheet & { sheet: string } {
  const chosen = sheets.find((s) => hasItemHeader(s.rows)) ?? sheets[0];
  if (!chosen) return { lines: [], errors: [{ row: 0, message: 'The workbook has no sheet with data' }], sheet: '' };
  return { ...parseItemRows(chosen.rows), sheet: chosen.name };
}
