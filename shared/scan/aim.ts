/**
 * AIM symbology identifiers (ISO/IEC 15424): `]` + code character + modifier character, sent by a scanner in
 * front of the data when it is configured to. They tell which barcode was read and, for GS1 modes, that the
 * data is a GS1 element string whose leading FNC1 was consumed by the reader.
 */

const SYMBOLOGIES: Readonly<Record<string, string>> = {
  A: 'Code 39',
  B: 'Telepen',
  C: 'Code 128',
  D: 'Code One',
  E: 'EAN/UPC',
  F: 'Codabar',
  G: 'Code 93',
  H: 'Code 11',
  I: 'Interleaved 2 of 5',
  K: 'Code 16K',
  L: 'PDF417',
  M: 'MSI',
  N: 'Anker',
  O: 'Codablock',
  P: 'Plessey',
  Q: 'QR Code',
  R: 'Straight 2 of 5 (2 bar start/stop)',
  S: 'Straight 2 of 5 (3 bar start/stop)',
  T: 'Code 49',
  U: 'MaxiCode',
  X: 'Other',
  Z: 'Non-barcode',
  d: 'Data Matrix',
  e: 'GS1 DataBar',
  h: 'Han Xin',
  J: 'DotCode',
  o: 'OCR',
  z: 'Aztec',
};

/** Identifier/modifier pairs whose data is a GS1 element string (FNC1 in first position). */
const GS1_MODES = new Set([']C1', ']d2', ']Q3', ']e0', ']J1', ']z1', ']I1']);

export interface SymbologyId {
  /** The three-character identifier as sent, e.g. `]C1`. */
  id: string;
  code: string;
  modifier: string;
  name: string;
  /** True when the data that follows is a GS1 element string. */
  gs1: boolean;
  /** For `]E…`: which EAN/UPC variant (`]E0` EAN-13/UPC-A/UPC-E, `]E4` EAN-8, `]E1`/`]E2` add-ons, `]E3` combined). */
  eanUpcVariant?: 'ean13-upc' | 'ean8' | 'addon' | 'combined';
}

export type AimSplit = { ok: true; symbology: SymbologyId | undefined; data: string } | { ok: false; message: string };

const EAN_VARIANTS: Readonly<Record<string, SymbologyId['eanUpcVariant']>> = {
  '0': 'ean13-upc',
  '1': 'addon',
  '2': 'addon',
  '3': 'combined',
  '4': 'ean8',
};

/**
 * Splits a leading AIM identifier off `raw`. Data that does not start with `]` has none; a `]` followed by an
 * unknown code character or a missing modifier is rejected rather than guessed, because treating it as data
 * would misclassify the scan.
 */
export function splitAimIdentifier(raw: string): AimSplit {
  if (!raw.startsWith(']')) return { ok: true, symbology: undefined, data: raw };
  if (raw.length < 3) return { ok: false, message: `"${raw}" is a truncated AIM symbology identifier (expected ]<code><modifier>)` };
  const code = raw[1] as string;
  const modifier = raw[2] as string;
  const name = SYMBOLOGIES[code];
  if (!name) return { ok: false, message: `Unknown AIM symbology code "${code}" in identifier "]${code}${modifier}"` };
  if (!/^[0-9A-Za-z]$/.test(modifier)) {
    return { ok: false, message: `Invalid AIM modifier "${modifier}" in identifier "]${code}${modifier}"` };
  }
  const id = `]${code}${modifier}`;
  const symbology: SymbologyId = { id, code, modifier, name, gs1: GS1_MODES.has(id) };
  if (code === 'E') {
    const variant = EAN_VARIANTS[modifier];
    if (variant) symbology.eanUpcVariant = variant;
  }
  return { ok: true, symbology, data: raw.slice(3) };
}
