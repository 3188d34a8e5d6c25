import { describe, expect, it } from 'vitest';
import { splitAimIdentifier } from './aim';

describe('AIM symbology identifiers', () => {
  it('passes data without an identifier through', () => {
    expect(splitAimIdentifier('X001ABCDEF')).toEqual({ ok: true, symbology: undefined, data: 'X001ABCDEF' });
  });

  it('recognises the GS1 modes of Code 128, Data Matrix, QR and DataBar', () => {
    for (const id of [']C1', ']d2', ']Q3', ']e0']) {
      const split = splitAimIdentifier(`${id}0100012345678905`);
      expect(split.ok && split.symbology?.gs1).toBe(true);
      expect(split.ok && split.data).toBe('0100012345678905');
    }
  });

  it('plain Code 128 is not GS1, and EAN/UPC variants are named', () => {
    const c0 = splitAimIdentifier(']C0ABC');
    expect(c0.ok && c0.symbology).toMatchObject({ name: 'Code 128', gs1: false });
    const e4 = splitAimIdentifier(']E496385074');
    expect(e4.ok && e4.symbology?.eanUpcVariant).toBe('ean8');
    const e0 = splitAimIdentifier(']E00012345678905');
    expect(e0.ok && e0.symbology?.eanUpcVariant).toBe('ean13-upc');
  });

  it('rejects truncated and unknown identifiers', () => {
    expect(splitAimIdentifier(']C')).toMatchObject({ ok: false });
    expect(splitAimIdentifier(']W1abc')).toMatchObject({ ok: false, message: expect.stringContaining('"W"') });
    expect(splitAimIdentifier(']C#x')).toMatchObject({ ok: false, message: expect.stringContaining('modifier') });
  });
});
