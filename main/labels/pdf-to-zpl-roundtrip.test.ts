import { describe, expect, it } from 'vitest';
import { decodeBarcodes } from '../../test/support/barcode-reader';
import { buildSscc } from '../../shared/labels/gs1';
import { boxContentPayload } from '../../shared/labels/box-content-2d';
import { boxContentLabel, fnskuLabel, ssccLabel } from '../../shared/labels/label-designs';
import { layoutsToPdf } from './layout-pdf';
import { rasterToZpl } from './raster-to-zpl';
import { renderZplToPngs } from './zpl-preview';

/**
 * The path Amazon's own PDF box labels take to a thermal printer: PDF page
 * rasterised at the printer's resolution, thresholded, sent as ^GF. Our PDF
 * labels stand in for Amazon's here because their barcodes are known.
 */
describe('PDF labels rasterised to ZPL for thermal printers', () => {
  const items = [
    { fnsku: 'X001ABC9ZQ', quantity: 24 },
    { fnsku: 'X002DEF8YR', quantity: 6, expiration: '2027-03-31' },
  ];
  const sscc = buildSscc({ extensionDigit: 0, companyPrefix: '0614141', serialReference: 77 });

  for (const dpi of [203, 300] as const) {
    it(`box content PDF417 and SSCC GS1-128 still scan after rasterising at ${dpi} dpi`, async () => {
      const pdf = await layoutsToPdf([
        boxContentLabel({ shipmentId: 'FBA15K2M7XYZ', boxNumber: 1, boxCount: 1, items }),
        ssccLabel({ sscc, kind: 'carton', shipTo: 'Amazon XYZ1' }),
      ]);
      const zpl = await rasterToZpl(pdf, { dpi, widthIn: 4, heightIn: 6 });
      const pngs = await renderZplToPngs(zpl, { dpi, widthIn: 4, heightIn: 6 });
      expect(pngs).toHaveLength(2);
      const read = await Promise.all(pngs.map(async (png) => (await decodeBarcodes(png)).map((c) => c.text)));
      expect(read).toEqual([[boxContentPayload('FBA15K2M7XYZ', items)], [`(00)${sscc}`]]);
    });
  }

  it('an FNSKU label PDF rasterised for a 600 dpi printer still scans', async () => {
    const pdf = await layoutsToPdf([fnskuLabel({ fnsku: 'X001ABC9ZQ', title: 'Bamboo board', condition: 'New' }, { widthIn: 2, heightIn: 1 })]);
    const zpl = await rasterToZpl(pdf, { dpi: 600, widthIn: 2, heightIn: 1 });
    const [png] = await renderZplToPngs(zpl, { dpi: 600, widthIn: 2, heightIn: 1 });
    expect((await decodeBarcodes(png!)).map((c) => c.text)).toEqual(['X001ABC9ZQ']);
  });
});
