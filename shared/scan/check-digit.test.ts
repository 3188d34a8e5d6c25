import { describe, expect, it } from 'vitest';
import { expandUpcE, gs1CheckDigit, toGtin14, verifyGs1CheckDigit } from './check-digit';

describe('GS1 mod-10 check digit', () => {
  it('UPC-A 012345678905: weights 3,1,… from the right of 01234567890 sum to 85, so the check is 5', () => {
    // 0*3 + 9*1 + 8*3 + 7*1 + 6*3 + 5*1 + 4*3 + 3*1 + 2*3 + 1*1 + 0*3 = 85 -> (10 - 5) % 10 = 5
    expect(gs1CheckDigit('01234567890')).toBe(5);
    expect(verifyGs1CheckDigit('012345678905').valid).toBe(true);
    // The 13-digit form has one more leading zero, which weighs nothing.
    expect(verifyGs1CheckDigit('0012345678905').valid).toBe(true);
  });

  it('EAN-13 4006381333931: body digits weighted from the right sum to 89, so the check is 1', () => {
    // 3*3 + 9 + 3*3 + 3 + 3*3 + 1 + 8*3 + 3 + 6*3 + 0 + 0*3 + 4 = 89 -> 1
    expect(gs1CheckDigit('400638133393')).toBe(1);
    expect(verifyGs1CheckDigit('4006381333932')).toEqual({ valid: false, expected: 1, actual: 2 });
  });

  it('EAN-8 96385074: 7*3 + 0 + 5*3 + 8 + 3*3 + 6 + 9*3 = 86, so the check is 4', () => {
    expect(gs1CheckDigit('9638507')).toBe(4);
  });

  it('GTIN-14 10012345678902: the packaging indicator 1 takes weight 3, sum 88, check 2', () => {
    expect(gs1CheckDigit('1001234567890')).toBe(2);
  });

  it('SSCC 106141412345678908 (GS1 General Specifications example): sum 132, check 8', () => {
    // 0*3 9 8*3 7 6*3 5 4*3 3 2*3 1 4*3 1 4*3 1 6*3 0 1*3 = 132 -> 8
    expect(gs1CheckDigit('10614141234567890')).toBe(8);
    expect(verifyGs1CheckDigit('106141412345678908').valid).toBe(true);
    expect(verifyGs1CheckDigit('106141412345678909')).toEqual({ valid: false, expected: 8, actual: 9 });
  });

  it('a body that sums to a multiple of ten has check digit 0, not 10', () => {
    // 5*3 + 5 = 20
    expect(gs1CheckDigit('55')).toBe(0);
  });
});

describe('UPC-E expansion', () => {
  it('last digit 0-2: manufacturer d1 d2 d6, then 0000 and product d3 d4 d5', () => {
    // 0 425261 4: d6 = 1 -> 0 42 1 0000 526 + check 4; UPC-A check of 04210000526 sums to 46 -> 4
    expect(expandUpcE('04252614')).toBe('042100005264');
    expect(verifyGs1CheckDigit('042100005264').valid).toBe(true);
  });

  it('last digit 3: manufacturer d1 d2 d3, then 00000 and d4 d5', () => {
    expect(expandUpcE('01234531')).toBe('012300000451');
  });

  it('last digit 4: manufacturer d1..d4, then 00000 and d5', () => {
    expect(expandUpcE('01234547')).toBe('012340000057');
  });

  it('last digit 5-9: manufacturer d1..d5, then 0000 and d6', () => {
    expect(expandUpcE('01234565')).toBe('012345000065');
  });

  it('refuses number systems other than 0 and 1 and wrong lengths', () => {
    expect(expandUpcE('21234565')).toBeUndefined();
    expect(expandUpcE('0123456')).toBeUndefined();
  });
});

describe('toGtin14', () => {
  it('pads shorter GTINs with leading zeros', () => {
    expect(toGtin14('96385074')).toBe('00000096385074');
    expect(toGtin14('012345678905')).toBe('00012345678905');
  });
});
