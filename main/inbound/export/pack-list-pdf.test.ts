import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { boxContentsOf } from './box-contents';
import { packListPdf } from './pack-list-pdf';
import { CjkFontLocator } from './cjk-font';
import { CHINESE_TITLE, exportPlan } from '../../../test/support/export-plan';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** Each page's text as pdf.js extracts it, items joined by spaces. */
async function pageTexts(bytes: Uint8Array): Promise<{ texts: string[]; sizes: [number, number][] }> {
  const pdfjs: PdfJs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const standardFontDataUrl = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts') + '/';
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, standardFontDataUrl }).promise;
  const texts: string[] = [];
  const sizes: [number, number][] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    texts.push(content.items.map((i) => ('str' in i ? i.str : '')).join(' '));
    const view = page.getViewport({ scale: 1 });
    sizes.push([Math.round(view.width), Math.round(view.height)]);
  }
  await doc.destroy();
  return { texts, sizes };
}

const scope = { kind: 'shipment', shipmentId: 'FBA15PBX0001' } as const;

describe('pack list PDF', async () => {
  const font = await new CjkFontLocator().find();
  if (!font) console.warn('No Chinese font on this machine: the pack list PDF tests that need one fail (install fonts-droid-fallback or set PACKBENCH_CJK_FONT).');

  it(`has every box id, SKU and the Chinese title in its text, with page numbers (font: ${font?.path ?? 'none found'})`, async () => {
    expect(font, 'a Chinese font on this station').not.toBeNull();
    const contents = boxContentsOf(exportPlan(), scope, () => null);
    const { texts, sizes } = await pageTexts(await packListPdf(contents, { language: 'en', paper: 'letter', font }));
    const all = texts.join('\n');
    for (const box of ['FBA15PBX0001U000001', 'FBA15PBX0001U000002', 'Box 3']) expect(all).toContain(box);
    for (const sku of ['KIT-WHISK-0001', 'SUP-VITD3-0005', 'TOY-BLOCKS-0100', 'X00WHISK01']) expect(all).toContain(sku);
    expect(all.replace(/\s+/g, '')).toContain(CHINESE_TITLE);
    expect(all).toContain('RNO4');
    expect(all).toContain('wf1234abcd-5678');
    expect(all).toContain('2027-06-30');
    expect(all).toContain('3 boxes · 17 units · 3 SKUs');
    texts.forEach((t, i) => expect(t).toContain(`Page ${i + 1} of ${texts.length}`));
    expect(sizes[0]).toEqual([612, 792]);
  });

  it('runs onto more pages with a box that does not fit, on A4, with headings in Chinese', async () => {
    expect(font, 'a Chinese font on this station').not.toBeNull();
    const plan = exportPlan();
    const lines = Array.from({ length: 90 }, (_, i) => ({ msku: `BULK-${String(i).padStart(3, '0')}`, quantity: 1, expiration: null }));
    plan.boxes[0]!.lines.push(...lines);
    const contents = boxContentsOf(plan, scope, () => null);
    const { texts, sizes } = await pageTexts(await packListPdf(contents, { language: 'zh-CN', paper: 'a4', font }));
    expect(texts.length).toBeGreaterThan(1);
    expect(sizes.every(([w, h]) => w === 595 && h === 842)).toBe(true);
    const all = texts.join('\n').replace(/\s+/g, '');
    for (const line of lines) expect(all).toContain(line.msku);
    expect(all).toContain('装箱单');
    expect(all).toContain(`第${texts.length}页，共${texts.length}页`);
    expect(texts.slice(1).join('')).toContain('FBA15PBX0001U000001');
    // A box without an Amazon id yet goes by its station number, in the packer's language.
    expect(all).toContain('3号箱');
  });

  it('without a Chinese font, refuses Chinese text with a message saying how to fix it, and prints Latin text in Helvetica', async () => {
    const chinese = boxContentsOf(exportPlan(), scope, () => null);
    await expect(packListPdf(chinese, { language: 'en', paper: 'a4', font: null })).rejects.toThrow(/needs a Chinese font.*PACKBENCH_CJK_FONT/);
    const plan = exportPlan();
    plan.items[0]!.title = 'Stainless whisk, 2 pack';
    const { texts } = await pageTexts(await packListPdf(boxContentsOf(plan, scope, () => null), { language: 'en', paper: 'a4', font: null }));
    expect(texts.join(' ')).toContain('Stainless whisk, 2 pack');
  });
});
