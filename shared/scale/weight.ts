/**
 * Weights as integers in the scale's own resolution: `increments × 10^exponent unit`. A scale that reads to
 * 0.002 kg reports 1.234 kg as { increments: 1234, exponent: -3, unit: 'kg' }. Arithmetic and conversion use
 * BigInt on exact unit definitions (1 lb = 0.45359237 kg by law, 1 oz = 1/16 lb), so no floating-point error
 * creeps into a shipping weight.
 */

export type WeightUnit = 'g' | 'kg' | 'oz' | 'lb';

export const WEIGHT_UNITS: readonly WeightUnit[] = ['g', 'kg', 'oz', 'lb'];

export interface Weight {
  increments: number;
  exponent: number;
  unit: WeightUnit;
}

/** Nanograms per unit: the largest common grain that makes all four units whole numbers. */
const NANOGRAMS: Readonly<Record<WeightUnit, bigint>> = {
  g: 1_000_000_000n,
  kg: 1_000_000_000_000n,
  lb: 453_592_370_000n,
  oz: 28_349_523_125n,
};

const UNIT_ALIASES: Readonly<Record<string, WeightUnit>> = {
  g: 'g',
  gr: 'g',
  kg: 'kg',
  oz: 'oz',
  lb: 'lb',
  lbs: 'lb',
};

/** Reads a unit as scales print it (`kg`, `KG`, `lb`, `LBS`, `oz`, `g`), or undefined. */
export function parseUnit(text: string): WeightUnit | undefined {
  return UNIT_ALIASES[text.trim().toLowerCase()];
}

const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** Parses a decimal as printed by a scale (`-0012.340`, `+1.5`, `3`) keeping its resolution, or undefined. */
export function parseDecimal(text: string, unit: WeightUnit): Weight | undefined {
  const m = /^([+-])?\s*(\d{1,12})(?:\.(\d{0,9}))?$/.exec(text.trim());
  if (!m) return undefined;
  const fraction = m[3] ?? '';
  const magnitude = Number((m[2] as string) + fraction);
  if (!Number.isSafeInteger(magnitude)) return undefined;
  return { increments: m[1] === '-' && magnitude !== 0 ? -magnitude : magnitude, exponent: fraction.length === 0 ? 0 : -fraction.length, unit };
}

function roundDiv(num: bigint, den: bigint): bigint {
  const negative = num < 0n !== den < 0n;
  const n = num < 0n ? -num : num;
  const d = den < 0n ? -den : den;
  const q = (n + d / 2n) / d;
  return negative ? -q : q;
}

/**
 * The exponent in `to` whose step is the largest power of ten not coarser than one increment of `from`, so a
 * converted weight never claims more than one extra decade of precision and never hides a step.
 */
export function resolutionExponent(from: WeightUnit, fromExponent: number, to: WeightUnit): number {
  // step(from) in `to` units = 10^fromExponent × NG[from] / NG[to]; find the largest e with 10^e <= that.
  let e = fromExponent + 12;
  const stepNum = NANOGRAMS[from];
  const stepDen = NANOGRAMS[to];
  const fits = (x: number) => {
    const lhs = x - fromExponent >= 0 ? pow10(x - fromExponent) * stepDen : stepDen;
    const rhs = x - fromExponent >= 0 ? stepNum : stepNum * pow10(fromExponent - x);
    return lhs <= rhs;
  };
  while (!fits(e)) e--;
  return e;
}

/** Converts to `to`, rounding half away from zero at `exponent` (default: see resolutionExponent). */
export function convertWeight(weight: Weight, to: WeightUnit, exponent = resolutionExponent(weight.unit, weight.exponent, to)): Weight {
  // value_ng = increments × 10^exp × NG[from]; target increments = value_ng / (NG[to] × 10^exponent)
  let num = BigInt(weight.increments) * NANOGRAMS[weight.unit];
  let den = NANOGRAMS[to];
  if (weight.exponent >= 0) num *= pow10(weight.exponent);
  else den *= pow10(-weight.exponent);
  if (exponent >= 0) den *= pow10(exponent);
  else num *= pow10(-exponent);
  return { increments: Number(roundDiv(num, den)), exponent, unit: to };
}

/** Exact decimal text, e.g. `1.234`, `-0.05`, `120`. */
export function formatDecimal(weight: Pick<Weight, 'increments' | 'exponent'>): string {
  const negative = weight.increments < 0;
  const digits = String(Math.abs(weight.increments));
  let text: string;
  if (weight.exponent >= 0) text = digits + '0'.repeat(weight.exponent);
  else {
    const places = -weight.exponent;
    const padded = digits.padStart(places + 1, '0');
    text = `${padded.slice(0, -places)}.${padded.slice(-places)}`;
  }
  return negative ? `-${text}` : text;
}

export function formatWeight(weight: Weight): string {
  return `${formatDecimal(weight)} ${weight.unit}`;
}

/** Same quantity in the same unit, whatever the exponent (1.20 kg equals 1.2 kg). */
export function sameWeight(a: Weight, b: Weight): boolean {
  if (a.unit !== b.unit) return false;
  const e = Math.min(a.exponent, b.exponent);
  return BigInt(a.increments) * pow10(a.exponent - e) === BigInt(b.increments) * pow10(b.exponent - e);
}

/** A float for charts and comparisons only; never for what is sent to a carrier. */
export function weightToNumber(weight: Weight): number {
  return Number(formatDecimal(weight));
}
