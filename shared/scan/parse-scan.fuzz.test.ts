import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gs1CheckDigit } from './check-digit';
import { GS } from './gs1';
import { parseScan, type ScanResult } from './parse-scan';
import type { ScanErrorCode } from './scan-error';

const ERROR_CODES: ReadonlySet<ScanErrorCode> = new Set<ScanErrorCode>([
  'EMPTY',
  'TOO_LONG',
  'BAD_CHARACTER',
  'BAD_AIM',
  'CHECK_DIGIT',
  'BAD_LENGTH',
  'GS1_EMPTY',
  'GS1_UNKNOWN_AI',
  'GS1_TRUNCATED',
  'GS1_BAD_LENGTH',
  'GS1_BAD_VALUE',
  'GS1_BAD_DATE',
  'GS1_DUPLICATE_AI',
  'UNRECOGNISED',
]);

/** A result is well formed when it is valid with a known kind, or invalid with a known code and a message. */
function assertWellFormed(result: ScanResult): void {
  if (result.valid) {
    expect(result.kind).not.toBe('unknown');
  } else {
    expect(ERROR_CODES.has(result.error.code)).toBe(true);
    expect(result.error.message.length).toBeGreaterThan(0);
  }
}

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
const scannerChars = fc.constantFrom(...'0123456789ABCDEFXZUBTJ()]1dQCE\x1d\r\n\t -');

/** Scanner-like input: AIM prefixes, GS separators, known prefixes, digit runs, and raw noise of any code unit. */
const scannerString = fc.oneof(
  fc.string({ unit: scannerChars, maxLength: 40 }),
  fc.tuple(fc.constantFrom('', ']C1', ']d2', ']Q3', ']E0', ']E4', ']C0', ']e0', ']X'), fc.constantFrom('', 'X00', 'B0', 'FBA', '1Z', 'TBA', 'JJD', '420', '00', '01', '10', '17'), digits(0, 34)).map((parts) => parts.join('')),
  fc.array(fc.tuple(fc.constantFrom('00', '01', '02', '10', '11', '15', '17', '21', '30', '37', '400', '420', '421', '99'), fc.string({ unit: scannerChars, maxLength: 22 })), { maxLength: 5 }).map((pairs) => pairs.map(([ai, v]) => ai + v).join(GS)),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 600 }),
);

describe('parseScan fuzz', () => {
  it('100,000 random scanner strings each give a classification or a specific error, never a throw', () => {
    fc.assert(
      fc.property(scannerString, (raw) => {
        assertWellFormed(parseScan(raw));
      }),
      { numRuns: 100_000 },
    );
  });

  it('any GTIN body with its computed check digit is accepted, and every other last digit is CHECK_DIGIT with that digit expected', () => {
    fc.assert(
      fc.property(fc.constantFrom(13, 14), fc.integer({ min: 1, max: 9 }), digits(11, 11), fc.integer({ min: 1, max: 9 }), (length, lead, rest, delta) => {
        // A non-zero lead keeps 13 digits EAN-13 (a leading zero would make it UPC-A) and 14 digits a GTIN-14.
        const body = (String(lead) + rest + '0').slice(0, length - 1);
        const check = gs1CheckDigit(body);
        const good = parseScan(body + check);
        expect(good).toMatchObject({ valid: true, kind: length === 13 ? 'ean13' : 'gtin14' });
        const wrong = (check + delta) % 10;
        expect(parseScan(body + wrong)).toMatchObject({ valid: false, error: { code: 'CHECK_DIGIT', expected: String(check), actual: String(wrong) } });
      }),
      { numRuns: 2_000 },
    );
  });
});
