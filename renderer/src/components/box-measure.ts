import { convertWeight, formatDecimal, type Weight } from '../../../shared/scale/weight';

export type WeightUnit = 'LB' | 'KG';
export type DimensionUnit = 'IN' | 'CM';
/** Length, width and height of a carton size, in the unit it is listed under. */
export type SizeTemplate = readonly [number, number, number];
/** The three size fields of a close form, as typed. */
export type SizeFields = [string, string, string];

/** What a close form sends once its fields read right: Amazon takes weight and size in these units. */
export interface Measures {
  weight: { value: number; unit: WeightUnit };
  dimensions: { length: number; width: number; height: number; unit: DimensionUnit };
}

/** A typed positive number, accepting a decimal comma as packers in Europe and China type it; null otherwise. */
export function positiveNumber(text: string): number | null {
  const n = Number(text.replace(',', '.'));
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** A stable scale reading as the text and unit of a close form's weight field: kilograms for metric scales, else pounds. */
export function weightFieldFrom(reading: Weight): { text: string; unit: WeightUnit } {
  const metric = reading.unit === 'kg' || reading.unit === 'g';
  return { text: formatDecimal(convertWeight(reading, metric ? 'kg' : 'lb')), unit: metric ? 'KG' : 'LB' };
}

type Size = { length: number; width: number; height: number };

function isTemplate(size: Size | SizeTemplate): size is SizeTemplate {
  return Array.isArray(size);
}

/** The size fields filled from a size (the last one closed, or a template); empty when there is none. */
export function sizeFieldsFrom(size: Size | SizeTemplate | null | undefined): SizeFields {
  if (!size) return ['', '', ''];
  const [length, width, height] = isTemplate(size) ? size : [size.length, size.width, size.height];
  return [String(length), String(width), String(height)];
}

/**
 * A close form's fields read as measures, or which of them is missing. The weight is judged first, because the form
 * sends the packer back to the weight field when it is the one missing.
 */
export function readMeasures(
  weight: string,
  weightUnit: WeightUnit,
  size: SizeFields,
  dimensionUnit: DimensionUnit,
): { measures: Measures } | { missing: 'weight' | 'size' } {
  const value = positiveNumber(weight);
  if (value === null) return { missing: 'weight' };
  const [length, width, height] = size.map(positiveNumber);
  if (!length || !width || !height) return { missing: 'size' };
  return { measures: { weight: { value, unit: weightUnit }, dimensions: { length, width, height, unit: dimensionUnit } } };
}
