import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { decodedTexts } from '../../../test/support/barcode-reader';
import { openPdf } from '../../labels/pdf-raster';
import { renderBillOfLadingPdf, renderLabelsPdf, type BoxLabelContent } from './label-pdf';

const FROM = { name: 'Dock Lead', companyName: 'Packbench Practice Warehouse', addressLine1: '1200 Industrial Pkwy', city: 'Reno', stateOrProvinceCode: 'NV', postalCode: '89502', countryCode: 'US' };
const TO = { name: 'Amazon.com Services, Inc. ONT8', addressLine1: '24300 Nandina Ave', city: 'Moreno Valley', stateOrProvinceCode: 'CA', postalCode: '92551', countryCode: 'US' };

/** Rasterises one page as a 203 dpi thermal printer would and reads every barcode on it. */
async function barcodesOn(pdf: Uint8Array, page = 1): Promise<string[]> {
  const doc = await openPdf(pdf);
  try {
    const image = await doc.renderPage(page, 203 / 72);
    const png = new PNG({ width: image.width, height: image.height });
    png.data = Buffer.from(image.data);
    return decodedTexts(PNG.sync.write(png));
  } finally {
    await doc.close();
  }
}

const boxLabel = (n: number, pdf417?: string): BoxLabelContent => ({
  title: 'FBA15DJCQ4LH - United Parcel Service Inc.',
  barcodeText: `FBA15DJCQ4LHU${String(n).padStart(6, '0')}`,
  humanReadable: `FBA15DJCQ4LHU${String(n).padStart(6, '0')}`,
  from: FROM,
  to: TO,
  lines: [`Box ${n} of 2`],
  ...(pdf417 ? { pdf417 } : {}),
});

describe('practice label PDFs', () => {
  it('prints a scannable box id and 2D box content barcode on a 4x6 thermal label', async () => {
    const payload = 'AMZN,PO:FBA15DJCQ4LH,FNSKU:X00ABCDEFG,QTY:10,EXP:270630';
    const pdf = await renderLabelsPdf([boxLabel(1, payload), boxLabel(2, payload)], 'PackageLabel_Thermal');
    const texts = await barcodesOn(pdf, 2);
    expect(texts).toContain('FBA15DJCQ4LHU000002');
    expect(texts).toContain(payload);
  });

  it('lays six labels on a letter sheet, each box id scannable', async () => {
    const pdf = await renderLabelsPdf(Array.from({ length: 6 }, (_, i) => boxLabel(i + 1)), 'PackageLabel_Letter_6');
    const texts = await barcodesOn(pdf);
    expect(texts.filter((t) => t.startsWith('FBA15DJCQ4LHU')).sort()).toEqual(Array.from({ length: 6 }, (_, i) => `FBA15DJCQ4LHU${String(i + 1).padStart(6, '0')}`));
  });

  it('prints the bill of lading number as a barcode', async () => {
    const pdf = await renderBillOfLadingPdf({ bolNumber: 'BOL4418820371', shipmentConfirmationId: 'FBA15DJCQ4LH', amazonReferenceId: '4418820371', carrier: 'ABF Freight', from: FROM, to: TO, pallets: 2, boxes: 30, weightLb: 612, freightClass: 'FC_125' });
    expect(await barcodesOn(pdf)).toContain('BOL4418820371');
  });
});
