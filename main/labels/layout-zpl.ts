import type { BarcodeElement, LabelLayout, TextElement } from '../../shared/labels/label-layout';
import { encodeSymbol, pdf417Columns, QUIET_MODULES, zplCode128Modules } from './barcode-symbols';
import { LabelError } from './label-error';
import { labelDots, type PrinterDpi } from './raster-to-zpl';

/** Line pitch as a multiple of text size; the PDF drawer uses the same so both break alike. */
export const LINE_PITCH = 1.15;

/**
 * ^FD data is sent through ^FH so that ^, ~ and the escape character itself
 * cannot end the field or start a command; everything else goes as UTF-8 (^CI28).
 */
export function zplFieldData(text: string): string {
  return `^FH_^FD${text.replace(/[_^~]/g, (ch) => `_${ch.charCodeAt(0).toString(16).toUpperCase()}`)}^FS`;
}

function textZpl(element: TextElement, dot: (inches: number) => number): string {
  const height = Math.max(10, dot(element.size));
  const width = dot(element.width);
  return element.lines
    .map((line, i) => {
      const y = dot(element.y + i * element.size * LINE_PITCH);
      const block = element.align === 'center' ? `^FB${width},1,0,C` : '';
      return `^FO${dot(element.x)},${y}^A0N,${height},${height}${block}${zplFieldData(line)}`;
    })
    .join('\n');
}

function barcodeZpl(element: BarcodeElement, dpi: PrinterDpi, dot: (inches: number) => number): string {
  const boxWidth = dot(element.width);
  const boxHeight = dot(element.height);
  const minModule = Math.max(1, Math.ceil((element.minModuleIn ?? 0) * dpi - 1e-9));
  if (element.symbology === 'pdf417') {
    const columns = pdf417Columns(Math.floor(boxWidth / minModule));
    const symbol = encodeSymbol(element, columns);
    if (symbol.kind !== 'matrix') throw new LabelError('bad-input', 'PDF417 did not encode as a matrix');
    const module = Math.max(minModule, Math.floor(Math.min(boxWidth / symbol.columns, boxHeight / symbol.rows)));
    if (symbol.columns * module > boxWidth || symbol.rows * module > boxHeight) {
      throw new LabelError('bad-size', `The PDF417 symbol (${symbol.columns}x${symbol.rows} modules at ${module} dots) does not fit its ${element.width}x${element.height} in box at ${dpi} dpi: too much data`);
    }
    const x = dot(element.x) + Math.floor((boxWidth - symbol.columns * module) / 2);
    // ^B7 row height is in dots; three modules per row, as the bwip-js encoding that sized the symbol.
    return `^FO${x},${dot(element.y)}^BY${module}^B7N,${3 * module},6,${columns},0,N${zplFieldData(element.data)}`;
  }
  const modules = zplCode128Modules(element) + 2 * QUIET_MODULES;
  const module = Math.min(Math.floor(boxWidth / modules), Math.max(minModule, Math.round(0.02 * dpi)));
  if (module < 1) {
    throw new LabelError('bad-size', `"${element.data}" needs ${modules} modules; it does not fit ${element.width} in at ${dpi} dpi`);
  }
  const x = dot(element.x) + Math.floor((boxWidth - (modules - 2 * QUIET_MODULES) * module) / 2);
  const data = element.symbology === 'gs1-128' ? `>;>800${element.data}` : element.data.replace(/>/g, '><');
  return `^FO${x},${dot(element.y)}^BY${module}^BCN,${boxHeight},N,N,N,N${zplFieldData(data)}`;
}

/** One ^XA..^XZ label, drawn with the printer's own fonts and barcode commands at `dpi`. */
export function layoutToZpl(layout: LabelLayout, dpi: PrinterDpi): string {
  const size = labelDots({ dpi, widthIn: layout.widthIn, heightIn: layout.heightIn });
  const dot = (inches: number) => Math.round(inches * dpi);
  const parts = [`^XA^CI28^PW${size.width}^LL${size.height}^LH0,0`];
  for (const element of layout.elements) {
    if (element.kind === 'text') parts.push(textZpl(element, dot));
    else if (element.kind === 'barcode') parts.push(barcodeZpl(element, dpi, dot));
    else {
      const t = Math.max(1, dot(element.thickness));
      parts.push(`^FO${dot(element.x)},${dot(element.y)}^GB${Math.max(t, dot(element.width))},${Math.max(t, dot(element.height))},${t}^FS`);
    }
  }
  parts.push('^XZ');
  return parts.join('\n') + '\n';
}

export function layoutsToZpl(layouts: readonly LabelLayout[], dpi: PrinterDpi): string {
  return layouts.map((layout) => layoutToZpl(layout, dpi)).join('');
}
