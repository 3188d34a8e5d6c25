import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { LabelLayout } from '../../shared/labels/label-layout';
import { LABEL_SHEETS, PAPER_SIZE_IN, sheetPositions, type SheetName } from '../../shared/labels/label-sheets';
import { drawLayout } from './layout-pdf';
import { LabelError } from './label-error';

/**
 * Lays labels out N-up on laser sheets, starting at `skip` (labels already
 * peeled off a partly used sheet), filling further pages as needed.
 * `design` draws one label at the sheet's label size.
 */
export async function sheetPdf<T>(
  items: readonly T[],
  sheet: SheetName,
  design: (item: T, size: { widthIn: number; heightIn: number }) => LabelLayout,
  skip = 0,
): Promise<Uint8Array> {
  const spec = LABEL_SHEETS[sheet];
  const positions = sheetPositions(spec);
  if (!Number.isInteger(skip) || skip < 0 || skip >= positions.length) {
    throw new LabelError('bad-input', `Skip must be 0 to ${positions.length - 1} labels on a ${sheet} sheet, got ${skip}`);
  }
  if (items.length === 0) throw new LabelError('bad-input', 'No labels to print');
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const paper = PAPER_SIZE_IN[spec.paper];
  let page = pdf.addPage([paper.widthIn * 72, paper.heightIn * 72]);
  let slot = skip;
  for (const item of items) {
    if (slot === positions.length) {
      page = pdf.addPage([paper.widthIn * 72, paper.heightIn * 72]);
      slot = 0;
    }
    const at = positions[slot++]!;
    const layout = design(item, { widthIn: spec.labelWidthIn, heightIn: spec.labelHeightIn });
    await drawLayout(layout, { page, left: at.x * 72, top: at.y * 72 }, font);
  }
  return pdf.save();
}
