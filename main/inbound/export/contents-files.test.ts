import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { boxContentsOf } from './box-contents';
import { boxContentsXlsx } from './contents-xlsx';
import { boxContentsCsv } from './contents-csv';
import { CHINESE_TITLE, exportPlan } from '../../../test/support/export-plan';

const scope = { kind: 'shipment', shipmentId: 'FBA15PBX0001' } as const;
const contents = () => boxContentsOf(exportPlan(), scope, (msku) => (msku === 'TOY-BLOCKS-0100' ? 'B00BLOCKS1' : null));

/** What the fixture's boxes hold, written out by hand in pounds and inches (box 2 was weighed in kg and cm). */
const inches = (cm: number) => Math.round((cm / 2.54) * 100) / 100;
const EXPECTED = [
  { label: 'FBA15PBX0001U000001', weight: 11, dims: [16, 12, 11], lines: ['KIT-WHISK-0001||6', 'SUP-VITD3-0005|2027-06-30|4'] },
  { label: 'FBA15PBX0001U000002', weight: Math.round(5 * 2.20462262 * 100) / 100, dims: [inches(40), inches(30), inches(20)], lines: ['SUP-VITD3-0005|2027-09-30|2', 'TOY-BLOCKS-0100||3'] },
  { label: 'Box 3', weight: 13, dims: [16, 12, 13], lines: ['KIT-WHISK-0001||2'] },
];

describe('box contents XLSX', () => {
  it("reads back, with the spreadsheet library, to the shipment's boxes: names, weights, dimensions and every line", async () => {
    const bytes = await boxContentsXlsx(contents());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Pack list')!;
    const text = (r: number, c: number) => {
      const v = sheet.getRow(r).getCell(c).value;
      return v === null || v === undefined ? '' : String(v);
    };
    expect(text(2, 2)).toBe('FBA15PBX0001');
    expect(text(2, 8)).toBe('RNO4');
    expect(text(1, 5)).toBe('wf1234abcd-5678');

    // Find the header by its headings, as Seller Central does, not by a fixed position.
    let header = 0;
    for (let r = 1; r <= sheet.rowCount && !header; r++) if (text(r, 1) === 'SKU' && text(r, 10) === 'Expected quantity') header = r;
    expect(header).toBeGreaterThan(0);
    const headings = (sheet.getRow(header).values as unknown[]).map((v) => (v === undefined ? '' : String(v)));
    const boxColumns = headings.map((h, c) => (/^Box \d+ quantity$/.test(h) ? c : -1)).filter((c) => c > 0);
    const expirationColumn = headings.indexOf('Expiration date (YYYY-MM-DD)');
    expect(boxColumns).toHaveLength(3);

    const rowOf = (label: string) => {
      for (let r = header + 1; r <= sheet.rowCount; r++) if (text(r, 1) === label) return r;
      throw new Error(`no row ${label}`);
    };
    const boxes = boxColumns.map((c) => ({
      label: text(rowOf('Name of box'), c),
      weight: Number(text(rowOf('Box weight (lb):'), c)),
      dims: ['Box length (in):', 'Box width (in):', 'Box height (in):'].map((l) => Number(text(rowOf(l), c))),
      lines: [] as string[],
    }));
    for (let r = header + 1; text(r, 1) !== ''; r++) {
      boxColumns.forEach((c, i) => {
        if (text(r, c)) boxes[i]!.lines.push(`${text(r, 1)}|${text(r, expirationColumn)}|${text(r, c)}`);
      });
      const sum = boxColumns.reduce((n, c) => n + Number(text(r, c) || 0), 0);
      expect(Number(text(r, 11)), `boxed quantity of row ${r}`).toBe(sum);
    }
    boxes.forEach((b) => b.lines.sort());
    expect(boxes).toEqual(EXPECTED);

    const whisk = rowOf('KIT-WHISK-0001');
    expect(text(whisk, 2)).toBe(CHINESE_TITLE);
    expect(text(whisk, 5)).toBe('X00WHISK01');
    expect(text(rowOf('TOY-BLOCKS-0100'), 4)).toBe('B00BLOCKS1');
    expect(text(rowOf('TOY-BLOCKS-0100'), 8)).toBe('Amazon');
  });

  it('carries the same plain table as the CSV on its second sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await boxContentsXlsx(contents())) as unknown as ArrayBuffer);
    const table = workbook.getWorksheet('Box contents')!;
    const csv = Papa.parse<string[]>(boxContentsCsv(contents()).toString('utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const rows: string[][] = [];
    table.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === undefined || v === null ? '' : String(v)))));
    expect(rows.map((r) => r.slice(0, 16))).toEqual(csv.map((r) => r.map((c, i) => (i < r.length ? c : ''))));
  });
});

describe('box contents CSV', () => {
  it('parses back to one row per box line, every box and unit accounted for', () => {
    const text = boxContentsCsv(contents()).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const byBox = new Map<string, string[]>();
    for (const row of parsed.data) byBox.set(row['Box ID']!, [...(byBox.get(row['Box ID']!) ?? []), `${row.MSKU}|${row.Expiration}|${row.Quantity}`]);
    expect([...byBox.keys()]).toEqual(EXPECTED.map((b) => b.label));
    EXPECTED.forEach((b) => expect(byBox.get(b.label)!.sort()).toEqual(b.lines));
    const second = parsed.data.find((r) => r['Box ID'] === 'FBA15PBX0001U000002')!;
    expect([second.Weight, second['Weight unit'], second.Length, second['Dimension unit']]).toEqual([String(EXPECTED[1]!.weight), 'LB', String(inches(40)), 'IN']);
    expect(parsed.data.find((r) => r.MSKU === 'KIT-WHISK-0001')!.Title).toBe(CHINESE_TITLE);
  });

  it('quotes a cell a spreadsheet would run as a formula', () => {
    const plan = exportPlan();
    plan.items[2]!.title = '=HYPERLINK("http://example.invalid")';
    const parsed = Papa.parse<Record<string, string>>(boxContentsCsv(boxContentsOf(plan, scope, () => null)).toString('utf8').slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.data.find((r) => r.MSKU === 'TOY-BLOCKS-0100')!.Title).toBe(`'=HYPERLINK("http://example.invalid")`);
  });
});
