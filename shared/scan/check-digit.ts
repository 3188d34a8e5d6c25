/**
 * GS1 modulo-10 check digits (GTIN-8/12/13/14, SSCC-18, GLN) and UPC-E expansion.
 *
 * Invariant: every function here takes digit strings only; callers check `/^\d+$/` first.
 */

/**
 * The GS1 mod-10 check digit of `body` (the digits before the check digit). Weights alternate 3,1,3,…
 * starting with 3 on the rightmost body digit, so the same routine serves every GS1 key length.
 */
export function gs1CheckDigit(body: string): number {
  let sum = 0;
  let weight = 3;
  for (let i = body.length - 1; i >= 0; i--) {
    sum += (body.charCodeAt(i) - 48) * weight;
    weight = weight === 3 ? 1 : 3;
  }
  return (10 - (sum % 10)) % 10;
}

export interface CheckDigitOutcome {
  valid: boolean;
  expected: number;
  actual: number;
}

/** Checks the last digit of a full GS1 key (GTIN, SSCC, …) against its body. */
export function verifyGs1CheckDigit(full: string): CheckDigitOutcome {
  const expected = gs1CheckDigit(full.slice(0, -1));
  const actual = full.charCodeAt(full.length - 1) - 48;
  return { valid: expected === actual, expected, actual };
}

/**
 * Expands an 8-digit UPC-E (number system 0 or 1, six data digits, check digit) to its 12-digit UPC-A.
 * The check digit is carried over unchanged: UPC-E has no check of its own, it reuses the UPC-A one.
 * Returns undefined when the number system is not 0 or 1 (no such UPC-E exists).
 */
export function expandUpcE(upcE: string): string | undefined {
  if (!/^[01]\d{7}$/.test(upcE)) return undefined;
  const ns = upcE[0] as string;
  const d = upcE.slice(1, 7);
  const check = upcE[7] as string;
  const last = d[5] as string;
  let body: string;
  switch (last) {
    case '0':
    case '1':
    case '2':
      body = d.slice(0, 2) + last + '0000' + d.slice(2, 5);
      break;
    case '3':
      body = d.slice(0, 3) + '00000' + d.slice(3, 5);
      break;
    case '4':
      body = d.slice(0, 4) + '00000' + d[4];
      break;
    default:
      body = d.slice(0, 5) + '0000' + last;
  }
  return ns + body + check;
}

/**
 * ISBN-10 check character: digits weighted 10 down to 2, the check makes the sum divisible by 11 (10 is "X").
 * A book's ASIN is its ISBN-10, so these reach the station as ASINs.
 */
export function isbn10CheckCharacter(body9: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (body9.charCodeAt(i) - 48) * (10 - i);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

/** Left-pads a GTIN-8/12/13 to the 14-digit form used to compare trade items across symbologies. */
export function toGtin14(gtin: string): string {
  return gtin.padStart(14, '0');
}
