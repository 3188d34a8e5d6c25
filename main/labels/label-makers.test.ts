import { describe, expect, it } from 'vitest';
import { decodeBarcodes } from '../../test/support/barcode-reader';
import { boxContentPayload } from '../../shared/labels/box-content-2d';
import { buildSscc } from '../../shared/labels/gs1';
import { boxContentLabel, cartonContentsLabel, FNSKU_LABEL_SIZES, fnskuLabel, ssccLabel } from '../../shared/labels/label-designs';
import type { LabelLayout } from '../../shared/labels/label-layout';
import { isSheetName, LABEL_SHEETS } from '../../shared/labels/label-sheets';
import { layoutsToPdf } from './layout-pdf';
import { layoutToZpl } from './layout-zpl';
import { openPdf } from './pdf-raster';
import { encodePng } from './raster';
import { sheetPdf } from './sheet-pdf';
import { renderZplToPngs } from './zpl-preview';

async function pdfPagePngs(pdf: Uint8Array, dpi: number): Promise<Buffer[]> {
  const doc = await openPdf(pdf);
  const out: Buffer[] = [];
  for (let n = 1; n <= doc.pageCount; n++) out.push(encodePng(await doc.renderPage(n, dpi / 72)));
  await doc.close();
  return out;
}

/** Generates the label as native ZPL and as PDF, renders both back, and returns what a scanner reads in each. */
async function readBack(layout: LabelLayout) {
  const results: { output: string; codes: Awaited<ReturnType<typeof decodeBarcodes>> }[] = [];
  for (const dpi of [203, 300] as const) {
    const zpl = layoutToZpl(layout, dpi);
    const [png] = await renderZplToPngs(zpl, { dpi, widthIn: layout.widthIn, heightIn: layout.heightIn });
    results.push({ output: `zpl@${dpi}`, codes: await decodeBarcodes(png!) });
  }
  const [page] = await pdfPagePngs(await layoutsToPdf([layout]), 300);
  results.push({ output: 'pdf', codes: await decodeBarcodes(page!) });
  return results;
}

const item = { fnsku: 'X001ABC9ZQ', title: 'Stainless steel insulated water bottle with bamboo lid, 750 ml, matte black', condition: 'New' };

describe('label makers round trip: generated, rendered back and scanned', () => {
  for (const [name, size] of Object.entries(FNSKU_LABEL_SIZES)) {
    it(`FNSKU item label ${name} in: Code 128 reads back as the FNSKU`, async () => {
      for (const { output, codes } of await readBack(fnskuLabel(item, size))) {
        expect({ output, codes: codes.map((c) => [c.format, c.text]) }).toEqual({ output, codes: [['Code128', item.fnsku]] });
      }
    });
  }

  it('2D box content label: PDF417 reads back as the exact Amazon payload', async () => {
    const input = {
      shipmentId: 'FBA15K2M7XYZ',
      boxNumber: 2,
      boxCount: 5,
      items: [
        { fnsku: 'X001ABC9ZQ', quantity: 24 },
        { fnsku: 'X002DEF8YR', quantity: 6, expiration: '2027-03-31' },
        { fnsku: 'B07XYZ1234', quantity: 1 },
      ],
    };
    const payload = boxContentPayload(input.shipmentId, input.items);
    for (const { output, codes } of await readBack(boxContentLabel(input))) {
      expect({ output, codes: codes.map((c) => [c.format, c.text]) }).toEqual({ output, codes: [['PDF417', payload]] });
    }
  });

  for (const kind of ['carton', 'pallet'] as const) {
    it(`SSCC ${kind} label: GS1-128 (FNC1 first) reads back as AI 00 and the SSCC with a valid check digit`, async () => {
      const sscc = buildSscc({ extensionDigit: kind === 'pallet' ? 1 : 0, companyPrefix: '0614141', serialReference: 4242 });
      const layout = ssccLabel({ sscc, kind, shipFrom: 'Packbench Test Warehouse, Unit 4, Example Road', shipTo: 'Amazon XYZ1', reference: 'FBA15K2M7XYZ' });
      for (const { output, codes } of await readBack(layout)) {
        expect({ output, codes: codes.map((c) => [c.symbologyIdentifier, c.text]) }).toEqual({ output, codes: [[']C1', `(00)${sscc}`]] });
      }
    });
  }

  it('internal carton label: the carton ID reads back, even with a long contents list', async () => {
    const lines = Array.from({ length: 40 }, (_, i) => ({ sku: `SKU-${i}`, description: `Item number ${i} with a long description`, quantity: i + 1 }));
    for (const { output, codes } of await readBack(cartonContentsLabel({ cartonId: 'PB-000123', shipmentId: 'FBA15K2M7XYZ', lines }))) {
      expect({ output, codes: codes.map((c) => c.text) }).toEqual({ output, codes: ['PB-000123'] });
    }
  });

  it('FNSKU sheets: every label on a partly used letter 30-up and an A4 44-up sheet scans as its own FNSKU', async () => {
    const items = ['X001AAAAAA', 'X001BBBBBB', 'X001CCCCCC', 'X001DDDDDD', 'X001EEEEEE'].map((fnsku) => ({ ...item, fnsku }));
    for (const [sheet, skip] of [['letter-30', 2], ['a4-44', 0]] as const) {
      const pages = await pdfPagePngs(await sheetPdf(items, sheet, fnskuLabel, skip), 300);
      expect(pages).toHaveLength(1);
      const texts = (await decodeBarcodes(pages[0]!)).map((c) => c.text).sort();
      expect({ sheet, texts }).toEqual({ sheet, texts: items.map((i) => i.fnsku) });
    }
  });

  it('offers the 21, 24, 30, 40 and 44 up sheets on letter and A4, and refuses a skip past the sheet', async () => {
    for (const count of [21, 24, 30, 40, 44]) {
      expect(isSheetName(`letter-${count}`)).toBe(true);
      expect(isSheetName(`a4-${count}`)).toBe(true);
      const spec = LABEL_SHEETS[`a4-${count}` as keyof typeof LABEL_SHEETS];
      expect(spec.rows * spec.columns).toBe(count);
    }
    await expect(sheetPdf([item], 'letter-30', fnskuLabel, 30)).rejects.toThrow(/Skip must be 0 to 29/);
  });
});
