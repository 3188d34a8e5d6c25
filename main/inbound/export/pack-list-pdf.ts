import { PDFDocument, rgb, type PDFPage } from 'pdf-lib';
import type { Language } from '../../../shared/ipc/settings';
import type { PaperSize } from '../../../shared/ipc/inbound-export';
import { PAPER_SIZE_IN } from '../../../shared/labels/label-sheets';
import type { BoxContents, ExportBox } from './box-contents';
import type { FoundFont } from './cjk-font';
import { PACK_LIST_STRINGS, type PackListStrings } from './pack-list-strings';
import { embedFonts, type PdfFonts } from './pdf-text';

export interface PackListOptions {
  language: Language;
  paper: PaperSize;
  /** The station's Chinese font; without one, only text Helvetica can draw is accepted. */
  font: FoundFont | null;
  printedAt?: Date;
}

const MARGIN = 40;
const BLACK = rgb(0, 0, 0);
const GREY = rgb(0.4, 0.4, 0.4);
const RULE = rgb(0.75, 0.75, 0.75);
const BODY = 9.5;
const LINE = 13;
/** Column shares of the content width: MSKU, FNSKU, title, quantity, expiration. */
const COLUMNS = [0.24, 0.15, 0.43, 0.07, 0.11] as const;

function addressLines(contents: BoxContents): string[] {
  const a = contents.shipFrom;
  return [
    [a.name, a.companyName].filter(Boolean).join(', '),
    [a.addressLine1, a.addressLine2].filter(Boolean).join(', '),
    [a.city, a.stateOrProvinceCode, a.postalCode, a.countryCode].filter(Boolean).join(' '),
  ].filter(Boolean);
}

function headerLines(contents: BoxContents, s: PackListStrings): string[] {
  const planId = contents.plan.amazonPlanId ?? contents.plan.id;
  return [
    `${s.plan}: ${contents.plan.name} (${planId})`,
    contents.shipmentId
      ? [`${s.shipment}: ${contents.shipmentId}`, contents.confirmationId ? `${s.confirmation}: ${contents.confirmationId}` : '', contents.destinationFc ? `${s.destination}: ${contents.destinationFc}` : '']
          .filter(Boolean)
          .join('   ')
      : `${s.packingGroup}: ${contents.packingGroupId ?? ''}`,
  ];
}

const measure = (n: number) => String(Number(n.toFixed(2)));

/** Amazon's box id once known; before that the station's box number, in the packer's language. */
const boxName = (box: ExportBox, s: PackListStrings) => box.amazonBoxId ?? s.stationBox(box.number);

function boxDetails(box: ExportBox, contents: BoxContents, s: PackListStrings): string {
  const weight = box.weight === null ? s.notWeighed : `${measure(box.weight)} ${contents.units.weight.toLowerCase()}`;
  const d = box.dimensions;
  const dims = d ? `${measure(d.length)} × ${measure(d.width)} × ${measure(d.height)} ${contents.units.dimension.toLowerCase()}` : '—';
  return `${s.weight}: ${weight}   ${s.dimensions}: ${dims}   ${s.units}: ${box.units}   ${s.contentSource}: ${s.sources[box.contentSource]}`;
}

/** Every string the document will draw, so the fonts can be checked before anything is laid out. */
function allText(contents: BoxContents, s: PackListStrings, printed: string): string {
  const parts = [s.title, ...headerLines(contents, s), s.shipFrom, ...addressLines(contents), printed, s.continued, s.empty, s.totals, ...Object.values(s.columns)];
  parts.push(s.totalsLine({ boxes: 0, units: 0, skus: 0, weight: `0 ${contents.units.weight.toLowerCase()}` }), s.page(0, 0), s.boxOf(0, 0), '0123456789');
  for (const box of contents.boxes) {
    parts.push(boxName(box, s), boxDetails(box, contents, s));
    for (const line of box.lines) parts.push(line.msku, line.fnsku ?? '', line.title, line.expiration ?? '');
  }
  return parts.join('\n');
}

/** Draws pages top-down; a new page starts with a short running header. */
class Cursor {
  page!: PDFPage;
  y = 0;
  readonly pages: PDFPage[] = [];

  constructor(
    private readonly pdf: PDFDocument,
    private readonly size: [number, number],
    readonly fonts: PdfFonts,
    private readonly runningHeader: string,
  ) {}

  get width(): number {
    return this.size[0] - 2 * MARGIN;
  }

  newPage(withRunningHeader: boolean): void {
    this.page = this.pdf.addPage(this.size);
    this.pages.push(this.page);
    this.y = this.size[1] - MARGIN;
    if (withRunningHeader) {
      this.text(this.fonts.fit(this.runningHeader, 8.5, this.width), MARGIN, 8.5, false, GREY);
      this.y -= 6;
      this.rule();
      this.y -= 10;
    }
  }

  /** Leaves room for the page number at the bottom. */
  fits(height: number): boolean {
    return this.y - height >= MARGIN + 18;
  }

  ensure(height: number): boolean {
    if (this.fits(height)) return false;
    this.newPage(true);
    return true;
  }

  text(value: string, x: number, size: number, bold = false, color = BLACK): void {
    this.fonts.draw(this.page, value, { x, y: this.y - size, size, bold, color });
  }

  line(value: string, size = BODY, bold = false, color = BLACK): void {
    this.text(this.fonts.fit(value, size, this.width, bold), MARGIN, size, bold, color);
    this.y -= size + 4;
  }

  rule(): void {
    this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: MARGIN + this.width, y: this.y }, thickness: 0.6, color: RULE });
  }
}

function drawTableHeader(c: Cursor, s: PackListStrings): void {
  const labels = [s.columns.msku, s.columns.fnsku, s.columns.title, s.columns.quantity, s.columns.expiration];
  let x = MARGIN;
  labels.forEach((label, i) => {
    c.text(c.fonts.fit(label, 8.5, COLUMNS[i]! * c.width - 4, true), x, 8.5, true, GREY);
    x += COLUMNS[i]! * c.width;
  });
  c.y -= LINE;
}

function drawBox(c: Cursor, box: ExportBox, index: number, contents: BoxContents, s: PackListStrings): void {
  const heading = () => {
    c.y -= 6;
    c.rule();
    c.y -= 6;
    c.text(boxName(box, s), MARGIN, 12, true);
    const of = s.boxOf(index + 1, contents.boxes.length);
    c.text(of, MARGIN + c.width - c.fonts.width(of, BODY), BODY, false, GREY);
    c.y -= 17;
  };
  // A box's heading, details and first line stay together on one page.
  c.ensure(17 + 12 + 13 + 2 * LINE + 12);
  heading();
  c.line(boxDetails(box, contents, s), BODY, false, GREY);
  if (box.lines.length === 0) {
    c.line(s.empty);
    return;
  }
  drawTableHeader(c, s);
  for (const line of box.lines) {
    const titleLines = c.fonts.wrap(line.title, BODY, COLUMNS[2] * c.width - 6, 3);
    const height = Math.max(1, titleLines.length) * LINE;
    if (c.ensure(height)) {
      c.line(`${boxName(box, s)} ${s.continued}`, BODY, true);
      drawTableHeader(c, s);
    }
    const cells = [line.msku, line.fnsku ?? '', null, String(line.quantity), line.expiration ?? ''];
    let x = MARGIN;
    cells.forEach((cell, i) => {
      const width = COLUMNS[i]! * c.width;
      if (cell === null) {
        titleLines.forEach((t, k) => c.fonts.draw(c.page, t, { x, y: c.y - BODY - k * LINE, size: BODY, color: BLACK }));
      } else {
        c.text(c.fonts.fit(cell, BODY, width - 6, i === 3), x, BODY, i === 3);
      }
      x += width;
    });
    c.y -= height;
  }
}

/**
 * A printable pack list: a header with plan, shipment (or packing group), destination and ship-from; one section per
 * box with its id, weight, dimensions and lines; totals; page numbers on every page.
 */
export async function packListPdf(contents: BoxContents, options: PackListOptions): Promise<Uint8Array> {
  const s = PACK_LIST_STRINGS[options.language];
  const printed = `${s.printed}: ${(options.printedAt ?? new Date()).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const pdf = await PDFDocument.create();
  const fonts = await embedFonts(pdf, options.font, allText(contents, s, printed));
  const label = contents.shipmentId ?? contents.packingGroupId ?? '';
  pdf.setTitle(`${s.title} ${label}`.trim());
  pdf.setCreator('Packbench');
  pdf.setProducer('Packbench');
  const paper = PAPER_SIZE_IN[options.paper];
  const c = new Cursor(pdf, [paper.widthIn * 72, paper.heightIn * 72], fonts, `${s.title} · ${contents.plan.name} · ${label}`);

  c.newPage(false);
  c.text(s.title, MARGIN, 18, true);
  c.text(printed, MARGIN + c.width - fonts.width(printed, 8.5), 8.5, false, GREY);
  c.y -= 26;
  for (const line of headerLines(contents, s)) c.line(line, 10.5, true);
  c.y -= 2;
  c.line(`${s.shipFrom}:`, BODY, false, GREY);
  for (const line of addressLines(contents)) c.line(line);

  contents.boxes.forEach((box, index) => drawBox(c, box, index, contents, s));

  c.ensure(40);
  c.y -= 8;
  c.rule();
  c.y -= 8;
  const weight = `${measure(contents.totals.weight)} ${contents.units.weight.toLowerCase()}`;
  c.line(`${s.totals}: ${s.totalsLine({ boxes: contents.totals.boxes, units: contents.totals.units, skus: contents.totals.skus, weight })}`, 11, true);

  c.pages.forEach((page, i) => {
    const text = s.page(i + 1, c.pages.length);
    fonts.draw(page, text, { x: (page.getWidth() - fonts.width(text, 8.5)) / 2, y: MARGIN - 14, size: 8.5, color: GREY });
  });
  return pdf.save();
}
