import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { LabelError } from './label-error';
import type { RgbaImage } from './raster';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjsPromise: Promise<PdfJs> | undefined;

/** pdf.js is ESM-only and large: it is loaded on first use, once per process. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsPromise;
}

/** pdf.js needs the standard 14 fonts as files for PDFs that do not embed them (Amazon's packing slips). */
function standardFontDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts') + '/';
}

export interface PdfPageSize {
  /** Page size in PDF points (1/72 in), after the page's own /Rotate. */
  width: number;
  height: number;
}

export interface PdfDocumentHandle {
  pageCount: number;
  pageSize(pageNumber: number): Promise<PdfPageSize>;
  /** Renders a page at `dotsPerPoint` (printer dpi / 72), turned clockwise by `turns`. */
  renderPage(pageNumber: number, dotsPerPoint: number, turns?: 0 | 90 | 180 | 270): Promise<RgbaImage>;
  close(): Promise<void>;
}

export async function openPdf(bytes: Uint8Array): Promise<PdfDocumentHandle> {
  const pdfjs = await loadPdfJs();
  let doc: Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      standardFontDataUrl: standardFontDir(),
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    throw new LabelError('bad-pdf', `Not a readable PDF: ${(error as Error).message}`);
  }
  const checkPage = (pageNumber: number) => {
    if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > doc.numPages) {
      throw new LabelError('bad-input', `The PDF has ${doc.numPages} page(s); page ${pageNumber} does not exist`);
    }
  };
  return {
    pageCount: doc.numPages,
    async pageSize(pageNumber) {
      checkPage(pageNumber);
      const page = await doc.getPage(pageNumber);
      const viewport = page.getViewport({ scale: 1 });
      return { width: viewport.width, height: viewport.height };
    },
    async renderPage(pageNumber, dotsPerPoint, turns = 0) {
      checkPage(pageNumber);
      if (!(dotsPerPoint > 0 && dotsPerPoint < 50)) throw new LabelError('bad-size', `Render scale out of range: ${dotsPerPoint}`);
      const page = await doc.getPage(pageNumber);
      const viewport = page.getViewport({ scale: dotsPerPoint, rotation: (page.rotate + turns) % 360 });
      const width = Math.max(1, Math.round(viewport.width));
      const height = Math.max(1, Math.round(viewport.height));
      const canvas = createCanvas(width, height);
      const context = canvas.getContext('2d');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, width, height);
      // @napi-rs/canvas implements the CanvasRenderingContext2D that pdf.js draws on; the DOM types are not in the Node lib.
      const params = { canvas, canvasContext: context, viewport } as unknown as Parameters<typeof page.render>[0];
      await page.render(params).promise;
      const pixels = context.getImageData(0, 0, width, height);
      page.cleanup();
      return { width, height, data: new Uint8Array(pixels.data.buffer, pixels.data.byteOffset, pixels.data.byteLength) };
    },
    close: () => doc.destroy(),
  };
}
