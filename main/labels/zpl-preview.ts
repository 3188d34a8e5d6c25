import { PDFDocument } from 'pdf-lib';
import { LabelError } from './label-error';
import { labelDots, type LabelGeometry, type PrinterDpi } from './raster-to-zpl';

/**
 * ZPL is drawn by zebrash (IngridHQ's Go ZPL renderer, shipped to npm as
 * WebAssembly in zpl-renderer-js). It covers what Packbench and Amazon's Vendor
 * DF labels use: ^FO/^FT, ^A/^CF, ^FB, ^GB, ^GF in hex, ACS and Z64, ^BC, ^B3,
 * ^BE, ^B7, ^BX, ^BQ, ^BY, ^FR, ^LH, ^PW/^LL and ^CI28, and runs offline.
 * It leaves ^BU (UPC-A) blank, so previews redraw UPC-A as the EAN-13 it is
 * bar for bar (a leading 0); see upcAsEan13. Known preview difference: zebrash
 * draws ^B7 PDF417 with narrower modules than ^BY asks, so the symbol looks
 * smaller than on a Zebra, but it reads the same.
 */
type ZplApi = { zplToBase64MultipleAsync(zpl: string, widthMm?: number, heightMm?: number, dpmm?: number): Promise<string[]> };

let apiPromise: Promise<ZplApi> | undefined;

function zebrash(): Promise<ZplApi> {
  apiPromise ??= import('zpl-renderer-js').then((module) => module.ready).then((loaded) => loaded.api);
  return apiPromise;
}

const DOTS_PER_MM: Record<PrinterDpi, number> = { 203: 8, 300: 12, 600: 24 };

/**
 * The label size a ZPL job declares for itself (^PW width, ^LL length), in
 * inches at `dpi`; `fallback` fills what the job leaves out, as a printer would
 * use its configured media.
 */
export function declaredLabelSize(zpl: string, dpi: PrinterDpi, fallback: { widthIn: number; heightIn: number }): LabelGeometry {
  const pw = /\^PW\s*(\d+)/i.exec(zpl);
  const ll = /\^LL\s*(\d+)/i.exec(zpl);
  return {
    dpi,
    widthIn: pw ? Number(pw[1]) / dpi : fallback.widthIn,
    heightIn: ll ? Number(ll[1]) / dpi : fallback.heightIn,
  };
}

/**
 * UPC-A is EAN-13 with a leading zero: same bars, same check digit. Each ^BU
 * field becomes ^BE with that zero, keeping orientation, height and
 * interpretation line (^BU's fifth parameter, check digit printing, has no ^BE twin).
 */
export function upcAsEan13(zpl: string): string {
  return zpl
    .split(/(?=\^FS)/i)
    .map((field) => {
      if (!/\^BU/i.test(field)) return field;
      return field
        .replace(/\^BU([^^]*)/i, (_, params: string) => `^BE${params.split(',').slice(0, 4).join(',')}`)
        .replace(/\^FD(\d{11})\d?/i, (_, digits: string) => `^FD0${digits}`);
    })
    .join('');
}

/** Renders each ^XA..^XZ label of a ZPL job to a PNG, at the printer's resolution. */
export async function renderZplToPngs(zpl: string, geometry: LabelGeometry): Promise<Buffer[]> {
  labelDots(geometry);
  if (!/\^XA/i.test(zpl) || !/\^XZ/i.test(zpl)) throw new LabelError('bad-zpl', 'ZPL must contain at least one ^XA ... ^XZ label');
  const api = await zebrash();
  let images: string[];
  try {
    // zebrash sizes its canvas as millimetres x dots-per-mm, so the label is given in mm that come out at exactly the printer dots.
    const dots = labelDots(geometry);
    const dpmm = DOTS_PER_MM[geometry.dpi];
    images = await api.zplToBase64MultipleAsync(upcAsEan13(zpl), dots.width / dpmm, dots.height / dpmm, dpmm);
  } catch (error) {
    throw new LabelError('bad-zpl', `The ZPL could not be rendered: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (images.length === 0) throw new LabelError('bad-zpl', 'The ZPL holds no printable label');
  return images.map((b64) => Buffer.from(b64, 'base64'));
}

/** PNG labels to a PDF with one page per label, each page exactly the label size. */
export async function pngsToPdf(pngs: readonly Uint8Array[], geometry: Pick<LabelGeometry, 'widthIn' | 'heightIn'>): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const width = geometry.widthIn * 72;
  const height = geometry.heightIn * 72;
  for (const png of pngs) {
    const image = await pdf.embedPng(png);
    const page = pdf.addPage([width, height]);
    page.drawImage(image, { x: 0, y: 0, width, height });
  }
  return pdf.save();
}

export async function renderZplToPdf(zpl: string, geometry: LabelGeometry): Promise<Uint8Array> {
  return pngsToPdf(await renderZplToPngs(zpl, geometry), geometry);
}
