import Papa from 'papaparse';
import type { BoxContents } from './box-contents';

export const CONTENT_COLUMNS = [
  'Box ID',
  'Box number',
  'Shipment ID',
  'Packing group',
  'Weight',
  'Weight unit',
  'Length',
  'Width',
  'Height',
  'Dimension unit',
  'Content source',
  'MSKU',
  'FNSKU',
  'Title',
  'Quantity',
  'Expiration',
] as const;

type Cell = string | number;

/** One row per box line; an empty box still gets one row, so every box is in the table. */
export function contentRows(contents: BoxContents): Cell[][] {
  const rows: Cell[][] = [];
  for (const box of contents.boxes) {
    const head: Cell[] = [
      box.label,
      box.number,
      contents.shipmentId ?? '',
      contents.packingGroupId ?? '',
      box.weight ?? '',
      box.weight === null ? '' : contents.units.weight,
      box.dimensions?.length ?? '',
      box.dimensions?.width ?? '',
      box.dimensions?.height ?? '',
      box.dimensions ? contents.units.dimension : '',
      box.contentSource,
    ];
    if (box.lines.length === 0) rows.push([...head, '', '', '', 0, '']);
    for (const line of box.lines) rows.push([...head, line.msku, line.fnsku ?? '', line.title, line.quantity, line.expiration ?? '']);
  }
  return rows;
}

/**
 * The box contents as a plain CSV table in UTF-8 with a byte order mark, so Excel shows Chinese titles correctly.
 * Cells that a spreadsheet would run as a formula (=, +, -, @) are quoted with a leading apostrophe.
 */
export function boxContentsCsv(contents: BoxContents): Buffer {
  const text = Papa.unparse({ fields: [...CONTENT_COLUMNS], data: contentRows(contents) }, { newline: '\r\n', escapeFormulae: true });
  return Buffer.from(`\uFEFF${text}\r\n`, 'utf8');
}
