/**
 * Laser label sheets for FNSKU labels. Each is a grid of same-size labels
 * centred on letter or A4 paper, sized as the common Avery-style stock that
 * Amazon's own label printing offers (21, 24, 30, 40 and 44 up).
 */

export type Paper = 'letter' | 'a4';
export const PAPER_SIZE_IN: Record<Paper, { widthIn: number; heightIn: number }> = {
  letter: { widthIn: 8.5, heightIn: 11 },
  a4: { widthIn: 210 / 25.4, heightIn: 297 / 25.4 },
};

export interface SheetSpec {
  paper: Paper;
  columns: number;
  rows: number;
  labelWidthIn: number;
  labelHeightIn: number;
  /** Gap between neighbouring labels; the grid is centred, so margins follow from it. */
  gapXIn: number;
  gapYIn: number;
}

const mm = (value: number) => value / 25.4;

export const LABEL_SHEETS = {
  'a4-21': { paper: 'a4', columns: 3, rows: 7, labelWidthIn: mm(63.5), labelHeightIn: mm(38.1), gapXIn: mm(2.5), gapYIn: 0 },
  'a4-24': { paper: 'a4', columns: 3, rows: 8, labelWidthIn: mm(64.6), labelHeightIn: mm(33.8), gapXIn: mm(2), gapYIn: 0 },
  'a4-30': { paper: 'a4', columns: 3, rows: 10, labelWidthIn: mm(70), labelHeightIn: mm(29.7), gapXIn: 0, gapYIn: 0 },
  'a4-40': { paper: 'a4', columns: 4, rows: 10, labelWidthIn: mm(52.5), labelHeightIn: mm(29.7), gapXIn: 0, gapYIn: 0 },
  'a4-44': { paper: 'a4', columns: 4, rows: 11, labelWidthIn: mm(48.5), labelHeightIn: mm(25.4), gapXIn: 0, gapYIn: 0 },
  'letter-21': { paper: 'letter', columns: 3, rows: 7, labelWidthIn: 2.5, labelHeightIn: 1.5, gapXIn: 0.125, gapYIn: 0 },
  'letter-24': { paper: 'letter', columns: 3, rows: 8, labelWidthIn: 2.5, labelHeightIn: 1.25, gapXIn: 0.125, gapYIn: 0 },
  'letter-30': { paper: 'letter', columns: 3, rows: 10, labelWidthIn: 2.625, labelHeightIn: 1, gapXIn: 0.125, gapYIn: 0 },
  'letter-40': { paper: 'letter', columns: 4, rows: 10, labelWidthIn: 2, labelHeightIn: 1, gapXIn: 0, gapYIn: 0 },
  'letter-44': { paper: 'letter', columns: 4, rows: 11, labelWidthIn: 1.9, labelHeightIn: 0.9, gapXIn: 0.1, gapYIn: 0.05 },
} as const satisfies Record<string, SheetSpec>;

export type SheetName = keyof typeof LABEL_SHEETS;

export function isSheetName(name: string): name is SheetName {
  return Object.hasOwn(LABEL_SHEETS, name);
}

/** Top-left corner of each label on the sheet, in inches from the paper's top-left, row by row. */
export function sheetPositions(spec: SheetSpec): { x: number; y: number }[] {
  const paper = PAPER_SIZE_IN[spec.paper];
  const gridWidth = spec.columns * spec.labelWidthIn + (spec.columns - 1) * spec.gapXIn;
  const gridHeight = spec.rows * spec.labelHeightIn + (spec.rows - 1) * spec.gapYIn;
  const left = (paper.widthIn - gridWidth) / 2;
  const top = (paper.heightIn - gridHeight) / 2;
  const out: { x: number; y: number }[] = [];
  for (let r = 0; r < spec.rows; r++) {
    for (let c = 0; c < spec.columns; c++) {
      out.push({ x: left + c * (spec.labelWidthIn + spec.gapXIn), y: top + r * (spec.labelHeightIn + spec.gapYIn) });
    }
  }
  return out;
}
