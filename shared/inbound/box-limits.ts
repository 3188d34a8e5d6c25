import { MARKETPLACES } from '../marketplaces';

export type WeightUnit = 'LB' | 'KG';
export type DimensionUnit = 'IN' | 'CM';

export interface BoxMeasure {
  weight: { value: number; unit: WeightUnit };
  dimensions: { length: number; width: number; height: number; unit: DimensionUnit };
  /** Units in the box; a single unit may exceed the limits (an oversize item shipped in its own box). */
  units: number;
}

export type BoxIssueCode = 'EMPTY_BOX' | 'NO_WEIGHT' | 'NO_DIMENSIONS' | 'OVERWEIGHT' | 'SIDE_TOO_LONG' | 'HEAVY_LABEL' | 'TEAM_LIFT' | 'MECH_LIFT';

export interface BoxIssue {
  code: BoxIssueCode;
  message: string;
}

export interface BoxLimits {
  maxWeightKg: number;
  maxSideCm: number;
  /** Above this a "heavy package" label is required (EU). */
  heavyLabelKg: number | null;
  /** Printed limits in the marketplace's own units, for messages. */
  describe: { weight: string; side: string; heavy?: string };
}

export const LB_PER_KG = 2.20462262185;
export const CM_PER_IN = 2.54;

export const toKg = (w: BoxMeasure['weight']) => (w.unit === 'KG' ? w.value : w.value / LB_PER_KG);
export const toCm = (value: number, unit: DimensionUnit) => (unit === 'CM' ? value : value * CM_PER_IN);

const US_LIMITS: BoxLimits = {
  maxWeightKg: 50 / LB_PER_KG,
  maxSideCm: 25 * CM_PER_IN,
  heavyLabelKg: null,
  describe: { weight: '50 lb', side: '25 in' },
};

const EU_LIMITS: BoxLimits = {
  maxWeightKg: 23,
  maxSideCm: 63.5,
  heavyLabelKg: 15,
  describe: { weight: '23 kg', side: '63.5 cm', heavy: '15 kg' },
};

/** Amazon's box limits for a destination marketplace: the US's in pounds and inches, Europe's and the rest in kilograms and centimetres. */
export function boxLimitsFor(marketplaceId: string): BoxLimits {
  const marketplace = MARKETPLACES[marketplaceId];
  return marketplace?.country === 'US' ? US_LIMITS : EU_LIMITS;
}

/**
 * Checks a closed box against Amazon's limits. Errors stop the box from closing; warnings tell the packer to add
 * a label (heavy package, team lift). A box holding a single unit may exceed the weight and side limits.
 */
export function checkBox(box: BoxMeasure, marketplaceId: string): { errors: BoxIssue[]; warnings: BoxIssue[] } {
  const limits = boxLimitsFor(marketplaceId);
  const errors: BoxIssue[] = [];
  const warnings: BoxIssue[] = [];
  const { length, width, height, unit } = box.dimensions;
  if (box.units <= 0) errors.push({ code: 'EMPTY_BOX', message: 'The box is empty: scan at least one item into it.' });
  if (!(box.weight.value > 0)) errors.push({ code: 'NO_WEIGHT', message: 'The box has no weight: put it on the scale or type its weight.' });
  if (!(length > 0 && width > 0 && height > 0)) {
    errors.push({ code: 'NO_DIMENSIONS', message: 'The box needs a length, width and height: choose a box size or type them.' });
  }
  const single = box.units === 1;
  const kg = toKg(box.weight);
  const shown = `${box.weight.value} ${box.weight.unit.toLowerCase()}`;
  if (kg > limits.maxWeightKg + 1e-9 && !single) {
    errors.push({
      code: 'OVERWEIGHT',
      message: `The box weighs ${shown}; Amazon accepts at most ${limits.describe.weight} per box unless it holds a single oversize item. Split the contents into two boxes.`,
    });
  }
  const longest = Math.max(length, width, height);
  if (toCm(longest, unit) > limits.maxSideCm + 1e-9 && !single) {
    errors.push({
      code: 'SIDE_TOO_LONG',
      message: `A side of ${longest} ${unit.toLowerCase()} is longer than Amazon's ${limits.describe.side} per side unless the box holds a single oversize item. Use a smaller box.`,
    });
  }
  if (limits.heavyLabelKg !== null && kg > limits.heavyLabelKg) {
    warnings.push({ code: 'HEAVY_LABEL', message: `Over ${limits.describe.heavy}: put a "heavy package" label on the top and sides of this box.` });
  }
  if (limits === US_LIMITS && single) {
    const lb = kg * LB_PER_KG;
    if (lb > 100) warnings.push({ code: 'MECH_LIFT', message: 'Over 100 lb: this box needs a "Mechanical lift" label.' });
    else if (lb > 50) warnings.push({ code: 'TEAM_LIFT', message: 'Over 50 lb: this box needs a "Team lift" label.' });
  }
  return { errors, warnings };
}
