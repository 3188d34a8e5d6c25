import bwipjs from 'bwip-js/node';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { PNG } from 'pngjs';
import type { DfAddress, DfOrder } from './vendor-data';

/** 4×6 in at 203 dpi, the label size of the carriers' thermal printers. */
const LABEL_DOTS = { width: 812, height: 1218 } as const;

export interface DfPackageLabel {
  order: DfOrder;
  packageIdentifier: string;
  trackingNumber: string;
  shipFrom: DfAddress;
  weightLb: number;
}

/** ZPL keeps to printable ASCII; anything else is replaced so the printer never receives a control sequence. */
function zplText(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?').replace(/[\^~]/g, ' ');
}

export function zplLabel(label: DfPackageLabel): string {
  const to = label.order.shipTo;
  const from = label.shipFrom;
  const lines = [
    '^XA',
    '^CI28',
    '^PW812',
    '^LL1218',
    `^FO30,30^A0N,28,28^FD${zplText(from.name)}^FS`,
    `^FO30,62^A0N,24,24^FD${zplText(from.addressLine1)}^FS`,
    `^FO30,90^A0N,24,24^FD${zplText(`${from.city}, ${from.stateOrRegion} ${from.postalCode}`)}^FS`,
    '^FO30,140^GB752,3,3^FS',
    '^FO30,170^A0N,30,30^FDSHIP TO:^FS',
    `^FO60,210^A0N,40,40^FD${zplText(to.name)}^FS`,
    `^FO60,258^A0N,36,36^FD${zplText(to.addressLine1)}^FS`,
    ...(to.addressLine2 ? [`^FO60,300^A0N,36,36^FD${zplText(to.addressLine2)}^FS`] : []),
    `^FO60,342^A0N,36,36^FD${zplText(`${to.city}, ${to.stateOrRegion} ${to.postalCode}`)}^FS`,
    '^FO30,400^GB752,3,3^FS',
    `^FO60,430^BY3^BCN,140,N,N,N^FD420${zplText(to.postalCode)}^FS`,
    '^FO30,610^GB752,3,3^FS',
    `^FO30,640^A0N,34,34^FD${zplText(label.order.shipMethod)}  PKG ${label.packageIdentifier}  ${label.weightLb.toFixed(1)} LB^FS`,
    `^FO60,700^BY3^BCN,240,N,N,N^FD${zplText(label.trackingNumber)}^FS`,
    `^FO60,960^A0N,36,36^FDTRACKING #: ${zplText(label.trackingNumber)}^FS`,
    `^FO30,1030^A0N,28,28^FDPO ${zplText(label.order.purchaseOrderNumber)}^FS`,
    '^XZ',
  ];
  return lines.join('\n');
}

function blit(target: PNG, source: PNG, x: number, y: number): void {
  for (let row = 0; row < source.height && y + row < target.height; row += 1) {
    for (let col = 0; col < source.width && x + col < target.width; col += 1) {
      const s = (row * source.width + col) * 4;
      const t = ((y + row) * target.width + (x + col)) * 4;
      const dark = (source.data[s] ?? 255) < 128 && (source.data[s + 3] ?? 0) > 128;
      if (dark) {
        target.data[t] = 0;
        target.data[t + 1] = 0;
        target.data[t + 2] = 0;
      }
    }
  }
}

async function symbol(bcid: string, text: string, height: number, alttext?: string): Promise<PNG> {
  const buffer = await bwipjs.toBuffer({ bcid, text, scale: 3, height, includetext: true, textxalign: 'center', ...(alttext ? { alttext } : {}) });
  return PNG.sync.read(buffer);
}

/** A 4×6 in, 203 dpi monochrome PNG label with the postal-code and tracking barcodes, as carriers print them. */
export async function pngLabel(label: DfPackageLabel): Promise<Buffer> {
  const canvas = new PNG({ width: LABEL_DOTS.width, height: LABEL_DOTS.height });
  canvas.data.fill(255);
  const postal = await symbol('code128', `420${label.order.shipTo.postalCode}`, 18, `SHIP TO ZIP ${label.order.shipTo.postalCode}`);
  blit(canvas, postal, Math.max(0, Math.floor((LABEL_DOTS.width - postal.width) / 2)), 220);
  const tracking = await symbol('code128', label.trackingNumber, 30, `TRACKING # ${label.trackingNumber}`);
  blit(canvas, tracking, Math.max(0, Math.floor((LABEL_DOTS.width - tracking.width) / 2)), 640);
  return PNG.sync.write(canvas);
}

/** WinAnsi only for pdf-lib's standard fonts. */
function printable(text: string): string {
  return text.replace(/[^\x20-\x7e\u00a0-\u00ff]/g, '?');
}

async function simplePdf(title: string, lines: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([612, 792]);
  page.drawText(printable(title), { x: 48, y: 740, size: 16, font: bold });
  let y = 710;
  for (const line of lines) {
    page.drawText(printable(line), { x: 48, y, size: 10, font });
    y -= 15;
  }
  return doc.save();
}

function addressLines(address: DfAddress): string[] {
  return [address.name, address.addressLine1, ...(address.addressLine2 ? [address.addressLine2] : []), `${address.city}, ${address.stateOrRegion} ${address.postalCode}`];
}

export function packingSlipPdf(order: DfOrder): Promise<Uint8Array> {
  return simplePdf(`Packing slip - order ${order.customerOrderNumber}`, [
    `Ship to:`,
    ...addressLines(order.shipTo),
    '',
    `Order date: ${new Date(order.createdAt).toISOString().slice(0, 10)}`,
    ...(order.isGift ? ['This is a gift: prices are not shown.'] : []),
    '',
    'Qty   Item',
    ...order.items.map((i) => `${String(i.quantity).padEnd(5)} ${i.title} (${i.buyerProductIdentifier})`),
    '',
    'Thank you for shopping with Amazon.com.',
  ]);
}

export function customerInvoicePdf(order: DfOrder): Promise<Uint8Array> {
  const total = order.items.reduce((sum, i) => sum + i.netPrice * i.quantity, 0);
  return simplePdf(`Invoice - order ${order.customerOrderNumber}`, [
    'Bill to / ship to:',
    ...addressLines(order.shipTo),
    '',
    ...order.items.map((i) => `${i.quantity} x ${i.title}  ${i.netPrice.toFixed(2)} USD`),
    '',
    `Total: ${total.toFixed(2)} USD`,
  ]);
}
