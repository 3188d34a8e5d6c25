import { convertWeight, formatDecimal, type Weight } from '../../../shared/scale/weight';

/** A typed positive number, accepting a decimal comma as packers in Europe and China type it; null otherwise. */
export function positiveNumber(text: string): number | null {
  const n = Number(text.replace(',', '.'));
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** A stable scale reading as the text and unit of a close form's weight field: kilograms for metric scales, else pounds. */
export function weightFieldFrom(reading: Weight): { text: string; unit: 'LB' | 'KG' } {
  const metric = reading.unit === 'kg' || reading.unit === 'g';
  return { text: formatDecimal(convertWeight(reading, metric ? 'kg' : 'lb')), unit: metric ? 'KG' : 'LB' };
}
