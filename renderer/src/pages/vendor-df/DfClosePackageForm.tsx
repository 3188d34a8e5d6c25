import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDfPackingStore, type PackageSize } from '../../stores/df-packing-store';
import { useAltShortcut } from '../../components/use-shortcut';
import { ScaleReadout } from '../../components/ScaleReadout';
import { useDevicesStore } from '../../stores/devices-store';
import type { Weight } from '../../../../shared/scale/weight';
import { positiveNumber as positive, weightFieldFrom } from '../../components/box-measure';

type WeightUnit = 'LB' | 'KG';
type DimensionUnit = PackageSize['unit'];

/** Common shipping carton sizes, so most packages need one key press for their size. */
const TEMPLATES: Record<DimensionUnit, [number, number, number][]> = {
  IN: [
    [8, 6, 4],
    [10, 8, 6],
    [12, 9, 6],
    [14, 10, 8],
    [18, 14, 12],
  ],
  CM: [
    [20, 15, 10],
    [25, 20, 15],
    [30, 23, 15],
    [35, 25, 20],
    [45, 35, 30],
  ],
};


/** Closing a package: its weight and size, typed or from a template. The station checks the values and says what is wrong. */
export function DfClosePackageForm({ packageId, number }: { packageId: string; number: number }) {
  const { t } = useTranslation();
  const closePackage = useDfPackingStore((s) => s.closePackage);
  const lastSize = useDfPackingStore((s) => s.lastSize);
  const [weight, setWeight] = useState('');
  const [weightUnit, setWeightUnit] = useState<WeightUnit>(lastSize?.unit === 'CM' ? 'KG' : 'LB');
  const [dims, setDims] = useState<[string, string, string]>(lastSize ? [String(lastSize.length), String(lastSize.width), String(lastSize.height)] : ['', '', '']);
  const [dimUnit, setDimUnit] = useState<DimensionUnit>(lastSize?.unit ?? 'IN');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const weightRef = useRef<HTMLInputElement>(null);
  const scaleLoaded = useDevicesStore((s) => s.loaded);
  const hasScale = useDevicesStore((s) => s.scaleSettings !== null);

  useEffect(() => {
    if (!scaleLoaded) void useDevicesStore.getState().load();
  }, [scaleLoaded]);
  /** The scale's stable reading, in the package's pounds or kilograms. */
  const takeWeight = (reading: Weight) => {
    const field = weightFieldFrom(reading);
    setWeight(field.text);
    setWeightUnit(field.unit);
  };

  const applyTemplate = (n: number) => {
    const size = TEMPLATES[dimUnit][n];
    if (size) setDims([String(size[0]), String(size[1]), String(size[2])]);
  };
  useAltShortcut('Digit1', () => applyTemplate(0));
  useAltShortcut('Digit2', () => applyTemplate(1));
  useAltShortcut('Digit3', () => applyTemplate(2));
  useAltShortcut('Digit4', () => applyTemplate(3));
  useAltShortcut('Digit5', () => applyTemplate(4));

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    const value = positive(weight);
    const [length, width, height] = dims.map(positive);
    if (value === null) {
      setError(t('df.weightNeeded'));
      weightRef.current?.focus();
      return;
    }
    if (!length || !width || !height) {
      setError(t('df.sizeNeeded'));
      return;
    }
    setBusy(true);
    const problem = await closePackage(packageId, { value, unit: weightUnit }, { length, width, height, unit: dimUnit });
    setBusy(false);
    setError(problem);
  };

  // The first Alt+C goes to the weight field; once a weight is typed, Alt+C closes the package.
  useAltShortcut('KeyC', () => {
    if (!weight) weightRef.current?.focus();
    else void submit();
  });

  return (
    <form className="df-close" onSubmit={submit} aria-label={t('df.closePackageForm', { n: number })}>
      {hasScale ? <ScaleReadout onTake={takeWeight} unitSwitch={false} /> : null}
      <div className="df-row">
        <label className="df-narrow">
          {t('df.weight')}
          <input ref={weightRef} name="df-weight" inputMode="decimal" value={weight} onChange={(e) => setWeight(e.target.value)} autoComplete="off" />
        </label>
        <label className="df-unit">
          {t('df.unit')}
          <select name="df-weight-unit" value={weightUnit} onChange={(e) => setWeightUnit(e.target.value as WeightUnit)}>
            <option value="LB">lb</option>
            <option value="KG">kg</option>
          </select>
        </label>
        {(['length', 'width', 'height'] as const).map((side, i) => (
          <label key={side} className="df-narrow">
            {t(`df.${side}`)}
            <input
              name={`df-${side}`}
              inputMode="decimal"
              value={dims[i]}
              onChange={(e) => setDims((d) => d.map((v, j) => (j === i ? e.target.value : v)) as [string, string, string])}
              autoComplete="off"
            />
          </label>
        ))}
        <label className="df-unit">
          {t('df.unit')}
          <select name="df-dimension-unit" value={dimUnit} onChange={(e) => setDimUnit(e.target.value as DimensionUnit)}>
            <option value="IN">in</option>
            <option value="CM">cm</option>
          </select>
        </label>
      </div>
      <div className="df-templates" role="group" aria-label={t('df.boxSizes')}>
        {TEMPLATES[dimUnit].map((size, n) => (
          <button key={size.join('x')} type="button" className="big" onClick={() => applyTemplate(n)}>
            {size.join('×')} <kbd>Alt+{n + 1}</kbd>
          </button>
        ))}
        <button type="submit" className="big primary df-close-button" disabled={busy}>
          {t('df.closePackage')} <kbd>Alt+C</kbd>
        </button>
      </div>
      {error ? (
        <div role="alert" className="banner error" data-testid="df-close-error">
          {error}
        </div>
      ) : null}
    </form>
  );
}
