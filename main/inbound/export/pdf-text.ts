import fontkit from '@pdf-lib/fontkit';
import subsetFont from 'subset-font';
import { PDFDocument, StandardFonts, type Color, type PDFFont, type PDFPage } from 'pdf-lib';
import { StationError } from '../../core/errors';
import { CJK_FONT_ENV, type FoundFont } from './cjk-font';
import { firstFaceOf } from './font-collection';

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

interface Run {
  text: string;
  font: PDFFont;
}

/**
 * Helvetica for what it can draw, the station's Chinese font for the rest: system Chinese fonts such as Droid Sans
 * Fallback carry no Latin letters, and Helvetica keeps SKUs and box ids crisp whatever Chinese font a station has.
 */
export class PdfFonts {
  private readonly latinSet: Set<number>;
  private readonly cjkSet: Set<number>;
  /** Advance width of each character at size 1, by weight: a pack list measures the same few hundred characters often. */
  private readonly advance = [new Map<string, number>(), new Map<string, number>()] as const;

  constructor(
    private readonly latin: PDFFont,
    private readonly latinBold: PDFFont,
    private readonly cjk: PDFFont | null,
  ) {
    this.latinSet = new Set(latin.getCharacterSet());
    this.cjkSet = new Set(cjk?.getCharacterSet() ?? []);
  }

  /** Characters of `text` that neither font can draw. */
  missing(text: string): string[] {
    return [...new Set([...text])].filter((ch) => ch !== '\n' && !this.latinSet.has(ch.codePointAt(0)!) && !this.cjkSet.has(ch.codePointAt(0)!));
  }

  private fontFor(ch: string, bold: boolean): PDFFont {
    return this.latinSet.has(ch.codePointAt(0)!) || !this.cjk ? (bold ? this.latinBold : this.latin) : this.cjk;
  }

  runs(text: string, bold = false): Run[] {
    const runs: Run[] = [];
    for (const ch of text) {
      const font = this.fontFor(ch, bold);
      const last = runs[runs.length - 1];
      if (last && last.font === font) last.text += ch;
      else runs.push({ text: ch, font });
    }
    return runs;
  }

  private charWidth(ch: string, bold: boolean): number {
    const cache = this.advance[bold ? 1 : 0];
    let width = cache.get(ch);
    if (width === undefined) {
      width = this.fontFor(ch, bold).widthOfTextAtSize(ch, 1);
      cache.set(ch, width);
    }
    return width;
  }

  /** The sum of the characters' advances: kerning only ever narrows Helvetica, so text measured to fit does fit. */
  width(text: string, size: number, bold = false): number {
    let width = 0;
    for (const ch of text) width += this.charWidth(ch, bold);
    return width * size;
  }

  draw(page: PDFPage, text: string, at: { x: number; y: number; size: number; bold?: boolean; color: Color }): void {
    let x = at.x;
    for (const run of this.runs(text, at.bold)) {
      page.drawText(run.text, { x, y: at.y, size: at.size, font: run.font, color: at.color });
      x += run.font.widthOfTextAtSize(run.text, at.size);
    }
  }

  /** Cuts `text` to `width` points, ending in an ellipsis when it had to be cut. */
  fit(text: string, size: number, width: number, bold = false): string {
    let total = this.width(text, size, bold);
    if (total <= width) return text;
    const chars = [...text];
    total += this.width('...', size, bold);
    while (chars.length > 0 && total > width) total -= this.charWidth(chars.pop()!, bold) * size;
    return chars.join('') + '...';
  }

  /**
   * Wraps `text` into lines of at most `width` points: between words in Latin text, between any two characters in
   * Chinese. The last allowed line is cut with an ellipsis.
   */
  wrap(text: string, size: number, width: number, maxLines: number): string[] {
    const lines: string[] = [];
    let line = '';
    let lineWidth = 0;
    for (const ch of text) {
      const advance = this.charWidth(ch, false) * size;
      if (line === '' || lineWidth + advance <= width) {
        line += ch;
        lineWidth += advance;
        continue;
      }
      const space = line.lastIndexOf(' ');
      if (!CJK.test(ch) && ch !== ' ' && space > 0) {
        lines.push(line.slice(0, space));
        line = line.slice(space + 1) + ch;
      } else {
        lines.push(line.trimEnd());
        line = ch === ' ' ? '' : ch;
      }
      lineWidth = this.width(line, size);
    }
    if (line) lines.push(line);
    if (lines.length <= maxLines) return lines;
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = this.fit(`${kept[maxLines - 1]} ${lines.slice(maxLines).join(' ')}`, size, width);
    return kept;
  }
}

/**
 * The fonts of a pack list. Text that no font can draw is refused with a message saying how to fix it, never printed
 * as empty boxes or question marks.
 */
export async function embedFonts(pdf: PDFDocument, found: FoundFont | null, allText: string): Promise<PdfFonts> {
  const latin = await pdf.embedFont(StandardFonts.Helvetica);
  const latinBold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let cjk: PDFFont | null = null;
  const needsMore = new PdfFonts(latin, latinBold, null).missing(allText);
  if (needsMore.length === 0) return new PdfFonts(latin, latinBold, null);
  if (!found) {
    const sample = needsMore.filter((ch) => CJK.test(ch)).concat(needsMore).slice(0, 8).join('');
    throw new StationError(
      'UNAVAILABLE',
      `The pack list has text such as "${sample}" that needs a Chinese font, and none was found on this station. Install one (Noto Sans CJK, WenQuanYi, Microsoft YaHei) or set ${CJK_FONT_ENV} to a .ttf, .otf or .ttc file.`,
    );
  }
  pdf.registerFontkit(fontkit);
  try {
    // harfbuzz cuts the font (several MB) down to the document's own characters, from the first font of a .ttc
    // collection (Microsoft YaHei, PingFang); pdf-lib's own subsetting loses glyphs of large CJK fonts, so the cut
    // font is embedded whole.
    const face = firstFaceOf(found.bytes);
    const cut = await subsetFont(Buffer.from(face.buffer, face.byteOffset, face.byteLength), [...new Set(allText)].join(''), { targetFormat: 'sfnt' });
    cjk = await pdf.embedFont(cut, { subset: false });
  } catch (error) {
    throw new StationError('UNAVAILABLE', `The font ${found.path} could not be read (${(error as Error).message.slice(0, 160)}); set ${CJK_FONT_ENV} to another .ttf, .otf or .ttc file`);
  }
  const fonts = new PdfFonts(latin, latinBold, cjk);
  const missing = fonts.missing(allText);
  if (missing.length > 0) {
    throw new StationError('UNAVAILABLE', `Neither Helvetica nor ${found.path} can draw "${missing.slice(0, 8).join('')}"; set ${CJK_FONT_ENV} to a font that has these characters`);
  }
  return fonts;
}
