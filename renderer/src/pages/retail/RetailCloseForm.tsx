import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetailContainer } from '../../../../shared/ipc/retail';
import { useRetailPackingStore } from '../../stores/retail-packing-store';
import { useAltShortcut } from '../../components/use-shortcut';
import { ScaleReadout } from '../../components/ScaleReadout';
import { useDevicesStore } from '../../stores/devices-store';
import type { Weight } from '../../../../shared/scale/weight';
import { positiveNumber as number, weightFieldFrom } from '../../components/box-measure';


/** Closing a carton or pallet: weight and size (typed), and a small-parcel carton's tracking number. */
export function RetailCloseForm({ container, smallParcel }: { container: RetailContainer; smallParcel: boolean }) {
  const { t } = useTranslation();
  const close = useRetailPackingStore((s) => s.close);
  const [weight, setWeight] = useState('');
  const [weightUnit, setWeightUnit] = useState<'LB' | 'KG'>('LB');
  const [dims, setDims] = useState<[string, string, string]>(['', '', '']);
  const [dimUnit, setDimUnit] = useState<'IN' | 'CM'>('IN');
  const [tracking, setTracking] = useState('');
  const [error, setError] = useState<string | null>(null);
  const weightRef = useRef<HTMLInputElement>(null);
  const scaleLoaded = useDevicesStore((s) => s.loaded);
  const hasScale = useDevicesStore((s) => s.scaleSettings !== null);
  useEffect(() => {
    if (!scaleLoaded) void useDevicesStore.getState().load();
  }, [scaleLoaded]);
  /** The scale's stable reading, in pounds or kilograms as Amazon takes them. */
  const takeWeight = (reading: Weight) => {
    const field = weightFieldFrom(reading);
    setWeight(field.text);
    setWeightUnit(field.unit);
  };
  const label = t(container.kind === 'carton' ? 'retail.cartonN' : 'retail.palletN', { n: container.number });

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    const value = number(weight);
    const [length, width, height] = dims.map(number);
    if (value === null) {
      setError(t('retail.weightNeeded'));
      weightRef.current?.focus();
      return;
    }
    if (!length || !width || !height) {
      setError(t('retail.sizeNeeded'));
      return;
    }
    const input = {
      weight: { value, unit: weightUnit },
      dimensions: { length, width, height, unit: dimUnit },
      ...(container.kind === 'carton' && tracking.trim() ? { trackingNumber: tracking.trim() } : {}),
    };
    setError(await close(container.id, input, container.kind));
  };
  useAltShortcut('KeyC', () => {
    if (!weight) weightRef.current?.focus();
    else void submit();
  });

  return (
    <form className="df-close" onSubmit={submit} aria-label={t('retail.closeForm', { container: label })}>
      {hasScale ? <ScaleReadout onTake={takeWeight} unitSwitch={false} /> : null}
      <div className="df-row">
        <label className="df-narrow">
          {t('retail.weight')}
          <input ref={weightRef} name="retail-weight" inputMode="decimal" value={weight} onChange={(e) => setWeight(e.target.value)} autoComplete="off" />
        </label>
        <label className="df-unit">
          {t('retail.unit')}
          <select name="retail-weight-unit" value={weightUnit} onChange={(e) => setWeightUnit(e.target.value as 'LB' | 'KG')}>
            <option value="LB">lb</option>
            <option value="KG">kg</option>
          </select>
        </label>
        {(['length', 'width', 'height'] as const).map((side, i) => (
          <label key={side} className="df-narrow">
            {t(`retail.${side}`)}
            <input name={`retail-${side}`} inputMode="decimal" value={dims[i]} onChange={(e) => setDims((d) => d.map((v, j) => (j === i ? e.target.value : v)) as [string, string, string])} autoComplete="off" />
          </label>
        ))}
        <label className="df-unit">
          {t('retail.unit')}
          <select name="retail-dimension-unit" value={dimUnit} onChange={(e) => setDimUnit(e.target.value as 'IN' | 'CM')}>
            <option value="IN">in</option>
            <option value="CM">cm</option>
          </select>
        </label>
        {container.kind === 'carton' && smallParcel ? (
          <label>
            {t('retail.trackingNumber')}
            <input name="retail-tracking" value={tracking} onChange={(e) => setTracking(e.target.value)} autoComplete="off" />
          </label>
        ) : null}
        <button type="submit" className="big primary df-close-button">
          {t('retail.close', { container: label })} <kbd>Alt+C</kbd>
        </button>
      </div>
      {error ? <div role="alert" className="banner error" data-testid="retail-close-error">{error}</div> : null}
    </form>
  );
}
