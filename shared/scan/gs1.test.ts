import { describe, expect, it } from 'vitest';
import { GS, parseGs1Bracketed, parseGs1ElementString, resolveGs1Year } from './gs1';

const opts = { referenceYear: 2026 };

describe('GS1 element strings', () => {
  it('splits fixed-length AIs without separators and variable ones at GS', () => {
    const data = `0100012345678905` + `17260531` + `10LOT42${GS}` + `21SN-1`;
    const parsed = parseGs1ElementString(data, opts);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.elements.map((e) => [e.ai, e.value])).toEqual([
      ['01', '00012345678905'],
      ['17', '260531'],
      ['10', 'LOT42'],
      ['21', 'SN-1'],
    ]);
    expect(parsed.elements[1]?.date).toEqual({ year: 2026, month: 5, day: 31, iso: '2026-05-31' });
  });

  it('accepts a leading GS standing for FNC1 and a GS after a fixed-length value', () => {
    const parsed = parseGs1ElementString(`${GS}00106141412345678908${GS}37${'12'}`, opts);
    expect(parsed.ok && parsed.elements.map((e) => e.ai)).toEqual(['00', '37']);
  });

  it('reports a wrong GTIN check digit inside AI 01 with the expected digit', () => {
    const parsed = parseGs1ElementString('0100012345678906', opts);
    expect(parsed).toMatchObject({ ok: false, error: { code: 'CHECK_DIGIT', ai: '01', expected: '5', actual: '6' } });
  });

  it('validates dates: month 13 and 29 February of a non-leap year are refused, day 00 means month only', () => {
    expect(parseGs1ElementString('17261331', opts)).toMatchObject({ ok: false, error: { code: 'GS1_BAD_DATE', ai: '17' } });
    expect(parseGs1ElementString('11250229', opts)).toMatchObject({ ok: false, error: { code: 'GS1_BAD_DATE' } });
    // 2024 is a leap year
    expect(parseGs1ElementString('11240229', opts).ok).toBe(true);
    const monthOnly = parseGs1ElementString('15260200', opts);
    expect(monthOnly.ok && monthOnly.elements[0]?.date).toEqual({ year: 2026, month: 2, day: null, iso: '2026-02' });
  });

  it('refuses an AI it does not know instead of guessing its length', () => {
    expect(parseGs1ElementString('91ABC', opts)).toMatchObject({ ok: false, error: { code: 'GS1_UNKNOWN_AI' } });
  });

  it('reports a variable value longer than its maximum (a missing separator)', () => {
    expect(parseGs1ElementString(`10${'A'.repeat(21)}`, opts)).toMatchObject({ ok: false, error: { code: 'GS1_BAD_LENGTH', ai: '10' } });
  });

  it('reports a truncated fixed-length value', () => {
    expect(parseGs1ElementString('01123', opts)).toMatchObject({ ok: false, error: { code: 'GS1_TRUNCATED', ai: '01' } });
    expect(parseGs1ElementString(`01123${GS}10A`, opts)).toMatchObject({ ok: false, error: { code: 'GS1_TRUNCATED' } });
  });

  it('checks numeric AIs and the GS1 character set', () => {
    expect(parseGs1ElementString('37 12', opts)).toMatchObject({ ok: false, error: { code: 'GS1_BAD_VALUE', ai: '37' } });
    expect(parseGs1ElementString('10AB#', opts)).toMatchObject({ ok: false, error: { code: 'GS1_BAD_VALUE', ai: '10' } });
  });

  it('splits AI 421 into ISO country and postal code, and keeps AI 420/400 as text', () => {
    const parsed = parseGs1ElementString(`42184010001${GS}420${'90210'}${GS}400PO-77`, opts);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.elements[0]).toMatchObject({ ai: '421', country: '840', postalCode: '10001' });
    expect(parsed.elements.slice(1).map((e) => [e.ai, e.value])).toEqual([
      ['420', '90210'],
      ['400', 'PO-77'],
    ]);
  });

  it('refuses a repeated AI and an empty string', () => {
    expect(parseGs1ElementString(`10A${GS}10B`, opts)).toMatchObject({ ok: false, error: { code: 'GS1_DUPLICATE_AI' } });
    expect(parseGs1ElementString(GS, opts)).toMatchObject({ ok: false, error: { code: 'GS1_EMPTY' } });
  });
});

describe('bracketed GS1 text', () => {
  it('parses the human-readable form', () => {
    const parsed = parseGs1Bracketed('(01)00012345678905(10)ABC(17)270101', opts);
    expect(parsed.ok && parsed.elements.map((e) => e.ai)).toEqual(['01', '10', '17']);
  });

  it('refuses a fixed-length value of the wrong length and stray text', () => {
    expect(parseGs1Bracketed('(01)0001234567890', opts)).toMatchObject({ ok: false, error: { code: 'GS1_BAD_LENGTH' } });
    expect(parseGs1Bracketed('(10)A)B', opts)).toMatchObject({ ok: false, error: { code: 'GS1_BAD_VALUE' } });
  });
});

describe('two-digit years (GS1 sliding window)', () => {
  it('maps YY to within 50 years ahead and 49 behind the reference year', () => {
    expect(resolveGs1Year(26, 2026)).toBe(2026);
    // 76 is 50 ahead of 26: still this century
    expect(resolveGs1Year(76, 2026)).toBe(2076);
    // 77 is 51 ahead: previous century
    expect(resolveGs1Year(77, 2026)).toBe(1977);
    // near a century's end, small YY wrap forward
    expect(resolveGs1Year(5, 2090)).toBe(2105);
  });
});
