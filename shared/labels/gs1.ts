/**
 * GS1 keys Packbench issues itself: SSCC-18 for cartons and pallets. An SSCC
 * is extension digit + GS1 company prefix + serial reference (17 digits in
 * all) + a mod-10 check digit, carried in GS1-128 under application identifier (00).
 */

export class Gs1Error extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Gs1Error';
  }
}

/** The GS1 mod-10 check digit: weights 3,1,3,1... from the rightmost data digit. */
export function gs1CheckDigit(digits: string): number {
  if (!/^\d+$/.test(digits)) throw new Gs1Error(`GS1 data must be digits only, got "${digits}"`);
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidGs1Key(key: string): boolean {
  return /^\d{2,}$/.test(key) && gs1CheckDigit(key.slice(0, -1)) === Number(key.at(-1));
}

export interface SsccParts {
  /** 0-9, chosen by the company to widen its serial range (often 0 for cartons, 1 for pallets). */
  extensionDigit: number;
  /** The GS1 company prefix licensed to the seller: 6 to 12 digits. */
  companyPrefix: string;
  /** The running number; it fills the 16 - prefix length digits left. */
  serialReference: number | bigint;
}

/** Builds an 18-digit SSCC; refuses parts that do not fit rather than truncating (a clipped serial repeats). */
export function buildSscc(parts: SsccParts): string {
  const { extensionDigit, companyPrefix, serialReference } = parts;
  if (!Number.isInteger(extensionDigit) || extensionDigit < 0 || extensionDigit > 9) {
    throw new Gs1Error(`SSCC extension digit must be 0-9, got ${extensionDigit}`);
  }
  if (!/^\d{6,12}$/.test(companyPrefix)) throw new Gs1Error(`GS1 company prefix must be 6 to 12 digits, got "${companyPrefix}"`);
  const serialDigits = 16 - companyPrefix.length;
  const serial = BigInt(serialReference);
  if (serial < 0n || serial >= 10n ** BigInt(serialDigits)) {
    throw new Gs1Error(`Serial reference ${serial} does not fit the ${serialDigits} digits left by a ${companyPrefix.length}-digit company prefix`);
  }
  const body = `${extensionDigit}${companyPrefix}${serial.toString().padStart(serialDigits, '0')}`;
  return body + gs1CheckDigit(body);
}

/** Checks an SSCC read back from a scan or a file: 18 digits, optionally behind (00), with the right check digit. */
export function validSscc(sscc: string): string {
  const digits = sscc.replace(/^\(00\)\s*|^00(?=\d{18}$)/, '');
  if (!/^\d{18}$/.test(digits)) throw new Gs1Error(`An SSCC has 18 digits, got "${sscc}"`);
  if (!isValidGs1Key(digits)) throw new Gs1Error(`SSCC ${digits} has a wrong check digit (expected ${gs1CheckDigit(digits.slice(0, 17))})`);
  return digits;
}

/** Human-readable GS1 form printed under the barcode. */
export function formatSscc(sscc: string): string {
  return `(00) ${sscc}`;
}
