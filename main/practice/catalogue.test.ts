import { describe, expect, it } from 'vitest';
import { generateCatalogue } from './catalogue';
import { gs1CheckDigit, isValidGs1 } from './gs1';

describe('practice catalogue', () => {
  it('computes GS1 check digits as the standard defines them', () => {
    // Published examples: UPC-A 036000291452 and EAN-13 4006381333931.
    expect(gs1CheckDigit('03600029145')).toBe(2);
    expect(gs1CheckDigit('400638133393')).toBe(1);
    expect(isValidGs1('036000291452')).toBe(true);
    expect(isValidGs1('036000291453')).toBe(false);
    expect(() => gs1CheckDigit('12a')).toThrow('digits only');
  });

  it('is the same for the same seed and differs for another', () => {
    expect(generateCatalogue(4)).toEqual(generateCatalogue(4));
    expect(generateCatalogue(5).map((c) => c.fnsku)).not.toEqual(generateCatalogue(4).map((c) => c.fnsku));
  });

  it('only appends when it grows: the first items of a seed stay the same whatever the size', () => {
    const small = generateCatalogue(9, 320);
    const large = generateCatalogue(9);
    expect(large.length).toBeGreaterThan(small.length);
    expect(large.slice(0, small.length)).toEqual(small);
  });

  it('holds 500 standard items without dangerous goods or dates, enough for one packing group of 500 items', () => {
    for (const seed of [1, 12, 20261130]) {
      const standard = generateCatalogue(seed).filter((i) => !i.hazmat && !i.oversize && !i.requiresExpiration);
      expect(standard.length).toBeGreaterThanOrEqual(500);
    }
  });

  it('has a few hundred SKUs with Amazon-shaped, unique identifiers and valid barcodes', () => {
    const items = generateCatalogue(12);
    expect(items.length).toBeGreaterThanOrEqual(200);
    for (const item of items) {
      expect(item.fnsku).toMatch(/^X00[A-Z0-9]{7}$/);
      expect(item.asin).toMatch(/^B0[A-Z0-9]{8}$/);
      const code = item.upc ?? item.ean ?? '';
      expect(code).toMatch(item.upc ? /^\d{12}$/ : /^\d{13}$/);
      expect(isValidGs1(code)).toBe(true);
      expect(item.weightLb).toBeGreaterThan(0);
      expect(Math.min(item.dimensionsIn.length, item.dimensionsIn.width, item.dimensionsIn.height)).toBeGreaterThan(0);
    }
    for (const key of ['msku', 'fnsku', 'asin'] as const) expect(new Set(items.map((i) => i[key])).size).toBe(items.length);
    expect(new Set(items.map((i) => i.upc ?? i.ean)).size).toBe(items.length);
  });

  it('mixes in items with expiration dates, dangerous goods and oversize items', () => {
    const items = generateCatalogue(12);
    const share = (predicate: (i: (typeof items)[number]) => boolean) => items.filter(predicate).length / items.length;
    expect(share((i) => i.requiresExpiration)).toBeGreaterThan(0.05);
    expect(share((i) => i.hazmat)).toBeGreaterThan(0.02);
    expect(share((i) => i.oversize)).toBeGreaterThan(0.02);
    for (const item of items.filter((i) => i.oversize)) expect(Math.max(item.dimensionsIn.length, item.weightLb)).toBeGreaterThan(18);
    expect(items.some((i) => i.hazmat && i.oversize)).toBe(false);
  });
});
