import { describe, expect, it } from 'vitest';
import { firstFaceOf } from './font-collection';
import { CjkFontLocator } from './cjk-font';
import { boxContentsOf } from './box-contents';
import { packListPdf } from './pack-list-pdf';
import { CHINESE_TITLE, exportPlan } from '../../../test/support/export-plan';

/** The tables of a standalone font file, by tag. */
function tables(font: Uint8Array): Map<string, string> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const map = new Map<string, string>();
  for (let i = 0; i < view.getUint16(4); i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(...font.subarray(at, at + 4));
    const offset = view.getUint32(at + 8);
    map.set(tag, Buffer.from(font.subarray(offset, offset + view.getUint32(at + 12))).toString('base64'));
  }
  return map;
}

/** Wraps a standalone font in a one-font collection, as .ttc files are laid out: a 16-byte header, offsets shifted. */
function asCollection(font: Uint8Array): Uint8Array {
  const out = new Uint8Array(16 + font.byteLength);
  const view = new DataView(out.buffer);
  out.set([0x74, 0x74, 0x63, 0x66, 0, 1, 0, 0]);
  view.setUint32(8, 1);
  view.setUint32(12, 16);
  out.set(font, 16);
  for (let i = 0; i < view.getUint16(16 + 4); i++) view.setUint32(16 + 12 + 16 * i + 8, view.getUint32(16 + 12 + 16 * i + 8) + 16);
  return out;
}

describe('firstFaceOf', async () => {
  const found = await new CjkFontLocator().find();

  it(`takes the first font out of a .ttc collection with every table intact, and a pack list prints Chinese with it (from ${found?.path ?? 'no font found'})`, async () => {
    expect(found, 'a Chinese font on this station').not.toBeNull();
    const standalone = firstFaceOf(found!.bytes);
    const collection = asCollection(standalone);
    const extracted = firstFaceOf(collection);
    expect(tables(extracted)).toEqual(tables(standalone));
    expect(firstFaceOf(standalone)).toBe(standalone);

    const pdf = await packListPdf(boxContentsOf(exportPlan(), { kind: 'shipment', shipmentId: 'FBA15PBX0001' }, () => null), {
      language: 'zh-CN',
      paper: 'a4',
      font: { path: 'collection.ttc', bytes: collection },
    });
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
    const text = (await (await doc.getPage(1)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
    await doc.destroy();
    expect(text.replace(/\s+/g, '')).toContain(CHINESE_TITLE);
    expect(text).toContain('装箱单');
  });

  it('refuses a collection cut short', () => {
    const cut = asCollection(firstFaceOf(new Uint8Array(found?.bytes ?? []))).subarray(0, 400);
    expect(() => firstFaceOf(cut)).toThrow('The font collection is cut short');
  });
});
