import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { driverPrintHtml } from './driver-pages';
import { encodePng } from '../labels/raster';

describe('pages for an OS print driver', () => {
  it('turns each PDF page into an image of the page size', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage([612, 792]);
    pdf.addPage([288, 432]);
    const html = await driverPrintHtml({ format: 'pdf', bytes: await pdf.save(), title: 'test' });
    expect(html.match(/<img /g)).toHaveLength(2);
    expect(html).toContain('width:8.500in;height:11.000in');
    expect(html).toContain('width:4.000in;height:6.000in');
    expect(html).not.toContain('<script');
  });

  it('passes a PNG through as one page', async () => {
    const png = encodePng({ width: 2, height: 2, data: new Uint8Array(16).fill(255) });
    const html = await driverPrintHtml({ format: 'png', bytes: png, title: 'test' });
    expect(html).toContain(`data:image/png;base64,${png.toString('base64')}`);
  });
});
