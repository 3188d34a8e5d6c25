import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { BarcodeElement, LabelLayout, TextElement } from '../../shared/labels/label-layout';
import { encodeSymbol, pdf417Columns, QUIET_MODULES } from './barcode-symbols';
import { LabelError } from './label-error';
import { LINE_PITCH } from './layout-zpl';

const PT = 72;
const BLACK = rgb(0, 0, 0);

/** Where a layout lands on a page: its top-left corner in points from the page's top-left. */
export interface Placement {
  page: PDFPage;
  left: number;
  top: number;
}

/** Helvetica covers WinAnsi only; other characters print as "?" instead of failing the whole label. */
function printable(font: PDFFont, text: string): string {
  const supported = new Set(font.getCharacterSet());
  return [...text].map((ch) => (supported.has(ch.codePointAt(0)!) ? ch : '?')).join('');
}

function drawText(element: TextElement, at: Placement, font: PDFFont): void {
  const pageHeight = at.page.getHeight();
  const boxWidth = element.width * PT;
  element.lines.forEach((raw, i) => {
    const line = printable(font, raw);
    let fontSize = element.size * PT;
    // The wrap estimate is an average; wide letters (W, M) can still overrun, so shrink that line to its box.
    const natural = font.widthOfTextAtSize(line, fontSize);
    if (natural > boxWidth) fontSize *= boxWidth / natural;
    const width = font.widthOfTextAtSize(line, fontSize);
    const x = at.left + element.x * PT + (element.align === 'center' ? (boxWidth - width) / 2 : 0);
    const baseline = at.top + (element.y + i * element.size * LINE_PITCH) * PT + element.size * PT * 0.8;
    at.page.drawText(line, { x, y: pageHeight - baseline, size: fontSize, font, color: BLACK });
  });
}

/**
 * Barcodes are drawn as vector rectangles from the bwip-js encoding, so they
 * stay exact at any printer resolution instead of carrying a bitmap's pixels.
 */
function drawBarcode(element: BarcodeElement, at: Placement): void {
  const pageHeight = at.page.getHeight();
  const minModule = (element.minModuleIn ?? 0) * PT;
  const boxWidth = element.width * PT;
  const boxHeight = element.height * PT;
  const top = at.top + element.y * PT;
  if (element.symbology === 'pdf417') {
    const symbol = encodeSymbol(element, pdf417Columns(Math.floor(boxWidth / Math.max(minModule, 0.01 * PT))));
    if (symbol.kind !== 'matrix') throw new LabelError('bad-input', 'PDF417 did not encode as a matrix');
    const module = Math.min(boxWidth / symbol.columns, boxHeight / symbol.rows, 0.03 * PT);
    if (module < minModule) throw new LabelError('bad-size', `The PDF417 symbol does not fit its ${element.width}x${element.height} in box: too much data`);
    const left = at.left + element.x * PT + (boxWidth - symbol.columns * module) / 2;
    for (let r = 0; r < symbol.rows; r++) {
      let c = 0;
      while (c < symbol.columns) {
        if (!symbol.cells[r * symbol.columns + c]) {
          c++;
          continue;
        }
        const start = c;
        while (c < symbol.columns && symbol.cells[r * symbol.columns + c]) c++;
        at.page.drawRectangle({ x: left + start * module, y: pageHeight - top - (r + 1) * module, width: (c - start) * module, height: module, color: BLACK });
      }
    }
    return;
  }
  const symbol = encodeSymbol(element);
  if (symbol.kind !== 'linear') throw new LabelError('bad-input', `${element.symbology} did not encode as bars`);
  const module = Math.min(boxWidth / (symbol.modules + 2 * QUIET_MODULES), 0.02 * PT);
  let x = at.left + element.x * PT + (boxWidth - symbol.modules * module) / 2;
  symbol.widths.forEach((w, i) => {
    if (i % 2 === 0) at.page.drawRectangle({ x, y: pageHeight - top - boxHeight, width: w * module, height: boxHeight, color: BLACK });
    x += w * module;
  });
}

export async function drawLayout(layout: LabelLayout, at: Placement, font: PDFFont): Promise<void> {
  const pageHeight = at.page.getHeight();
  for (const element of layout.elements) {
    if (element.kind === 'text') drawText(element, at, font);
    else if (element.kind === 'barcode') drawBarcode(element, at);
    else {
      const t = element.thickness * PT;
      at.page.drawRectangle({
        x: at.left + element.x * PT,
        y: pageHeight - at.top - element.y * PT - Math.max(t, element.height * PT),
        width: Math.max(t, element.width * PT),
        height: Math.max(t, element.height * PT),
        borderColor: BLACK,
        borderWidth: element.height === 0 || element.width === 0 ? 0 : t,
        color: element.height === 0 || element.width === 0 ? BLACK : undefined,
      });
    }
  }
}

/** One page per label, each page the label's own size (for thermal PDF printing and previews). */
export async function layoutsToPdf(layouts: readonly LabelLayout[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const layout of layouts) {
    const page = pdf.addPage([layout.widthIn * PT, layout.heightIn * PT]);
    await drawLayout(layout, { page, left: 0, top: 0 }, font);
  }
  return pdf.save();
}
