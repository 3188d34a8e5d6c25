import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildSscc, gs1CheckDigit, isValidGs1Key, validSscc } from './gs1';
import { boxContentPayload, yymmdd } from './box-content-2d';
import { wrapText } from './label-layout';

describe('GS1 check digits and SSCC-18', () => {
  it('matches check digits printed on real products', () => {
    // EAN-13 4006381333931 and UPC-A 036000291452 are widely published retail codes.
    expect(gs1CheckDigit('400638133393')).toBe(1);
    expect(gs1CheckDigit('03600029145')).toBe(2);
    expect(isValidGs1Key('4006381333931')).toBe(true);
    expect(isValidGs1Key('4006381333932')).toBe(false);
  });

  it('builds 18 digits from extension digit, company prefix and serial, with a valid check digit', () => {
    const sscc = buildSscc({ extensionDigit: 1, companyPrefix: '0614141', serialReference: 234567890 });
    expect(sscc).toHaveLength(18);
    expect(sscc.slice(0, 17)).toBe('10614141234567890');
    expect(isValidGs1Key(sscc)).toBe(true);
  });

  it('any prefix of 6-12 digits and any serial that fits gives a valid SSCC; any single-digit change is caught', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), fc.stringMatching(/^\d{6,12}$/), fc.bigInt({ min: 0n, max: 9999n }), fc.nat(16), (ext, prefix, serial, pos) => {
        const sscc = buildSscc({ extensionDigit: ext, companyPrefix: prefix, serialReference: serial });
        expect(validSscc(sscc)).toBe(sscc);
        const changed = sscc.slice(0, pos) + ((Number(sscc[pos]) + 1) % 10) + sscc.slice(pos + 1);
        expect(isValidGs1Key(changed)).toBe(false);
      }),
    );
  });

  it('refuses serials that would not fit instead of clipping them', () => {
    expect(() => buildSscc({ extensionDigit: 0, companyPrefix: '123456789012', serialReference: 10000 })).toThrow(/does not fit the 4 digits/);
    expect(() => buildSscc({ extensionDigit: 10, companyPrefix: '1234567', serialReference: 1 })).toThrow(/extension digit/);
    expect(() => buildSscc({ extensionDigit: 0, companyPrefix: '12345', serialReference: 1 })).toThrow(/6 to 12 digits/);
    expect(() => validSscc('106141412345678901')).toThrow(/wrong check digit/);
  });
});

describe('Amazon 2D box content payload', () => {
  it('puts the header once and each item as FNSKU, QTY and optional EXP in order', () => {
    const payload = boxContentPayload('FBA15ABCD123', [
      { fnsku: 'X001ABCDEF', quantity: 12 },
      { fnsku: 'X00ZZZ9999', quantity: 3, expiration: '2027-02-28' },
    ]);
    expect(payload).toBe('AMZN,PO:FBA15ABCD123,FNSKU:X001ABCDEF,QTY:12,FNSKU:X00ZZZ9999,QTY:3,EXP:270228');
  });

  it('refuses impossible dates, bad FNSKUs and quantities', () => {
    expect(() => yymmdd('2027-02-30')).toThrow(/real date/);
    expect(() => boxContentPayload('FBA15ABCD123', [{ fnsku: 'x001', quantity: 1 }])).toThrow(/FNSKU/);
    expect(() => boxContentPayload('FBA15ABCD123', [{ fnsku: 'X001ABCDEF', quantity: 0 }])).toThrow(/Quantity/);
    expect(() => boxContentPayload('fba', [{ fnsku: 'X001ABCDEF', quantity: 1 }])).toThrow(/Shipment ID/);
    expect(() => boxContentPayload('FBA15ABCD123', [])).toThrow(/at least one/);
  });
});

describe('title wrapping', () => {
  it('keeps words whole, stays within the line budget and marks cut text with an ellipsis', () => {
    // 1 in at 0.1 in text with 0.5 width ratio fits 20 characters a line.
    const lines = wrapText('Stainless steel insulated water bottle with bamboo lid, 750 ml, matte black', 1, 0.1, 2);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(20);
    expect(lines[0]).toBe('Stainless steel');
    expect(lines[1]!.endsWith('...')).toBe(true);
    expect(wrapText('Short', 1, 0.1, 2)).toEqual(['Short']);
  });
});
