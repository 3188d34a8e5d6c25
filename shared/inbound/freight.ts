import { CM_PER_IN, LB_PER_KG, type DimensionUnit, type WeightUnit } from './box-limits';

/** Amazon's freight classes (Fulfillment Inbound 2024-03-20, FreightInformation.freightClass). */
export const FREIGHT_CLASSES = [
  'NONE', 'FC_50', 'FC_55', 'FC_60', 'FC_65', 'FC_70', 'FC_77_5', 'FC_85', 'FC_92_5', 'FC_100',
  'FC_110', 'FC_125', 'FC_150', 'FC_175', 'FC_200', 'FC_250', 'FC_300', 'FC_400', 'FC_500',
] as const;
export type FreightClass = (typeof FREIGHT_CLASSES)[number];

export type Stackability = 'STACKABLE' | 'NON_STACKABLE';

export interface PalletInput {
  quantity: number;
  length: number;
  width: number;
  height: number;
  dimensionUnit: DimensionUnit;
  weight: number;
  weightUnit: WeightUnit;
  stackability: Stackability;
}

export interface FreightInput {
  pallets: PalletInput[];
  freightClass: string;
  declaredValue: { amount: number; code: string };
  /** When the freight can be picked up: ISO 8601 date-time (Amazon's readyToShipWindow has a start only). */
  readyToShip: string;
}

/** Amazon's LTL pallet limits: at most 72 in (183 cm) tall including the pallet and 1,500 lb (680 kg) each. */
export const PALLET_MAX_HEIGHT_IN = 72;
export const PALLET_MAX_WEIGHT_LB = 1500;
/** Pallet labels are printed per pallet; the station prints at most this many in one job. */
export const MAX_PALLETS = 100;

export type FreightIssueCode =
  | 'NO_PALLETS'
  | 'PALLET_QUANTITY'
  | 'PALLET_SIZE'
  | 'PALLET_TOO_TALL'
  | 'PALLET_WEIGHT'
  | 'PALLET_TOO_HEAVY'
  | 'TOO_MANY_PALLETS'
  | 'FREIGHT_CLASS'
  | 'DECLARED_VALUE'
  | 'CURRENCY'
  | 'READY_TO_SHIP'
  | 'READY_TO_SHIP_PAST';

export interface FreightIssue {
  code: FreightIssueCode;
  /** The pallet line (0-based) the issue is about, when it is about one. */
  pallet?: number;
  message: string;
}

const positive = (n: number) => Number.isFinite(n) && n > 0;

/**
 * Everything wrong with a shipment's freight details, each with a specific message; empty when Amazon can be asked
 * for LTL quotes with them. `now` and `currency` (the marketplace's) are given so the rule stays pure.
 */
export function freightIssues(input: FreightInput, currency: string, now: number): FreightIssue[] {
  const issues: FreightIssue[] = [];
  if (input.pallets.length === 0) issues.push({ code: 'NO_PALLETS', message: 'Add at least one pallet line: LTL freight travels on pallets.' });
  let total = 0;
  input.pallets.forEach((p, i) => {
    const line = `Pallet line ${i + 1}`;
    if (!Number.isInteger(p.quantity) || p.quantity < 1) issues.push({ code: 'PALLET_QUANTITY', pallet: i, message: `${line}: the number of pallets must be a whole number of at least 1.` });
    else total += p.quantity;
    if (![p.length, p.width, p.height].every(positive)) issues.push({ code: 'PALLET_SIZE', pallet: i, message: `${line}: give length, width and height, each above 0.` });
    else if ((p.dimensionUnit === 'IN' ? p.height : p.height / CM_PER_IN) > PALLET_MAX_HEIGHT_IN + 1e-9) {
      issues.push({ code: 'PALLET_TOO_TALL', pallet: i, message: `${line}: ${p.height} ${p.dimensionUnit.toLowerCase()} is taller than Amazon's ${PALLET_MAX_HEIGHT_IN} in (183 cm) limit for a pallet.` });
    }
    if (!positive(p.weight)) issues.push({ code: 'PALLET_WEIGHT', pallet: i, message: `${line}: give the weight of one pallet, above 0.` });
    else if ((p.weightUnit === 'LB' ? p.weight : p.weight * LB_PER_KG) > PALLET_MAX_WEIGHT_LB + 1e-9) {
      issues.push({ code: 'PALLET_TOO_HEAVY', pallet: i, message: `${line}: ${p.weight} ${p.weightUnit.toLowerCase()} is heavier than Amazon's ${PALLET_MAX_WEIGHT_LB} lb (680 kg) limit for one pallet.` });
    }
  });
  if (total > MAX_PALLETS) issues.push({ code: 'TOO_MANY_PALLETS', message: `${total} pallets in one shipment: the station takes at most ${MAX_PALLETS}.` });
  if (!(FREIGHT_CLASSES as readonly string[]).includes(input.freightClass)) {
    issues.push({ code: 'FREIGHT_CLASS', message: `Choose a freight class (${FREIGHT_CLASSES.slice(1, 4).join(', ')} … ${FREIGHT_CLASSES.at(-1)}, or NONE).` });
  }
  if (!positive(input.declaredValue.amount)) issues.push({ code: 'DECLARED_VALUE', message: 'Give the declared value of the freight, above 0.' });
  if (input.declaredValue.code !== currency) issues.push({ code: 'CURRENCY', message: `The declared value is in ${currency}, the marketplace's currency (not ${input.declaredValue.code}).` });
  const ready = Date.parse(input.readyToShip);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(input.readyToShip) || Number.isNaN(ready)) {
    issues.push({ code: 'READY_TO_SHIP', message: 'Give the date and time the freight is ready to be picked up.' });
  } else if (ready < now - 60_000) {
    issues.push({ code: 'READY_TO_SHIP_PAST', message: `The ready-to-ship time ${input.readyToShip} is in the past.` });
  }
  return issues;
}

/** Total pallets of a shipment: what its pallet labels are printed for. */
export function palletCount(pallets: readonly Pick<PalletInput, 'quantity'>[]): number {
  return pallets.reduce((n, p) => n + p.quantity, 0);
}
