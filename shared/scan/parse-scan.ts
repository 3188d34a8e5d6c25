/**
 * One entry point for everything a scanner can send at a packing station: `parseScan(raw)` says what was
 * scanned (product identifiers, GS1 strings, Amazon box labels, tracking numbers) or exactly why it was not
 * accepted. It never throws; every input yields a ScanResult.
 */
import { splitAimIdentifier, type SymbologyId } from './aim';
import { expandUpcE, isbn10CheckCharacter, toGtin14, verifyGs1CheckDigit } from './check-digit';
import { GS, looksBracketed, parseGs1Bracketed, parseGs1ElementString, type Gs1Element, type Gs1Options } from './gs1';
import { scanError, type ScanError } from './scan-error';
import { matchTracking, type Carrier } from './tracking';

export type ScanKind = 'fnsku' | 'asin' | 'upca' | 'upce' | 'ean8' | 'ean13' | 'gtin14' | 'sscc' | 'gs1' | 'fba-box' | 'tracking' | 'unknown';

interface ScanBase {
  /** What the scanner sent, unchanged. */
  raw: string;
  /** The data after the AIM identifier and surrounding whitespace were removed. */
  data: string;
  symbology?: SymbologyId;
  /** Other readings the same data also satisfies (e.g. a 12-digit UPC-A that is also a valid FedEx number). */
  alternatives?: string[];
}

type ScanOkBody =
  | { valid: true; kind: 'fnsku' | 'asin'; value: string }
  | { valid: true; kind: 'upca' | 'ean8' | 'ean13' | 'gtin14'; value: string; gtin14: string }
  | { valid: true; kind: 'upce'; value: string; upcA: string; gtin14: string }
  | { valid: true; kind: 'sscc'; value: string; elements?: Gs1Element[] }
  | { valid: true; kind: 'gs1'; elements: Gs1Element[]; gtin14?: string; sscc?: string }
  | { valid: true; kind: 'fba-box'; value: string; shipmentId: string; boxNumber: number }
  | { valid: true; kind: 'tracking'; value: string; carrier: Carrier; service: string; postalCode?: string };

type ScanInvalidBody = { valid: false; kind: ScanKind; error: ScanError; carrier?: Carrier };

export type ScanOk = ScanBase & ScanOkBody;
export type ScanInvalid = ScanBase & ScanInvalidBody;

export type ScanResult = ScanOk | ScanInvalid;

export type ParseScanOptions = Gs1Options;

/** Longer input is refused before any work: no barcode a station reads comes close (a full GS1 DataMatrix is ~100). */
export const MAX_SCAN_LENGTH = 512;

type Draft = ScanOkBody | ScanInvalidBody;

function gtinResult(kind: 'upca' | 'ean8' | 'ean13' | 'gtin14', value: string): Draft {
  const check = verifyGs1CheckDigit(value);
  if (!check.valid) {
    const label = { upca: 'UPC-A', ean8: 'EAN-8', ean13: 'EAN-13', gtin14: 'GTIN-14' }[kind];
    return {
      valid: false,
      kind,
      error: scanError('CHECK_DIGIT', `${label} ${value} has check digit ${check.actual}, expected ${check.expected}`, {
        expected: String(check.expected),
        actual: String(check.actual),
      }),
    };
  }
  return { valid: true, kind, value, gtin14: toGtin14(value) };
}

function upceResult(value: string): Draft {
  const upcA = expandUpcE(value) as string;
  const check = verifyGs1CheckDigit(upcA);
  if (!check.valid) {
    return {
      valid: false,
      kind: 'upce',
      error: scanError('CHECK_DIGIT', `UPC-E ${value} (UPC-A ${upcA}) has check digit ${check.actual}, expected ${check.expected}`, {
        expected: String(check.expected),
        actual: String(check.actual),
      }),
    };
  }
  return { valid: true, kind: 'upce', value, upcA, gtin14: toGtin14(upcA) };
}

/**
 * Eight digits are EAN-8 or UPC-E. `]E4` says EAN-8; otherwise a number system of 0/1 that checks as UPC-E is
 * UPC-E (EAN-8 prefixes 0 and 1 are restricted-circulation and rare on retail goods), then EAN-8.
 */
function eightDigits(data: string, symbology: SymbologyId | undefined): Draft {
  if (symbology?.eanUpcVariant === 'ean8') return gtinResult('ean8', data);
  if (/^[01]/.test(data)) {
    const asUpcE = upceResult(data);
    if (asUpcE.valid || symbology?.eanUpcVariant === 'ean13-upc') return asUpcE;
    const asEan8 = gtinResult('ean8', data);
    return asEan8.valid ? asEan8 : asUpcE;
  }
  return gtinResult('ean8', data);
}

function gs1Result(elements: Gs1Element[]): Draft {
  const sscc = elements.find((e) => e.ai === '00')?.value;
  const gtin14 = elements.find((e) => e.ai === '01')?.value;
  if (elements.length === 1 && sscc !== undefined) return { valid: true, kind: 'sscc', value: sscc, elements };
  const draft: ScanOkBody & { kind: 'gs1' } = { valid: true, kind: 'gs1', elements };
  if (sscc !== undefined) draft.sscc = sscc;
  if (gtin14 !== undefined) draft.gtin14 = gtin14;
  return draft;
}

function parseGs1(data: string, options: ParseScanOptions): Draft {
  const parsed = looksBracketed(data) ? parseGs1Bracketed(data, options) : parseGs1ElementString(data, options);
  // A damaged SSCC is reported as an SSCC: that is the label the packer is holding.
  if (!parsed.ok) return { valid: false, kind: parsed.error.ai === '00' ? 'sscc' : 'gs1', error: parsed.error };
  return gs1Result(parsed.elements);
}

function trackingDraft(data: string): Draft | undefined {
  const tracking = matchTracking(data);
  if (!tracking) return undefined;
  if (!tracking.ok) return { valid: false, kind: 'tracking', carrier: tracking.carrier, error: tracking.error };
  const { carrier, service, trackingNumber, postalCode } = tracking.match;
  const draft: ScanOkBody & { kind: 'tracking' } = { valid: true, kind: 'tracking', value: trackingNumber, carrier, service };
  if (postalCode !== undefined) draft.postalCode = postalCode;
  return draft;
}

function firstBadCharacter(data: string): number {
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if ((c < 0x20 || c > 0x7e) && c !== 0x1d) return i;
  }
  return -1;
}

function unknown(data: string): Draft {
  const shape = /^\d+$/.test(data) ? `${data.length} digits` : `${data.length} characters`;
  return { valid: false, kind: 'unknown', error: scanError('UNRECOGNISED', `Not a recognised barcode (${shape}): no product, box, GS1 or tracking format fits`) };
}

function classifyDigits(data: string, symbology: SymbologyId | undefined, options: ParseScanOptions): Draft | undefined {
  switch (data.length) {
    case 8:
      return eightDigits(data, symbology);
    case 12: {
      // UPC-A is never printed as Code 128, while FedEx Express labels are.
      if (symbology?.code === 'C') return trackingDraft(data);
      const asUpc = gtinResult('upca', data);
      if (asUpc.valid || symbology?.code === 'E') return asUpc;
      return trackingDraft(data)?.valid ? trackingDraft(data) : asUpc;
    }
    case 10:
      // A valid ISBN-10 is a book ASIN; otherwise ten digits are a DHL Express waybill.
      return isbn10CheckCharacter(data) === data[9] ? { valid: true, kind: 'asin', value: data } : trackingDraft(data);
    case 13:
      return data.startsWith('0') ? gtinResult('upca', data.slice(1)) : gtinResult('ean13', data);
    case 14:
      return gtinResult('gtin14', data);
    case 18: {
      const check = verifyGs1CheckDigit(data);
      if (check.valid) return { valid: true, kind: 'sscc', value: data };
      const message = `SSCC ${data} has check digit ${check.actual}, expected ${check.expected}`;
      return { valid: false, kind: 'sscc', error: scanError('CHECK_DIGIT', message, { expected: String(check.expected), actual: String(check.actual) }) };
    }
    case 20:
      // "00" + 18 digits is an SSCC carton label whose FNC1 the scanner did not transmit.
      if (data.startsWith('00')) return parseGs1(data, options);
      return trackingDraft(data);
    default:
      return trackingDraft(data);
  }
}

function classify(data: string, symbology: SymbologyId | undefined, options: ParseScanOptions): Draft {
  if (data.startsWith('420')) {
    const impb = trackingDraft(data);
    if (impb) return impb;
  }
  if (symbology?.gs1 || data.includes(GS) || looksBracketed(data)) return parseGs1(data, options);
  // A GS1-128 read without AIM identifiers loses its FNC1; an SSCC/GTIN key AI followed by more data is still GS1.
  if (/^0[012]\d{14}/.test(data) && data.length > 16 && data.length !== 18 && data.length !== 20 && data.length !== 22) {
    const asGs1 = parseGs1(data, options);
    if (asGs1.valid) return asGs1;
  }
  if (/^\d+$/.test(data)) return classifyDigits(data, symbology, options) ?? unknown(data);
  const upper = data.toUpperCase();
  if (/^X00[0-9A-Z]{7}$/.test(upper)) return { valid: true, kind: 'fnsku', value: upper };
  if (/^B0[0-9A-Z]{8}$/.test(upper)) return { valid: true, kind: 'asin', value: upper };
  if (/^\d{9}X$/.test(upper)) {
    const expected = isbn10CheckCharacter(upper);
    if (expected === 'X') return { valid: true, kind: 'asin', value: upper };
    return { valid: false, kind: 'asin', error: scanError('CHECK_DIGIT', `ISBN-10 ASIN ${upper} has check character X, expected ${expected}`, { expected, actual: 'X' }) };
  }
  const box = /^(FBA[0-9A-Z]{6,10})U(\d{6})$/.exec(upper);
  if (box) return { valid: true, kind: 'fba-box', value: upper, shipmentId: box[1] as string, boxNumber: Number(box[2]) };
  return trackingDraft(upper) ?? unknown(data);
}

/** Other valid readings of digit strings whose shapes overlap (UPC-A vs FedEx Express, ISBN-10 vs DHL Express). */
function alternativesFor(data: string, draft: Draft): string[] | undefined {
  if (draft.valid && ((draft.kind === 'upca' && data.length === 12) || (draft.kind === 'asin' && /^\d{10}$/.test(data)))) {
    const tracking = matchTracking(data);
    if (tracking?.ok) return [`tracking:${tracking.match.carrier}`];
  }
  return undefined;
}

export function parseScan(raw: string, options: ParseScanOptions = {}): ScanResult {
  const base: ScanBase = { raw, data: '' };
  if (typeof raw !== 'string') return { ...base, raw: '', valid: false, kind: 'unknown', error: scanError('EMPTY', 'Scan is not text') };
  if (raw.length > MAX_SCAN_LENGTH) {
    return { ...base, valid: false, kind: 'unknown', error: scanError('TOO_LONG', `Scan is ${raw.length} characters; at most ${MAX_SCAN_LENGTH} are accepted`) };
  }
  const trimmed = raw.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
  if (trimmed.length === 0) return { ...base, valid: false, kind: 'unknown', error: scanError('EMPTY', 'Scan is empty') };
  const split = splitAimIdentifier(trimmed);
  if (!split.ok) return { ...base, data: trimmed, valid: false, kind: 'unknown', error: scanError('BAD_AIM', split.message) };
  const { symbology, data } = split;
  const withAim: ScanBase = symbology ? { raw, data, symbology } : { raw, data };
  if (data.length === 0) return { ...withAim, valid: false, kind: 'unknown', error: scanError('EMPTY', `Scan has an AIM identifier ${symbology?.id ?? ''} but no data`) };
  const bad = firstBadCharacter(data);
  if (bad !== -1) {
    const code = data.charCodeAt(bad).toString(16).padStart(2, '0');
    return { ...withAim, valid: false, kind: 'unknown', error: scanError('BAD_CHARACTER', `Scan has an unexpected character 0x${code} at position ${bad}`) };
  }
  const draft = classify(data, symbology, options);
  const alternatives = alternativesFor(data, draft);
  if (alternatives) withAim.alternatives = alternatives;
  // Object.assign onto the fresh base keeps raw/data first in printed JSON without a second copy.
  return Object.assign(withAim, draft) as ScanResult;
}
