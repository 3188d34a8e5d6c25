import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';

const root = resolve(__dirname, '../../..');

/** Each page's text, as pdf.js extracts it. pdf.js is ESM only, so it runs in a child Node beside the test. */
export function pdfPageTexts(bytes: Buffer): string[] {
  const script = `
    import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
    import { createRequire } from 'node:module';
    import { dirname, join } from 'node:path';
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    const standardFontDataUrl = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts') + '/';
    const doc = await getDocument({ data: new Uint8Array(Buffer.concat(chunks)), standardFontDataUrl, isEvalSupported: false, verbosity: 0 }).promise;
    const pages = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const content = await (await doc.getPage(p)).getTextContent();
      pages.push(content.items.map((i) => i.str ?? '').join(' '));
    }
    process.stdout.write(JSON.stringify(pages));
  `;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, input: bytes, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out.toString('utf8')) as string[];
}

export interface PackListSheet {
  /** Row values by SKU: expected, boxed, and the units in each box column. */
  items: Map<string, { title: string; expected: number; boxed: number; perBox: number[] }>;
  /** The "Name of box" row: box ids (FBA…U000001) or station box numbers. */
  boxNames: string[];
  weights: number[];
}

/** Reads the "Pack list" sheet of an exported workbook the way Seller Central does: by its headings. */
export async function readPackListXlsx(bytes: Buffer): Promise<PackListSheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Pack list');
  if (!sheet) throw new Error('The workbook has no "Pack list" sheet');
  const text = (r: number, c: number) => {
    const v = sheet.getRow(r).getCell(c).value;
    return v === null || v === undefined ? '' : String(v);
  };
  let header = 0;
  for (let r = 1; r <= sheet.rowCount && !header; r++) if (text(r, 1) === 'SKU') header = r;
  if (!header) throw new Error('No SKU header row in the pack list');
  const headings = (sheet.getRow(header).values as unknown[]).map((v) => (v === undefined || v === null ? '' : String(v)));
  const boxColumns = headings.map((h, c) => (/^Box \d+ quantity$/.test(h) ? c : -1)).filter((c) => c > 0);
  const items: PackListSheet['items'] = new Map();
  let r = header + 1;
  for (; text(r, 1) !== ''; r++) {
    items.set(text(r, 1), {
      title: text(r, 2),
      expected: Number(text(r, headings.indexOf('Expected quantity'))),
      boxed: Number(text(r, headings.indexOf('Boxed quantity'))),
      perBox: boxColumns.map((c) => Number(text(r, c) || 0)),
    });
  }
  const rowOf = (prefix: string) => {
    for (let k = r; k <= sheet.rowCount; k++) if (text(k, 1).startsWith(prefix)) return k;
    throw new Error(`No "${prefix}" row in the pack list`);
  };
  return { items, boxNames: boxColumns.map((c) => text(rowOf('Name of box'), c)), weights: boxColumns.map((c) => Number(text(rowOf('Box weight'), c))) };
}
