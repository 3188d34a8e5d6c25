import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Weight } from '../../../shared/scale/weight';
import { useAltShortcut } from './use-shortcut';
import {
  readMeasures,
  sizeFieldsFrom,
  weightFieldFrom,
  type DimensionUnit,
  type Measures,
  type SizeFields,
  type SizeTemplate,
  type WeightUnit,
} from './box-measure';

/**
 * Where a close form's fields differ between screens: the strings' area (`inbound.weight`, `df.weight`), the
 * fields' name prefix (`weight`, `df-weight`) and the CSS class prefix (`row`, `df-row`). Pages and e2e tests find
 * the fields by these, so each screen keeps its own.
 */
export interface CloseFormLook {
  i18n: 'inbound' | 'df' | 'retail';
  name: '' | 'df-' | 'retail-';
  css: '' | 'df-';
}

export interface CloseMeasuresOptions {
  look: CloseFormLook;
  weightUnit: WeightUnit;
  /** The size the fields start with, such as the last one closed at this station. */
  size?: { length: number; width: number; height: number } | null;
  dimensionUnit: DimensionUnit;
  /** Five common sizes per unit, put in the size fields by Alt+1..5; a form without them has no such keys. */
  templates?: Record<DimensionUnit, readonly SizeTemplate[]>;
  /** Closes the box with the measures read from the fields; the station's refusal, or null once closed. */
  close: (measures: Measures) => Promise<string | null>;
}

/**
 * The weight and size of a box, package or carton being closed: its fields' state, the scale reading taken into the
 * weight, size templates on Alt+1..5, and Alt+C, which goes to the weight field while it is empty and closes after.
 */
export function useCloseMeasures({ look, weightUnit: startWeightUnit, size, dimensionUnit, templates, close }: CloseMeasuresOptions) {
  const { t } = useTranslation();
  const [weight, setWeight] = useState('');
  const [weightUnit, setWeightUnit] = useState<WeightUnit>(startWeightUnit);
  const [dims, setDims] = useState<SizeFields>(() => sizeFieldsFrom(size));
  const [dimUnit, setDimUnit] = useState<DimensionUnit>(dimensionUnit);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const weightRef = useRef<HTMLInputElement>(null);
  const sizes = templates?.[dimUnit] ?? [];

  /** The scale's stable reading, in pounds or kilograms as Amazon takes them. */
  const takeWeight = (reading: Weight) => {
    const field = weightFieldFrom(reading);
    setWeight(field.text);
    setWeightUnit(field.unit);
  };
  const setDim = (index: number, text: string) => setDims((d) => d.map((v, j) => (j === index ? text : v)) as SizeFields);
  const applyTemplate = (n: number) => {
    const template = sizes[n];
    if (template) setDims(sizeFieldsFrom(template));
  };
  const hasTemplates = templates !== undefined;
  useAltShortcut('Digit1', () => applyTemplate(0), hasTemplates);
  useAltShortcut('Digit2', () => applyTemplate(1), hasTemplates);
  useAltShortcut('Digit3', () => applyTemplate(2), hasTemplates);
  useAltShortcut('Digit4', () => applyTemplate(3), hasTemplates);
  useAltShortcut('Digit5', () => applyTemplate(4), hasTemplates);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    const read = readMeasures(weight, weightUnit, dims, dimUnit);
    if ('missing' in read) {
      setError(t(read.missing === 'weight' ? `${look.i18n}.weightNeeded` : `${look.i18n}.sizeNeeded`));
      if (read.missing === 'weight') weightRef.current?.focus();
      return;
    }
    setBusy(true);
    const problem = await close(read.measures);
    setBusy(false);
    setError(problem);
  };

  // The first Alt+C goes to the weight field; once a weight is typed, Alt+C closes.
  useAltShortcut('KeyC', () => {
    if (!weight) weightRef.current?.focus();
    else void submit();
  });

  return { look, weight, setWeight, weightUnit, setWeightUnit, dims, setDim, dimUnit, setDimUnit, sizes, applyTemplate, takeWeight, weightRef, error, busy, submit };
}

export type CloseMeasures = ReturnType<typeof useCloseMeasures>;
