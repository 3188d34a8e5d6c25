import { BOX_CONTENT_PDF417, boxContentPayload, type BoxContentItem } from './box-content-2d';
import { formatSscc, validSscc } from './gs1';
import { wrapText, type LabelElement, type LabelLayout } from './label-layout';

/** Thermal FNSKU label stock Amazon accepts for item labels. */
export const FNSKU_LABEL_SIZES = {
  '2.25x1.25': { widthIn: 2.25, heightIn: 1.25 },
  '2x1': { widthIn: 2, heightIn: 1 },
} as const;

export type ItemCondition = 'New' | 'Used - Like New' | 'Used - Very Good' | 'Used - Good' | 'Used - Acceptable' | 'Collectible' | 'Refurbished';

export interface FnskuLabelInput {
  fnsku: string;
  title: string;
  condition: ItemCondition | string;
}

export class LabelDesignError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LabelDesignError';
  }
}

/**
 * Amazon's item label: FNSKU as Code 128 across the top, the FNSKU in text,
 * the title shortened to two lines, and the condition. Margins of 0.06 in keep
 * everything clear of the die-cut edge.
 */
export function fnskuLabel(input: FnskuLabelInput, size: { widthIn: number; heightIn: number }): LabelLayout {
  if (!/^[A-Z0-9]{10}$/.test(input.fnsku)) throw new LabelDesignError(`FNSKU must be 10 upper-case letters and digits, got "${input.fnsku}"`);
  const { widthIn: w, heightIn: h } = size;
  const margin = 0.06;
  const inner = w - 2 * margin;
  const barHeight = h * 0.4;
  const small = Math.min(0.1, h * 0.085);
  const elements: LabelElement[] = [
    { kind: 'barcode', symbology: 'code128', x: margin, y: margin, width: inner, height: barHeight, data: input.fnsku },
    { kind: 'text', x: margin, y: margin + barHeight + 0.02, width: inner, size: small * 1.1, lines: [input.fnsku], align: 'center' },
    { kind: 'text', x: margin, y: margin + barHeight + 0.04 + small * 1.1, width: inner, size: small, lines: wrapText(input.title, inner, small, 2) },
    { kind: 'text', x: margin, y: h - margin - small, width: inner, size: small, lines: wrapText(input.condition, inner, small, 1) },
  ];
  return { widthIn: w, heightIn: h, elements };
}

export interface BoxContentLabelInput {
  shipmentId: string;
  boxNumber: number;
  boxCount: number;
  items: readonly BoxContentItem[];
}

/**
 * Amazon's 2D box content label: a short header for the packer, then the
 * PDF417 symbol filling the rest of the label so the most data fits at
 * Amazon's minimum module width (0.020 in).
 */
export function boxContentLabel(input: BoxContentLabelInput, size = { widthIn: 4, heightIn: 6 }): LabelLayout {
  const payload = boxContentPayload(input.shipmentId, input.items);
  const { widthIn: w, heightIn: h } = size;
  const margin = 0.1;
  const inner = w - 2 * margin;
  const units = input.items.reduce((sum, item) => sum + item.quantity, 0);
  const top = margin + 0.8;
  return {
    widthIn: w,
    heightIn: h,
    elements: [
      { kind: 'text', x: margin, y: margin, width: inner, size: 0.22, lines: [`Shipment ${input.shipmentId}`] },
      {
        kind: 'text',
        x: margin,
        y: margin + 0.32,
        width: inner,
        size: 0.15,
        lines: [`Box ${input.boxNumber} of ${input.boxCount}: ${input.items.length} SKUs, ${units} units`],
      },
      { kind: 'box', x: margin, y: margin + 0.62, width: inner, height: 0, thickness: 0.015 },
      {
        kind: 'barcode',
        symbology: 'pdf417',
        x: margin,
        y: top,
        width: inner,
        height: h - top - margin,
        data: payload,
        minModuleIn: BOX_CONTENT_PDF417.minModuleIn,
      },
    ],
  };
}

export interface SsccLabelInput {
  sscc: string;
  kind: 'carton' | 'pallet';
  shipFrom?: string;
  shipTo?: string;
  reference?: string;
}

/** A GS1 logistics label: addresses on top, the SSCC as GS1-128 with AI (00) at the bottom. */
export function ssccLabel(input: SsccLabelInput, size = { widthIn: 4, heightIn: 6 }): LabelLayout {
  const sscc = validSscc(input.sscc);
  const { widthIn: w, heightIn: h } = size;
  const margin = 0.15;
  const inner = w - 2 * margin;
  const half = inner / 2 - 0.05;
  const elements: LabelElement[] = [
    { kind: 'text', x: margin, y: margin, width: half, size: 0.12, lines: ['FROM', ...wrapText(input.shipFrom ?? '', half, 0.12, 4)] },
    { kind: 'text', x: margin + half + 0.1, y: margin, width: half, size: 0.12, lines: ['TO', ...wrapText(input.shipTo ?? '', half, 0.12, 4)] },
    { kind: 'box', x: margin, y: margin + 0.8, width: inner, height: 0, thickness: 0.02 },
    { kind: 'text', x: margin, y: margin + 0.95, width: inner, size: 0.25, lines: [input.kind === 'pallet' ? 'PALLET' : 'CARTON'] },
  ];
  if (input.reference) elements.push({ kind: 'text', x: margin, y: margin + 1.3, width: inner, size: 0.16, lines: wrapText(input.reference, inner, 0.16, 2) });
  elements.push(
    { kind: 'text', x: margin, y: h - margin - 1.75, width: inner, size: 0.14, lines: ['SSCC'] },
    { kind: 'barcode', symbology: 'gs1-128', x: margin, y: h - margin - 1.5, width: inner, height: 1.1, data: sscc },
    { kind: 'text', x: margin, y: h - margin - 0.3, width: inner, size: 0.2, lines: [formatSscc(sscc)], align: 'center' },
  );
  return { widthIn: w, heightIn: h, elements };
}

export interface CartonContentsInput {
  cartonId: string;
  shipmentId?: string;
  lines: readonly { sku: string; description: string; quantity: number }[];
}

/** Packbench's own carton label: carton ID as Code 128 and the list of what is inside. */
export function cartonContentsLabel(input: CartonContentsInput, size = { widthIn: 4, heightIn: 6 }): LabelLayout {
  if (!/^[\x21-\x7e]{1,40}$/.test(input.cartonId)) throw new LabelDesignError(`Carton ID must be 1-40 printable ASCII characters, got "${input.cartonId}"`);
  const { widthIn: w, heightIn: h } = size;
  const margin = 0.15;
  const inner = w - 2 * margin;
  const rowSize = 0.13;
  const listTop = margin + 1.75;
  const maxRows = Math.max(1, Math.floor((h - margin - listTop) / (rowSize * 1.25)));
  const rows = input.lines.map((line) => `${String(line.quantity).padStart(4)}  ${line.sku}  ${line.description}`);
  const shown = rows.length > maxRows ? [...rows.slice(0, maxRows - 1), `... and ${rows.length - maxRows + 1} more lines`] : rows;
  const perLine = Math.floor(inner / (rowSize * 0.5));
  const total = input.lines.reduce((sum, line) => sum + line.quantity, 0);
  return {
    widthIn: w,
    heightIn: h,
    elements: [
      { kind: 'barcode', symbology: 'code128', x: margin, y: margin, width: inner, height: 0.9, data: input.cartonId },
      { kind: 'text', x: margin, y: margin + 0.95, width: inner, size: 0.18, lines: [input.cartonId], align: 'center' },
      {
        kind: 'text',
        x: margin,
        y: margin + 1.25,
        width: inner,
        size: 0.15,
        lines: [`${input.shipmentId ? `${input.shipmentId} - ` : ''}${input.lines.length} lines, ${total} units`],
      },
      { kind: 'box', x: margin, y: listTop - 0.08, width: inner, height: 0, thickness: 0.015 },
      { kind: 'text', x: margin, y: listTop, width: inner, size: rowSize, lines: shown.map((row) => (row.length > perLine ? `${row.slice(0, perLine - 3)}...` : row)) },
    ],
  };
}

/** The test print: a frame on the printable edge, the profile's settings, and a barcode to scan. */
export function testPrintLabel(info: { printerName: string; dpi: number; widthIn: number; heightIn: number }): LabelLayout {
  const { widthIn: w, heightIn: h } = info;
  const margin = Math.min(0.1, h * 0.05);
  const size = Math.min(0.16, h / 10);
  const inner = w - 2 * margin - 0.1;
  return {
    widthIn: w,
    heightIn: h,
    elements: [
      { kind: 'box', x: 0.02, y: 0.02, width: w - 0.04, height: h - 0.04, thickness: 0.02 },
      { kind: 'text', x: margin + 0.05, y: margin + 0.05, width: inner, size, lines: wrapText(`Packbench test: ${info.printerName}`, inner, size, 1) },
      { kind: 'text', x: margin + 0.05, y: margin + 0.1 + size * 1.2, width: inner, size: size * 0.8, lines: [`${info.dpi} dpi, ${w} x ${h} in`] },
      { kind: 'barcode', symbology: 'code128', x: margin + 0.05, y: margin + 0.2 + size * 2.2, width: inner, height: Math.max(0.2, h - 2 * margin - 0.3 - size * 2.2), data: 'PACKBENCH-TEST' },
    ],
  };
}
