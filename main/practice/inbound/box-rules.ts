import type { Catalogue } from '../catalogue';
import type { OperationProblem } from './async-operations';
import type { BoxRecord, PlanItem } from './model';

const LB_PER_KG = 2.20462;
const IN_PER_CM = 1 / 2.54;

export const US_BOX_LIMITS = { maxWeightLb: 50, maxSideIn: 25 } as const;

export function weightLb(weight: BoxRecord['weight']): number {
  return weight.unit === 'LB' ? weight.value : weight.value * LB_PER_KG;
}

export function sidesIn(d: BoxRecord['dimensions']): number[] {
  const f = d.unitOfMeasurement === 'IN' ? 1 : IN_PER_CM;
  return [d.length * f, d.width * f, d.height * f];
}

/**
 * Amazon's US box limits: 50 lb and 25 in per side, unless the box holds a single oversize unit.
 * `label` names the box in the message, e.g. "box 3 of packing group pg…".
 */
export function boxLimitProblems(box: Pick<BoxRecord, 'weight' | 'dimensions' | 'items'>, label: string, catalogue: Catalogue): OperationProblem[] {
  const units = box.items.reduce((n, i) => n + i.quantity, 0);
  const single = units === 1 ? catalogue.get(box.items[0]?.msku ?? '') : undefined;
  if (single?.oversize) return [];
  const problems: OperationProblem[] = [];
  const lb = weightLb(box.weight);
  if (lb > US_BOX_LIMITS.maxWeightLb) {
    problems.push({ code: 'FBA_INB_0150', severity: 'ERROR', message: `${label} weighs ${lb.toFixed(1)} lb; boxes may weigh at most 50 lb unless they hold one oversize unit.` });
  }
  const longest = Math.max(...sidesIn(box.dimensions));
  if (longest > US_BOX_LIMITS.maxSideIn) {
    problems.push({ code: 'FBA_INB_0151', severity: 'ERROR', message: `${label} has a ${longest.toFixed(1)} in side; box sides may be at most 25 in unless they hold one oversize unit.` });
  }
  return problems;
}

/** Compares what the boxes hold with what was expected, per MSKU. */
export function contentMismatchProblems(expected: Map<string, number>, packed: Map<string, number>, label: string): OperationProblem[] {
  const problems: OperationProblem[] = [];
  for (const msku of new Set([...expected.keys(), ...packed.keys()])) {
    const want = expected.get(msku) ?? 0;
    const got = packed.get(msku) ?? 0;
    if (want === 0) problems.push({ code: 'FBA_INB_0181', severity: 'ERROR', message: `${label}: MSKU ${msku} is in the boxes but not in ${label}.`, details: msku });
    else if (want !== got) problems.push({ code: 'FBA_INB_0180', severity: 'ERROR', message: `${label}: MSKU ${msku} has ${got} units in boxes, expected ${want}.`, details: msku });
  }
  return problems;
}

export function packedTotals(boxes: readonly { items: PlanItem[]; quantity: number }[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const box of boxes) for (const item of box.items) totals.set(item.msku, (totals.get(item.msku) ?? 0) + item.quantity * box.quantity);
  return totals;
}
