import { LabelError } from './label-error';
import { openPdf } from './pdf-raster';
import {
  decodePng,
  fitToLabel,
  toGray,
  toMono,
  type GrayImage,
  type MonoBitmap,
  type MonoMode,
  type Rotation,
} from './raster';
import { graphicLabel, type GfCompression } from './zpl-graphic';

export const PRINTER_DPIS = [203, 300, 600] as const;
export type PrinterDpi = (typeof PRINTER_DPIS)[number];

export interface LabelGeometry {
  dpi: PrinterDpi;
  /** Label size in inches, as loaded in the printer (width across the print head). */
  widthIn: number;
  heightIn: number;
}

export interface RasterOptions extends LabelGeometry {
  rotate?: Rotation;
  mono?: MonoMode;
  /** Grey level 1..254 below which a pixel prints black (threshold mode and dithers' decision level). */
  threshold?: number;
  compression?: GfCompression;
  /** `contain` (default) fits the picture to the label; `actual` prints one pixel per dot. */
  scale?: 'contain' | 'actual';
}

/** Label size in printer dots; ZPL's ^PW and ^LL take these. */
export function labelDots(geometry: LabelGeometry): { width: number; height: number } {
  const { dpi, widthIn, heightIn } = geometry;
  if (!PRINTER_DPIS.includes(dpi)) throw new LabelError('bad-size', `Printer resolution must be 203, 300 or 600 dpi, got ${dpi}`);
  if (!(Number.isFinite(widthIn) && widthIn >= 0.5 && widthIn <= 8.5)) {
    throw new LabelError('bad-size', `Label width must be 0.5 to 8.5 inches, got ${widthIn}`);
  }
  if (!(Number.isFinite(heightIn) && heightIn >= 0.25 && heightIn <= 39)) {
    throw new LabelError('bad-size', `Label height must be 0.25 to 39 inches, got ${heightIn}`);
  }
  return { width: Math.round(widthIn * dpi), height: Math.round(heightIn * dpi) };
}

export function sniffFormat(bytes: Uint8Array): 'png' | 'pdf' | 'zpl' | undefined {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.startsWith('%PDF-')) return 'pdf';
  // ZPL may open with a byte-order mark, comments or ZebraDesigner's CT~~CD,~CC^~CT~ preamble; a text file holding ^XA is ZPL.
  const text = Buffer.from(bytes.subarray(0, 65536)).toString('latin1');
  if (/\^XA/i.test(text) && !text.includes('\u0000')) return 'zpl';
  return undefined;
}

/** A PNG placed on the label: turned, scaled and centred, still in grey. */
export function pngToLabelGray(bytes: Uint8Array, options: RasterOptions): GrayImage {
  const dots = labelDots(options);
  return fitToLabel(toGray(decodePng(bytes)), { ...dots, rotate: options.rotate, scale: options.scale });
}

/**
 * Each PDF page placed on the label. Pages are rendered straight at the scale
 * that fits the label (never rendered big and shrunk), so bar widths come out of
 * pdf.js's own rasteriser rather than a second resampling.
 */
export async function pdfToLabelGrays(bytes: Uint8Array, options: RasterOptions): Promise<GrayImage[]> {
  const dots = labelDots(options);
  const doc = await openPdf(bytes);
  try {
    const pages: GrayImage[] = [];
    for (let n = 1; n <= doc.pageCount; n++) {
      const size = await doc.pageSize(n);
      const rotate = options.rotate ?? 'auto';
      const turns: 0 | 90 | 180 | 270 =
        rotate === 'auto' ? ((size.width > size.height) !== (dots.width > dots.height) && size.width !== size.height ? 90 : 0) : rotate;
      const [pw, ph] = turns === 90 || turns === 270 ? [size.height, size.width] : [size.width, size.height];
      const dotsPerPoint = options.scale === 'actual' ? options.dpi / 72 : Math.min(dots.width / pw, dots.height / ph);
      const rgba = await doc.renderPage(n, dotsPerPoint, turns);
      pages.push(fitToLabel(toGray(rgba), { ...dots, rotate: 0, scale: 'actual' }));
    }
    return pages;
  } finally {
    await doc.close();
  }
}

export function grayToBitmap(gray: GrayImage, options: Pick<RasterOptions, 'mono' | 'threshold'>): MonoBitmap {
  return toMono(gray, options.mono ?? 'threshold', options.threshold ?? 128);
}

/** PNG or PDF to a ZPL job, one ^XA..^XZ label per image or page. */
export async function rasterToZpl(bytes: Uint8Array, options: RasterOptions): Promise<string> {
  const format = sniffFormat(bytes);
  let grays: GrayImage[];
  if (format === 'png') grays = [pngToLabelGray(bytes, options)];
  else if (format === 'pdf') grays = await pdfToLabelGrays(bytes, options);
  else throw new LabelError('unsupported-format', 'Only PNG images and PDF documents can be turned into ZPL graphics');
  return grays.map((gray) => graphicLabel(grayToBitmap(gray, options), options.compression ?? 'z64')).join('');
}
