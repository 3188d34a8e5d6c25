/**
 * Carrier tracking numbers as printed in the carriers' label barcodes. Each rule has a shape and, where the
 * carrier defines one, a check digit; a number of the right shape with a wrong check digit is reported as a
 * CHECK_DIGIT error for that carrier rather than dropped, so a damaged label is caught at the bench.
 */
import { gs1CheckDigit } from './check-digit';
import { GS } from './gs1';
import { scanError, type ScanError } from './scan-error';

export type Carrier = 'ups' | 'fedex' | 'usps' | 'dhl' | 'amazon';

export interface TrackingMatch {
  carrier: Carrier;
  service: string;
  trackingNumber: string;
  /** Destination ZIP from a `420` routing prefix (USPS IMpb). */
  postalCode?: string;
}

export type TrackingResult =
  | { ok: true; match: TrackingMatch }
  | { ok: false; carrier: Carrier; service: string; trackingNumber: string; error: ScanError };

interface CheckOutcome {
  expected: number;
  actual: number;
}

/** UPS 1Z: letters map to digits by (code - 63) mod 10; odd positions weigh 1, even positions 2. */
export function upsCheckDigit(body15: string): number {
  let sum = 0;
  for (let i = 0; i < body15.length; i++) {
    const c = body15.charCodeAt(i);
    const v = c >= 48 && c <= 57 ? c - 48 : (c - 63) % 10;
    sum += i % 2 === 1 ? v * 2 : v;
  }
  return (10 - (sum % 10)) % 10;
}

/** FedEx Express 12-digit: weights 3,1,7 repeating from the left over 11 digits, sum mod 11, then mod 10. */
export function fedexExpressCheckDigit(body11: string): number {
  const weights = [3, 1, 7];
  let sum = 0;
  for (let i = 0; i < body11.length; i++) sum += (body11.charCodeAt(i) - 48) * (weights[i % 3] as number);
  return (sum % 11) % 10;
}

/** DHL Express 10-digit waybill: the first nine digits as a number, mod 7. */
export function dhlCheckDigit(body9: string): number {
  return Number(body9) % 7;
}

function outcome(full: string, expected: number): CheckOutcome {
  return { expected, actual: full.charCodeAt(full.length - 1) - 48 };
}

function result(carrier: Carrier, service: string, trackingNumber: string, check: CheckOutcome | null, postalCode?: string): TrackingResult {
  if (check && check.expected !== check.actual) {
    const shown = String.fromCharCode(48 + check.actual);
    return {
      ok: false,
      carrier,
      service,
      trackingNumber,
      error: scanError('CHECK_DIGIT', `${service} tracking number ${trackingNumber} has check digit ${shown}, expected ${check.expected}`, {
        expected: String(check.expected),
        actual: shown,
      }),
    };
  }
  const match: TrackingMatch = { carrier, service, trackingNumber };
  if (postalCode !== undefined) match.postalCode = postalCode;
  return { ok: true, match };
}

function usps(digits: string, postalCode?: string): TrackingResult {
  return result('usps', 'USPS', digits, outcome(digits, gs1CheckDigit(digits.slice(0, -1))), postalCode);
}

/** A USPS IMpb with its `420` + ZIP routing prefix, with or without the GS after the ZIP. */
function impbWithRouting(data: string): TrackingResult | undefined {
  const gsAt = data.indexOf(GS);
  if (gsAt !== -1) {
    const zip = data.slice(3, gsAt);
    const tracking = data.slice(gsAt + 1);
    if (/^(\d{5}|\d{9})$/.test(zip) && /^\d{20,22}$/.test(tracking)) return usps(tracking, zip);
    return undefined;
  }
  if (!/^420\d+$/.test(data)) return undefined;
  // Without a separator the ZIP length follows from the total: 420+5+(20..22) = 28..30, 420+9+(20..22) = 32..34.
  if (data.length >= 28 && data.length <= 30) return usps(data.slice(8), data.slice(3, 8));
  if (data.length >= 32 && data.length <= 34) return usps(data.slice(12), data.slice(3, 12));
  return undefined;
}

/**
 * Classifies `data` (upper-case, no spaces, may hold GS only in a 420 prefix) as a tracking number.
 * Returns undefined when no carrier's shape fits. Digit-only 12- and 20-digit shapes overlap with UPC-A and
 * SSCC; the caller decides those first and uses this for the rest.
 */
export function matchTracking(data: string): TrackingResult | undefined {
  if (/^1Z[0-9A-Z]{16}$/.test(data)) return result('ups', 'UPS', data, outcome(data, upsCheckDigit(data.slice(2, 17))));
  if (/^TBA\d{12}$/.test(data)) return result('amazon', 'Amazon Logistics', data, null);
  if (/^JJD\d{9,20}$/.test(data)) return result('dhl', 'DHL Parcel', data, null);
  if (data.startsWith('420')) {
    const impb = impbWithRouting(data);
    if (impb) return impb;
  }
  if (data.includes(GS) || !/^\d+$/.test(data)) return undefined;
  switch (data.length) {
    case 10:
      return result('dhl', 'DHL Express', data, outcome(data, dhlCheckDigit(data.slice(0, 9))));
    case 12:
      return result('fedex', 'FedEx Express', data, outcome(data, fedexExpressCheckDigit(data.slice(0, 11))));
    case 15:
      return result('fedex', 'FedEx Ground', data, outcome(data, gs1CheckDigit(data.slice(0, 14))));
    case 20: {
      const asUsps = usps(data);
      if (asUsps.ok) return asUsps;
      // FedEx SmartPost prints 20 digits whose check digit covers an implied leading "92".
      const smartPost = result('fedex', 'FedEx SmartPost', data, outcome(data, gs1CheckDigit('92' + data.slice(0, -1))));
      return smartPost.ok ? smartPost : asUsps;
    }
    case 22:
      if (data.startsWith('96')) return result('fedex', 'FedEx Ground 96', data, outcome(data, gs1CheckDigit(data.slice(7, 21))));
      if (/^9[1-5]/.test(data)) return usps(data);
      return undefined;
    default:
      return undefined;
  }
}
