import { openPdf } from '../labels/pdf-raster';
import { encodePng } from '../labels/raster';
import type { PrintPayload } from './transport';

/** Resolution of the page images handed to an OS print driver: sharp enough for barcodes on a laser printer. */
const DRIVER_DPI = 300;

/** A PDF or PNG job as one HTML document of page images, each sized to its page, for a browser's print pipeline. */
export async function driverPrintHtml(payload: PrintPayload): Promise<string> {
  const pages: { png: Buffer; widthIn: number; heightIn: number }[] = [];
  if (payload.format === 'png') {
    pages.push({ png: Buffer.from(payload.bytes), widthIn: 0, heightIn: 0 });
  } else {
    const pdf = await openPdf(payload.bytes);
    try {
      for (let n = 1; n <= pdf.pageCount; n++) {
        const size = await pdf.pageSize(n);
        pages.push({ png: encodePng(await pdf.renderPage(n, DRIVER_DPI / 72)), widthIn: size.width / 72, heightIn: size.height / 72 });
      }
    } finally {
      await pdf.close();
    }
  }
  const body = pages
    .map((p) => {
      const size = p.widthIn ? `width:${p.widthIn.toFixed(3)}in;height:${p.heightIn.toFixed(3)}in` : 'max-width:100%';
      return `<img src="data:image/png;base64,${p.png.toString('base64')}" style="display:block;${size};page-break-after:always">`;
    })
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"><style>@page{margin:0}body{margin:0}</style></head><body>${body}</body></html>`;
}
