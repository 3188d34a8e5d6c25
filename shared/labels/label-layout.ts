/**
 * A label drawn once and printed two ways: as a PDF for laser sheets and
 * previews, and as native ZPL for thermal printers. Positions and sizes are in
 * inches from the top-left corner, so one layout serves 203, 300 and 600 dpi.
 */

export type Symbology = 'code128' | 'gs1-128' | 'pdf417';

export interface TextElement {
  kind: 'text';
  x: number;
  y: number;
  width: number;
  /** Cap-to-descender height of one line. */
  size: number;
  /** Already wrapped and shortened to fit `width` (see wrapText). */
  lines: string[];
  align?: 'left' | 'center';
}

export interface BarcodeElement {
  kind: 'barcode';
  symbology: Symbology;
  /** The box the symbol must fit in; it is centred horizontally and keeps its quiet zones inside. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** For gs1-128: the 18-digit SSCC under AI (00); otherwise the text encoded. */
  data: string;
  /** Narrowest module the symbol may use (Amazon asks 0.020 in for box content PDF417). */
  minModuleIn?: number;
}

export interface BoxElement {
  kind: 'box';
  x: number;
  y: number;
  width: number;
  height: number;
  thickness: number;
}

export type LabelElement = TextElement | BarcodeElement | BoxElement;

export interface LabelLayout {
  widthIn: number;
  heightIn: number;
  elements: LabelElement[];
}

/**
 * Average advance of a character as a share of its height for the fonts
 * Packbench prints with (Helvetica in PDF, ZPL font 0 at the same width ratio);
 * wrapping with it keeps both outputs on the same line breaks.
 */
export const CHAR_WIDTH_RATIO = 0.5;

/**
 * Breaks text into at most `maxLines` lines of `width` inches at `size`;
 * words are kept whole where they fit, and text that does not fit ends in "...".
 */
export function wrapText(text: string, width: number, size: number, maxLines: number): string[] {
  const perLine = Math.max(1, Math.floor(width / (size * CHAR_WIDTH_RATIO)));
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let index = 0;
  for (; index < words.length; index++) {
    let word = words[index]!;
    const candidate = current ? `${current} ${word}` : word;
    if (candidate.length <= perLine) {
      current = candidate;
      continue;
    }
    if (current) {
      lines.push(current);
      current = '';
      if (lines.length === maxLines) break;
    }
    while (word.length > perLine && lines.length < maxLines - 1) {
      lines.push(word.slice(0, perLine));
      word = word.slice(perLine);
    }
    current = word;
  }
  if (current && lines.length < maxLines) lines.push(current);
  const truncated = index < words.length || (lines.at(-1)?.length ?? 0) > perLine;
  if (truncated && lines.length) {
    const last = lines[lines.length - 1]!;
    lines[lines.length - 1] = `${last.slice(0, Math.max(0, perLine - 3)).trimEnd()}...`;
  }
  return lines;
}
