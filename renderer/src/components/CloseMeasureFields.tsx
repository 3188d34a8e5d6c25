import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDevicesStore } from '../stores/devices-store';
import { ScaleReadout } from './ScaleReadout';
import type { DimensionUnit, WeightUnit } from './box-measure';
import type { CloseMeasures } from './use-close-measures';

const WEIGHT_UNITS: readonly WeightUnit[] = ['LB', 'KG'];
const DIMENSION_UNITS: readonly DimensionUnit[] = ['IN', 'CM'];

/** A unit chooser; each unit shows in lower case (lb, cm) and is sent as Amazon spells it (LB, CM). */
function UnitSelect<U extends string>(props: { label: string; name: string; className: string; units: readonly U[]; value: U; onChange: (unit: U) => void }) {
  const { label, name, className, units, value, onChange } = props;
  return (
    <label className={className}>
      {label}
      <select name={name} value={value} onChange={(e) => onChange(e.target.value as U)}>
        {units.map((unit) => (
          <option key={unit} value={unit}>
            {unit.toLowerCase()}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * A close form's row of measures: the station scale's readout (when a scale is set up) above the weight, its unit, the
 * three sides and their unit. `children` follow the sides in the same row.
 */
export function MeasureFields({ form, children }: { form: CloseMeasures; children?: ReactNode }) {
  const { t } = useTranslation();
  const { i18n, name, css } = form.look;
  const scaleLoaded = useDevicesStore((s) => s.loaded);
  const hasScale = useDevicesStore((s) => s.scaleSettings !== null);
  useEffect(() => {
    if (!scaleLoaded) void useDevicesStore.getState().load();
  }, [scaleLoaded]);

  return (
    <>
      {hasScale ? <ScaleReadout onTake={form.takeWeight} unitSwitch={false} /> : null}
      <div className={`${css}row`}>
        <label className={`${css}narrow`}>
          {t(`${i18n}.weight`)}
          <input ref={form.weightRef} name={`${name}weight`} inputMode="decimal" value={form.weight} onChange={(e) => form.setWeight(e.target.value)} autoComplete="off" />
        </label>
        <UnitSelect label={t(`${i18n}.unit`)} name={`${name}weight-unit`} className={`${css}unit`} units={WEIGHT_UNITS} value={form.weightUnit} onChange={form.setWeightUnit} />
        {(['length', 'width', 'height'] as const).map((side, i) => (
          <label key={side} className={`${css}narrow`}>
            {t(`${i18n}.${side}`)}
            <input name={`${name}${side}`} inputMode="decimal" value={form.dims[i]} onChange={(e) => form.setDim(i, e.target.value)} autoComplete="off" />
          </label>
        ))}
        <UnitSelect label={t(`${i18n}.unit`)} name={`${name}dimension-unit`} className={`${css}unit`} units={DIMENSION_UNITS} value={form.dimUnit} onChange={form.setDimUnit} />
        {children}
      </div>
    </>
  );
}

/** The size templates of the chosen unit, one button each with its Alt+1..5 key; `children` follow them. */
export function SizeTemplates({ form, children }: { form: CloseMeasures; children?: ReactNode }) {
  const { t } = useTranslation();
  const { i18n, css } = form.look;
  return (
    <div className={`${css}templates`} role="group" aria-label={t(`${i18n}.boxSizes`)}>
      {form.sizes.map((size, n) => (
        <button key={size.join('x')} type="button" className="big" onClick={() => form.applyTemplate(n)}>
          {size.join('×')} <kbd>Alt+{n + 1}</kbd>
        </button>
      ))}
      {children}
    </div>
  );
}

/** The reason the last close did not go through: a field left empty, or the station's refusal as it gave it. */
export function CloseProblem({ form, testId }: { form: CloseMeasures; testId: string }) {
  return form.error ? (
    <div role="alert" className="banner error" data-testid={testId}>
      {form.error}
    </div>
  ) : null;
}
