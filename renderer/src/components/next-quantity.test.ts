import { describe, expect, it } from 'vitest';
import { MAX_UNITS_PER_SCAN, parseNextQuantity } from './next-quantity';

describe('units per scan', () => {
  it('takes whole numbers from 1 to the limit', () => {
    expect(parseNextQuantity('1')).toBe(1);
    expect(parseNextQuantity('24')).toBe(24);
    expect(parseNextQuantity(String(MAX_UNITS_PER_SCAN))).toBe(10_000);
  });

  it('refuses empty text, zero, fractions, negatives, words and counts past the limit', () => {
    expect(parseNextQuantity('')).toBeNull();
    expect(parseNextQuantity('0')).toBeNull();
    expect(parseNextQuantity('2.5')).toBeNull();
    expect(parseNextQuantity('-3')).toBeNull();
    expect(parseNextQuantity('six')).toBeNull();
    expect(parseNextQuantity('10001')).toBeNull();
  });
});
