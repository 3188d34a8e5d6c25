/**
 * GS1 element strings: the data of GS1-128, GS1 DataMatrix, GS1 QR and GS1 DataBar, a run of
 * application identifier (AI) + value pairs. Fixed-length values simply end; a variable-length value ends at a
 * GS (0x1D, how scanners transmit FNC1) or at the end of the data. Only the AIs a packing station meets are known;
 * any other AI is reported, not skipped, because without its length the rest of the string cannot be split.
 */
import { verifyGs1CheckDigit } from './check-digit';
import { scanError, type ScanError } from './scan-error';

export const GS = '\x1d';

type ValueFormat = 'n' | 'an' | 'date' | 'country+an';

interface AiSpec {
  title: string;
  format: ValueFormat;
  /** Exact length for predefined-length AIs. */
  fixed?: number;
  /** Maximum length for variable-length AIs. */
  max?: number;
  /** The value is a GS1 key ending in a mod-10 check digit. */
  checkDigit?: boolean;
}

const AI_SPECS: Readonly<Record<string, AiSpec>> = {
  '00': { title: 'SSCC', format: 'n', fixed: 18, checkDigit: true },
  '01': { title: 'GTIN', format: 'n', fixed: 14, checkDigit: true },
  '02': { title: 'CONTENT', format: 'n', fixed: 14, checkDigit: true },
  '10': { title: 'BATCH/LOT', format: 'an', max: 20 },
  '11': { title: 'PROD DATE', format: 'date', fixed: 6 },
  '15': { title: 'BEST BEFORE or BEST BY', format: 'date', fixed: 6 },
  '17': { title: 'USE BY or EXPIRY', format: 'date', fixed: 6 },
  '21': { title: 'SERIAL', format: 'an', max: 20 },
  '30': { title: 'VAR. COUNT', format: 'n', max: 8 },
  '37': { title: 'COUNT', format: 'n', max: 8 },
  '400': { title: 'ORDER NUMBER', format: 'an', max: 30 },
  '420': { title: 'SHIP TO POST', format: 'an', max: 20 },
  '421': { title: 'SHIP TO POST', format: 'country+an', max: 12 },
};

/** GS1 AI encodable character set 82 (General Specifications, figure 7.11-1). */
const CSET82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]+$/;

export interface Gs1Date {
  year: number;
  month: number;
  /** null when the day field is 00 ("end of month" for expiry, month only otherwise). */
  day: number | null;
  /** ISO 8601: `YYYY-MM-DD`, or `YYYY-MM` when the day is 00. */
  iso: string;
}

export interface Gs1Element {
  ai: string;
  title: string;
  value: string;
  date?: Gs1Date;
  /** For AI 421: the ISO 3166 numeric country code and the postal code. */
  country?: string;
  postalCode?: string;
}

export type Gs1Parse = { ok: true; elements: Gs1Element[] } | { ok: false; error: ScanError };

export interface Gs1Options {
  /** The year used to resolve two-digit years (GS1 sliding window); defaults to the current UTC year. */
  referenceYear?: number;
}

/**
 * GS1 General Specifications 7.12: a YY more than 50 years ahead of the reference year is in the previous
 * century, one more than 49 years behind it is in the next.
 */
export function resolveGs1Year(yy: number, referenceYear: number): number {
  const century = Math.floor(referenceYear / 100) * 100;
  const diff = yy - (referenceYear % 100);
  if (diff >= 51) return century - 100 + yy;
  if (diff <= -50) return century + 100 + yy;
  return century + yy;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function parseGs1Date(ai: string, value: string, referenceYear: number): { ok: true; date: Gs1Date } | { ok: false; error: ScanError } {
  if (!/^\d{6}$/.test(value)) return { ok: false, error: scanError('GS1_BAD_DATE', `AI (${ai}) date "${value}" is not six digits YYMMDD`, { ai }) };
  const year = resolveGs1Year(Number(value.slice(0, 2)), referenceYear);
  const month = Number(value.slice(2, 4));
  const dd = Number(value.slice(4, 6));
  if (month < 1 || month > 12) return { ok: false, error: scanError('GS1_BAD_DATE', `AI (${ai}) date "${value}" has month ${month}, not 01-12`, { ai }) };
  if (dd > daysInMonth(year, month)) {
    return { ok: false, error: scanError('GS1_BAD_DATE', `AI (${ai}) date "${value}": ${year}-${String(month).padStart(2, '0')} has no day ${dd}`, { ai }) };
  }
  const ym = `${year}-${String(month).padStart(2, '0')}`;
  const date: Gs1Date = dd === 0 ? { year, month, day: null, iso: ym } : { year, month, day: dd, iso: `${ym}-${String(dd).padStart(2, '0')}` };
  return { ok: true, date };
}

function validateValue(ai: string, spec: AiSpec, value: string, referenceYear: number): { ok: true; element: Gs1Element } | { ok: false; error: ScanError } {
  const element: Gs1Element = { ai, title: spec.title, value };
  if (value.length === 0) return { ok: false, error: scanError('GS1_BAD_LENGTH', `AI (${ai}) ${spec.title} has an empty value`, { ai }) };
  switch (spec.format) {
    case 'n':
      if (!/^\d+$/.test(value)) return { ok: false, error: scanError('GS1_BAD_VALUE', `AI (${ai}) ${spec.title} must be digits, got "${value}"`, { ai }) };
      if (spec.checkDigit) {
        const check = verifyGs1CheckDigit(value);
        if (!check.valid) {
          return {
            ok: false,
            error: scanError('CHECK_DIGIT', `AI (${ai}) ${spec.title} ${value} has check digit ${check.actual}, expected ${check.expected}`, {
              ai,
              expected: String(check.expected),
              actual: String(check.actual),
            }),
          };
        }
      }
      return { ok: true, element };
    case 'date': {
      const parsed = parseGs1Date(ai, value, referenceYear);
      if (!parsed.ok) return parsed;
      element.date = parsed.date;
      return { ok: true, element };
    }
    case 'country+an': {
      if (!/^\d{3}/.test(value) || value.length < 4) {
        return { ok: false, error: scanError('GS1_BAD_VALUE', `AI (${ai}) needs a 3-digit ISO country code followed by a postal code, got "${value}"`, { ai }) };
      }
      const postalCode = value.slice(3);
      if (!CSET82.test(postalCode)) return { ok: false, error: scanError('GS1_BAD_VALUE', `AI (${ai}) postal code "${postalCode}" has characters outside GS1 set 82`, { ai }) };
      element.country = value.slice(0, 3);
      element.postalCode = postalCode;
      return { ok: true, element };
    }
    case 'an':
      if (!CSET82.test(value)) return { ok: false, error: scanError('GS1_BAD_VALUE', `AI (${ai}) ${spec.title} "${value}" has characters outside GS1 set 82`, { ai }) };
      return { ok: true, element };
  }
}

function lookupAi(data: string, pos: number): { ai: string; spec: AiSpec } | undefined {
  for (const len of [2, 3]) {
    const ai = data.slice(pos, pos + len);
    const spec = AI_SPECS[ai];
    if (spec && ai.length === len) return { ai, spec };
  }
  return undefined;
}

/** Parses an element string transmitted with GS separators (a leading GS standing for FNC1 is allowed). */
export function parseGs1ElementString(data: string, options: Gs1Options = {}): Gs1Parse {
  const referenceYear = options.referenceYear ?? new Date().getUTCFullYear();
  const elements: Gs1Element[] = [];
  let pos = 0;
  while (pos < data.length) {
    if (data[pos] === GS) {
      pos++;
      continue;
    }
    const found = lookupAi(data, pos);
    if (!found) {
      const head = data.slice(pos, pos + 4);
      return { ok: false, error: scanError('GS1_UNKNOWN_AI', `Unknown or unsupported GS1 application identifier at "${head}" (position ${pos})`, { ai: head }) };
    }
    const { ai, spec } = found;
    pos += ai.length;
    let value: string;
    if (spec.fixed !== undefined) {
      value = data.slice(pos, pos + spec.fixed);
      if (value.length < spec.fixed || value.includes(GS)) {
        const got = value.split(GS)[0] ?? '';
        return { ok: false, error: scanError('GS1_TRUNCATED', `AI (${ai}) ${spec.title} needs ${spec.fixed} characters, got ${got.length}`, { ai }) };
      }
      pos += spec.fixed;
    } else {
      const end = data.indexOf(GS, pos);
      value = end === -1 ? data.slice(pos) : data.slice(pos, end);
      pos = end === -1 ? data.length : end + 1;
      const max = spec.max ?? 0;
      if (value.length > max) {
        return {
          ok: false,
          error: scanError('GS1_BAD_LENGTH', `AI (${ai}) ${spec.title} allows at most ${max} characters, got ${value.length} (missing GS separator?)`, { ai }),
        };
      }
    }
    const checked = validateValue(ai, spec, value, referenceYear);
    if (!checked.ok) return checked;
    const previous = elements.find((e) => e.ai === ai);
    if (previous) return { ok: false, error: scanError('GS1_DUPLICATE_AI', `AI (${ai}) appears more than once`, { ai }) };
    elements.push(checked.element);
  }
  if (elements.length === 0) return { ok: false, error: scanError('GS1_EMPTY', 'GS1 element string has no elements') };
  return { ok: true, elements };
}

/** Parses the human-readable form `(01)00012345678905(10)ABC` by rewriting it to the transmitted form. */
export function parseGs1Bracketed(text: string, options: Gs1Options = {}): Gs1Parse {
  const re = /\((\d{2,4})\)([^()]*)/gy;
  let transmitted = '';
  let consumed = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const ai = m[1] as string;
    const value = m[2] as string;
    const spec = AI_SPECS[ai];
    if (!spec) return { ok: false, error: scanError('GS1_UNKNOWN_AI', `Unknown or unsupported GS1 application identifier (${ai})`, { ai }) };
    if (spec.fixed !== undefined && value.length !== spec.fixed) {
      return { ok: false, error: scanError('GS1_BAD_LENGTH', `AI (${ai}) ${spec.title} needs ${spec.fixed} characters, got ${value.length}`, { ai }) };
    }
    transmitted += ai + value + GS;
    consumed = re.lastIndex;
  }
  if (consumed !== text.length) {
    return { ok: false, error: scanError('GS1_BAD_VALUE', `Malformed bracketed GS1 string near position ${consumed}: "${text.slice(consumed, consumed + 12)}"`) };
  }
  return parseGs1ElementString(transmitted, options);
}

/** True for `(NN)…` text that looks like the human-readable GS1 form. */
export function looksBracketed(text: string): boolean {
  return /^\(\d{2,4}\)/.test(text);
}
