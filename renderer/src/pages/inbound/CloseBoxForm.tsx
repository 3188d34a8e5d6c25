import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Box, PlanDetail } from '../../../../shared/ipc/inbound';
import { MARKETPLACES } from '../../../../shared/marketplaces';
import { usePackingStore } from '../../stores/packing-store';
import { useAltShortcut } from '../../components/use-shortcut';
import { positiveNumber as positive, weightFieldFrom } from '../../components/box-measure';
import { ScaleReadout } from '../../components/ScaleReadout';
import { useDevicesStore } from '../../stores/devices-store';
import type { Weight } from '../../../../shared/scale/weight';

type WeightUnit = 'LB' | 'KG';
type DimensionUnit = 'IN' | 'CM';
type ContentSource = Box['contentSource'];

/** Common carton sizes, so most boxes need one key press for their size. */
const TEMPLATES: Record<DimensionUnit, [number, number, number][]> = {
  IN: [
    [12, 10, 8],
    [16, 12, 10],
    [18, 14, 12],
    [22, 16, 14],
    [24, 18, 18],
  ],
  CM: [
    [30, 20, 20],
    [40, 30, 30],
    [50, 40, 30],
    [60, 40, 40],
    [63, 45, 45],
  ],
};


/**
 * Closing a box: its weight (from the station scale, or typed) and size (typed or a template). Amazon's box limits
 * are checked by the station, whose message is shown as it is; warnings (such as a heavy-package label) too.
 */
export function CloseBoxForm({ plan, box }: { plan: PlanDetail; box: Box }) {
  const { t } = useTranslation();
  const closeBox = usePackingStore((s) => s.closeBox);
  const lastSize = usePackingStore((s) => s.lastSize);
  const metric = MARKETPLACES[plan.marketplaceId]?.units === 'metric';
  const [weight, setWeight] = useState('');
  const [weightUnit, setWeightUnit] = useState<WeightUnit>(metric ? 'KG' : 'LB');
  const [dims, setDims] = useState<[string, string, string]>(lastSize ? [String(lastSize.length), String(lastSize.width), String(lastSize.height)] : ['', '', '']);
  const [dimUnit, setDimUnit] = useState<DimensionUnit>(lastSize?.unit ?? (metric ? 'CM' : 'IN'));
  const [source, setSource] = useState<ContentSource>(box.contentSource);
  const [message, setMessage] = useState<{ kind: 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const weightRef = useRef<HTMLInputElement>(null);
  const scaleLoaded = useDevicesStore((s) => s.loaded);
  const hasScale = useDevicesStore((s) => s.scaleSettings !== null);
  useEffect(() => {
    if (!scaleLoaded) void useDevicesStore.getState().load();
  }, [scaleLoaded]);
  useEffect(() => {
    // Alt+C pressed while the box's first scan was still being saved: the weight is what the packer types next.
    if (usePackingStore.getState().takeCloseRequest()) weightRef.current?.focus();
  }, []);
  /** The scale's stable reading, in pounds or kilograms as Amazon takes them. */
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
      setMessage({ kind: 'error', text: t('inbound.weightNeeded') });
      weightRef.current?.focus();
      return;
    }
    if (!length || !width || !height) {
      setMessage({ kind: 'error', text: t('inbound.sizeNeeded') });
      return;
    }
    setBusy(true);
    const reply = await closeBox({ boxId: box.id, weight: { value, unit: weightUnit }, dimensions: { length, width, height, unit: dimUnit }, contentSource: source });
    setBusy(false);
    // On success the box is closed and this form goes away; its warnings are shown as the scan feedback.
    if ('error' in reply) setMessage({ kind: 'error', text: reply.error });
  };

  useAltShortcut('KeyC', () => {
    if (!weight) weightRef.current?.focus();
    else void submit();
  });

  return (
    <form className="close-box" onSubmit={submit} aria-label={t('inbound.closeBoxForm', { n: box.number })}>
      {hasScale ? <ScaleReadout onTake={takeWeight} unitSwitch={false} /> : null}
      <div className="row">
        <label className="narrow">
          {t('inbound.weight')}
          <input ref={weightRef} name="weight" inputMode="decimal" value={weight} onChange={(e) => setWeight(e.target.value)} autoComplete="off" />
        </label>
        <label className="unit">
          {t('inbound.unit')}
          <select name="weight-unit" value={weightUnit} onChange={(e) => setWeightUnit(e.target.value as WeightUnit)}>
            <option value="LB">lb</option>
            <option value="KG">kg</option>
          </select>
        </label>
        {(['length', 'width', 'height'] as const).map((side, i) => (
          <label key={side} className="narrow">
            {t(`inbound.${side}`)}
            <input
              name={side}
              inputMode="decimal"
              value={dims[i]}
              onChange={(e) => setDims((d) => d.map((v, j) => (j === i ? e.target.value : v)) as [string, string, string])}
              autoComplete="off"
            />
          </label>
        ))}
        <label className="unit">
          {t('inbound.unit')}
          <select name="dimension-unit" value={dimUnit} onChange={(e) => setDimUnit(e.target.value as DimensionUnit)}>
            <option value="IN">in</option>
            <option value="CM">cm</option>
          </select>
        </label>
      </div>
      <div className="templates" role="group" aria-label={t('inbound.boxSizes')}>
        {TEMPLATES[dimUnit].map((size, n) => (
          <button key={size.join('x')} type="button" className="big" onClick={() => applyTemplate(n)}>
            {size.join('×')} <kbd>Alt+{n + 1}</kbd>
          </button>
        ))}
      </div>
      <div className="row">
        <label>
          {t('inbound.contentSource')}
          <select name="content-source" value={source} onChange={(e) => setSource(e.target.value as ContentSource)}>
            {(['BOX_CONTENT_PROVIDED', 'BARCODE_2D', 'MANUAL_PROCESS'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`inbound.source.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="big primary close-button" disabled={busy}>
          {t('inbound.closeBox')} <kbd>Alt+C</kbd>
        </button>
      </div>
      {message ? (
        <div role="alert" className="banner error" data-testid="close-box-message">
          {message.text}
        </div>
      ) : null}
    </form>
  );
}
