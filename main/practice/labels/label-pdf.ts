import bwipjs from 'bwip-js/node';
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import type { AddressRecord } from '../inbound/model';

const POINTS_PER_INCH = 72;

export interface PageLayout {
  width: number;
  height: number;
  columns: number;
  rows: number;
}

/** Columns and rows of the FNSKU label sheets (createMarketplaceItemLabels page types). */
const ITEM_LABEL_SHEETS: Record<string, [number, number]> = {
  A4_21: [3, 7], A4_24: [3, 8], A4_24_64x33: [3, 8], A4_24_66x35: [3, 8], A4_24_70x36: [3, 8], A4_24_70x37: [3, 8], A4_24i: [3, 8],
  A4_27: [3, 9], A4_40_52x29: [4, 10], A4_44_48x25: [4, 11], Letter_30: [3, 10],
};

/** Sheet layout of each v0 PageType: thermal pages hold one 4×6 in label, sheets hold 1, 2, 4 or 6. */
export function pageLayoutOf(pageType: string): PageLayout {
  const letter = { width: 8.5 * POINTS_PER_INCH, height: 11 * POINTS_PER_INCH };
  const a4 = { width: 595.28, height: 841.89 };
  const grid = (count: number) => (count === 2 ? { columns: 1, rows: 2 } : count === 4 ? { columns: 2, rows: 2 } : { columns: 2, rows: 3 });
  const itemSheet = ITEM_LABEL_SHEETS[pageType];
  if (itemSheet) return { ...(pageType.startsWith('Letter') ? letter : a4), columns: itemSheet[0], rows: itemSheet[1] };
  if (pageType === 'ItemLabel_Thermal') return { width: 2.25 * POINTS_PER_INCH, height: 1.25 * POINTS_PER_INCH, columns: 1, rows: 1 };
  if (pageType.startsWith('PackageLabel_Thermal')) return { width: 4 * POINTS_PER_INCH, height: 6 * POINTS_PER_INCH, columns: 1, rows: 1 };
  const letterMatch = /^PackageLabel_Letter_(\d)/.exec(pageType);
  if (letterMatch) return { ...letter, ...grid(Number(letterMatch[1])) };
  const a4Match = /^PackageLabel_A4_(\d)/.exec(pageType);
  if (a4Match) return { ...a4, ...grid(Number(a4Match[1])) };
  return { ...letter, columns: 1, rows: 1 };
}

/** Helvetica in pdf-lib encodes WinAnsi only; other characters print as "?". */
function printable(text: string): string {
  return text.replace(/[^\x20-\x7e\u00a0-\u00ff]/g, '?');
}

export interface BoxLabelContent {
  title: string;
  barcodeText: string;
  humanReadable: string;
  /** Box and pallet labels carry both addresses; item (FNSKU) labels carry none. */
  from?: AddressRecord;
  to?: AddressRecord;
  lines: string[];
  /** Amazon's 2D box content payload, printed as PDF417 on BARCODE_2D labels. */
  pdf417?: string;
}

/**
 * Barcode bars collected as PDF rectangle operators and written to the page as one content stream: sharper than an
 * embedded image at any printer resolution, and a 200-label PDF renders in well under a second of encoding.
 */
class Bars {
  private readonly ops: string[] = [];

  rect(x: number, y: number, width: number, height: number): void {
    this.ops.push(`${x.toFixed(3)} ${y.toFixed(3)} ${width.toFixed(3)} ${height.toFixed(3)} re`);
  }

  /** Appends the collected bars to the page, filled black inside their own graphics state. */
  flush(doc: PDFDocument, page: PDFPage): void {
    if (this.ops.length === 0) return;
    const stream = doc.context.flateStream(`q 0 0 0 rg\n${this.ops.join('\n')}\nf Q\n`);
    page.node.addContentStream(doc.context.register(stream));
    this.ops.length = 0;
  }
}

function drawCode128(bars: Bars, text: string, x: number, y: number, width: number, height: number): void {
  const [symbol] = bwipjs.raw('code128', text, '');
  if (!symbol || !('sbs' in symbol)) throw new Error(`Code 128 produced no bars for "${text}"`);
  const unit = width / symbol.sbs.reduce((sum, w) => sum + w, 0);
  let cursor = x;
  symbol.sbs.forEach((modules, i) => {
    if (i % 2 === 0) bars.rect(cursor, y, modules * unit, height);
    cursor += modules * unit;
  });
}

/** PDF417 with Amazon's recommended error correction (6) and row height (3 modules), fitted into the box given. */
function drawPdf417(bars: Bars, data: string, x: number, y: number, maxWidth: number, maxHeight: number): void {
  const ROW_MODULES = 3;
  const [symbol] = bwipjs.raw('pdf417', data, `columns=6 eclevel=6 rowmult=${ROW_MODULES}`);
  if (!symbol || !('pixs' in symbol)) throw new Error('PDF417 produced no matrix');
  const columns = symbol.pixx;
  const rows = symbol.pixs.length / columns;
  const module = Math.min(maxWidth / columns, maxHeight / (rows * ROW_MODULES));
  if (module <= 0) throw new Error('The label cell is too small for its 2D box content barcode');
  const rowHeight = module * ROW_MODULES;
  for (let row = 0; row < rows; row += 1) {
    const top = y + (rows - row - 1) * rowHeight;
    let start = -1;
    for (let col = 0; col <= columns; col += 1) {
      const dark = col < columns && symbol.pixs[row * columns + col] === 1;
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        bars.rect(x + start * module, top, (col - start) * module, rowHeight);
        start = -1;
      }
    }
  }
}

function addressLines(address: AddressRecord): string[] {
  return [
    address.companyName ?? address.name,
    address.addressLine1,
    ...(address.addressLine2 ? [address.addressLine2] : []),
    `${address.city}${address.stateOrProvinceCode ? `, ${address.stateOrProvinceCode}` : ''} ${address.postalCode}`,
    address.countryCode,
  ];
}

/** Text cut to fit `maxWidth`, so long names never wrap into the next line. */
function fitted(text: string, font: PDFFont, size: number, maxWidth: number): string {
  let out = printable(text);
  while (out.length > 1 && font.widthOfTextAtSize(out, size) > maxWidth) out = out.slice(0, -1);
  return out;
}

/**
 * Draws one label inside its cell, top to bottom: title, the two addresses side by side, the Code 128 barcode across
 * the width, the human-readable id and notes, then the PDF417 fitted into whatever height is left.
 */
function drawLabel(bars: Bars, page: PDFPage, font: PDFFont, bold: PDFFont, label: BoxLabelContent, x: number, y: number, w: number, h: number): void {
  if (!label.from && !label.to && !label.pdf417) return drawItemLabel(bars, page, font, label, x, y, w, h);
  const margin = Math.min(w, h) * 0.05;
  const inner = w - 2 * margin;
  const size = Math.max(5, Math.min(10, h / 40));
  const titleSize = Math.min(size * 1.4, (size * 1.4 * inner) / Math.max(1, bold.widthOfTextAtSize(printable(label.title), size * 1.4)));
  let cursor = y + h - margin - titleSize;
  page.drawText(fitted(label.title, bold, titleSize, inner), { x: x + margin, y: cursor, size: titleSize, font: bold });
  cursor -= size * 1.6;
  const half = inner / 2;
  if (label.from && label.to) {
    const from = addressLines(label.from);
    const to = addressLines(label.to);
    page.drawText('SHIP FROM:', { x: x + margin, y: cursor, size, font: bold });
    page.drawText('SHIP TO:', { x: x + margin + half, y: cursor, size, font: bold });
    for (let i = 0; i < Math.max(from.length, to.length); i += 1) {
      cursor -= size * 1.15;
      if (from[i]) page.drawText(fitted(from[i] as string, font, size, half - 4), { x: x + margin, y: cursor, size, font });
      if (to[i]) page.drawText(fitted(to[i] as string, font, size, half - 4), { x: x + margin + half, y: cursor, size, font });
    }
  }
  const barHeight = h * 0.14;
  cursor -= barHeight + size * 0.6;
  drawCode128(bars, label.barcodeText, x + margin, cursor, inner, barHeight);
  cursor -= size * 1.5;
  page.drawText(fitted(label.humanReadable, bold, size * 1.3, inner), { x: x + margin, y: cursor, size: size * 1.3, font: bold });
  for (const line of label.lines) {
    cursor -= size * 1.2;
    page.drawText(fitted(line, font, size, inner), { x: x + margin, y: cursor, size, font });
  }
  if (label.pdf417) drawPdf417(bars, label.pdf417, x + margin, y + margin, inner, cursor - size * 0.6 - (y + margin));
}

/** An FNSKU item label: the barcode across the top half, then the FNSKU, the title and the remaining lines. */
function drawItemLabel(bars: Bars, page: PDFPage, font: PDFFont, label: BoxLabelContent, x: number, y: number, w: number, h: number): void {
  const margin = Math.min(w, h) * 0.08;
  const inner = w - 2 * margin;
  const size = Math.max(4, Math.min(9, h / 9));
  const barHeight = h * 0.42;
  let cursor = y + h - margin - barHeight;
  drawCode128(bars, label.barcodeText, x + margin, cursor, inner, barHeight);
  for (const [i, text] of [label.humanReadable, label.title, ...label.lines].entries()) {
    cursor -= size * 1.15;
    if (cursor < y + margin * 0.5) break;
    page.drawText(fitted(text, font, i === 0 ? size * 1.1 : size, inner), { x: x + margin, y: cursor, size: i === 0 ? size * 1.1 : size, font });
  }
}

/** A PDF of labels laid out per page type, each label with a Code 128 barcode (and PDF417 box contents when given). */
export async function renderLabelsPdf(labels: readonly BoxLabelContent[], pageType: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('Packbench practice labels');
  doc.setProducer('Packbench practice marketplace');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const layout = pageLayoutOf(pageType);
  const perPage = layout.columns * layout.rows;
  const cellW = layout.width / layout.columns;
  const cellH = layout.height / layout.rows;
  for (let first = 0; first < labels.length; first += perPage) {
    const page = doc.addPage([layout.width, layout.height]);
    const bars = new Bars();
    labels.slice(first, first + perPage).forEach((label, slot) => {
      const col = slot % layout.columns;
      const row = Math.floor(slot / layout.columns);
      drawLabel(bars, page, font, bold, label, col * cellW, layout.height - (row + 1) * cellH, cellW, cellH);
    });
    bars.flush(doc, page);
  }
  return doc.save();
}

export interface BillOfLadingContent {
  bolNumber: string;
  shipmentConfirmationId: string;
  amazonReferenceId: string;
  carrier: string;
  from: AddressRecord;
  to: AddressRecord;
  pallets: number;
  boxes: number;
  weightLb: number;
  freightClass: string;
}

/** A one-page straight bill of lading for an Amazon-partnered LTL shipment. */
export async function renderBillOfLadingPdf(bol: BillOfLadingContent): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Bill of lading ${bol.bolNumber}`);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([612, 792]);
  let y = 740;
  const line = (text: string, f = font, size = 10) => {
    page.drawText(printable(text), { x: 48, y, size, font: f });
    y -= size * 1.6;
  };
  line('STRAIGHT BILL OF LADING - NOT NEGOTIABLE', bold, 14);
  line(`BOL number: ${bol.bolNumber}    Amazon reference: ${bol.amazonReferenceId}`);
  line(`Shipment: ${bol.shipmentConfirmationId}    Carrier: ${bol.carrier}`);
  y -= 8;
  line('SHIP FROM', bold);
  for (const l of addressLines(bol.from)) line(l);
  y -= 8;
  line('SHIP TO', bold);
  for (const l of addressLines(bol.to)) line(l);
  y -= 8;
  line(`Handling units: ${bol.pallets} pallet(s), ${bol.boxes} carton(s)    Weight: ${bol.weightLb.toFixed(1)} lb    Freight class: ${bol.freightClass}`);
  const bars = new Bars();
  drawCode128(bars, bol.bolNumber, 48, y - 80, 260, 60);
  bars.flush(doc, page);
  page.drawText(printable(bol.bolNumber), { x: 48, y: y - 96, size: 10, font });
  return doc.save();
}
