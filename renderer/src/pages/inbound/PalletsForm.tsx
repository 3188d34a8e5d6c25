import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FREIGHT_CLASSES, freightIssues, type FreightIssue } from '../../../../shared/inbound/freight';
import type { PlanFreight, ShipmentFreight } from '../../../../shared/ipc/inbound-freight';
import type { Weight } from '../../../../shared/scale/weight';
import { call } from '../../ipc/station';
import { beep } from '../../scan/beep';
import { useDevicesStore } from '../../stores/devices-store';
import { ScaleReadout } from '../../components/ScaleReadout';
import { useAltShortcut } from '../../components/use-shortcut';
import { weightFieldFrom } from '../../components/box-measure';
import { draftOf, freightInputOf, issueValues, newLine, type FreightDraft, type PalletLine } from './pallet-lines';

interface Props {
  planId: string;
  shipmentId: string;
  currency: string;
  metric: boolean;
  saved: ShipmentFreight | undefined;
  onSaved(freight: PlanFreight): void;
}

const classLabel = (c: string, t: (key: string, values?: Record<string, string>) => string) =>
  c === 'NONE' ? t('placeFirst.freightClassNone') : t('placeFirst.freightClassN', { n: c.slice(3).replace('_', '.') });

/** One shipment's pallets and freight details, checked at the station with Amazon's limits before they are sent. */
export function PalletsForm({ planId, shipmentId, currency, metric, saved, onSaved }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<FreightDraft>(() => draftOf(saved, metric, new Date()));
  const [issues, setIssues] = useState<FreightIssue[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const weighing = useRef(0);
  const firstField = useRef<HTMLInputElement>(null);
  const scaleLoaded = useDevicesStore((s) => s.loaded);
  const hasScale = useDevicesStore((s) => s.scaleSettings !== null);
  useEffect(() => {
    if (!scaleLoaded) void useDevicesStore.getState().load();
  }, [scaleLoaded]);
  useEffect(() => firstField.current?.focus(), []);

  const setLine = (n: number, patch: Partial<PalletLine>) => setDraft((d) => ({ ...d, lines: d.lines.map((l, i) => (i === n ? { ...l, ...patch } : l)) }));
  const addLine = () => setDraft((d) => ({ ...d, lines: [...d.lines, newLine(metric)] }));
  /** The scale's stable reading goes into the weight of the line last worked on. */
  const takeWeight = (reading: Weight) => {
    const field = weightFieldFrom(reading);
    setLine(Math.min(weighing.current, draft.lines.length - 1), { weight: field.text, weightUnit: field.unit });
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    setError(null);
    const input = freightInputOf(draft, currency);
    const found = freightIssues(input, currency, Date.now());
    setIssues(found);
    if (found.length > 0) {
      beep('error');
      return;
    }
    setBusy(true);
    try {
      const next = await call('inbound:freight-set', {
        planId,
        shipmentId,
        pallets: input.pallets,
        freightClass: input.freightClass as ShipmentFreight['freightClass'],
        declaredValue: input.declaredValue,
        readyToShip: input.readyToShip,
      });
      beep('ok');
      onSaved(next);
    } catch (e) {
      beep('error');
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  useAltShortcut('KeyP', addLine);
  useAltShortcut('KeyS', () => void submit(), !busy);

  return (
    <form className="pallets-form" onSubmit={submit} aria-label={t('placeFirst.freightTitle')} data-testid="pallets-form" data-shipment-id={shipmentId}>
      {hasScale ? (
        <div className="pallet-scale">
          <ScaleReadout onTake={takeWeight} unitSwitch={false} />
          <span className="sub">{t('placeFirst.takeWeight')}</span>
        </div>
      ) : null}
      {draft.lines.map((line, n) => (
        <fieldset key={n} className="pallet-line" data-testid="pallet-line" onFocus={() => (weighing.current = n)}>
          <legend>{t('placeFirst.palletLine', { n: n + 1 })}</legend>
          <div className="row">
            <label className="narrow">
              {t('placeFirst.palletCount')}
              <input ref={n === 0 ? firstField : undefined} name={`pallet-quantity-${n}`} inputMode="numeric" value={line.quantity} onChange={(e) => setLine(n, { quantity: e.target.value })} autoComplete="off" />
            </label>
            {(['length', 'width', 'height'] as const).map((side) => (
              <label key={side} className="narrow">
                {t(`placeFirst.${side}`)}
                <input name={`pallet-${side}-${n}`} inputMode="decimal" value={line[side]} onChange={(e) => setLine(n, { [side]: e.target.value })} autoComplete="off" />
              </label>
            ))}
            <label className="unit">
              {t('placeFirst.dimensionUnit')}
              <select name={`pallet-dimension-unit-${n}`} value={line.dimensionUnit} onChange={(e) => setLine(n, { dimensionUnit: e.target.value as PalletLine['dimensionUnit'] })}>
                <option value="IN">in</option>
                <option value="CM">cm</option>
              </select>
            </label>
            <label className="narrow">
              {t('placeFirst.weightEach')}
              <input name={`pallet-weight-${n}`} inputMode="decimal" value={line.weight} onChange={(e) => setLine(n, { weight: e.target.value })} autoComplete="off" />
            </label>
            <label className="unit">
              {t('placeFirst.weightUnit')}
              <select name={`pallet-weight-unit-${n}`} value={line.weightUnit} onChange={(e) => setLine(n, { weightUnit: e.target.value as PalletLine['weightUnit'] })}>
                <option value="LB">lb</option>
                <option value="KG">kg</option>
              </select>
            </label>
            <label className="choice">
              <input type="checkbox" name={`pallet-stackable-${n}`} checked={line.stackable} onChange={(e) => setLine(n, { stackable: e.target.checked })} />
              {t('placeFirst.stackable')}
            </label>
            {draft.lines.length > 1 ? (
              <button type="button" onClick={() => setDraft((d) => ({ ...d, lines: d.lines.filter((_, i) => i !== n) }))}>
                {t('placeFirst.removeLine', { n: n + 1 })}
              </button>
            ) : null}
          </div>
        </fieldset>
      ))}
      <div className="row">
        <button type="button" className="big" onClick={addLine}>
          {t('placeFirst.addLine')} <kbd>Alt+P</kbd>
        </button>
        <label>
          {t('placeFirst.freightClass')}
          <select name="freight-class" value={draft.freightClass} onChange={(e) => setDraft((d) => ({ ...d, freightClass: e.target.value }))}>
            <option value="">{t('placeFirst.freightClassChoose')}</option>
            {FREIGHT_CLASSES.map((c) => (
              <option key={c} value={c}>
                {classLabel(c, t)}
              </option>
            ))}
          </select>
        </label>
        <label className="narrow">
          {t('placeFirst.declaredValue', { currency })}
          <input name="declared-value" inputMode="decimal" value={draft.declaredValue} onChange={(e) => setDraft((d) => ({ ...d, declaredValue: e.target.value }))} autoComplete="off" />
        </label>
        <label className="narrow">
          {t('placeFirst.readyDate')}
          <input name="ready-date" value={draft.readyDate} onChange={(e) => setDraft((d) => ({ ...d, readyDate: e.target.value }))} autoComplete="off" spellCheck={false} />
        </label>
        <label className="narrow">
          {t('placeFirst.readyTime')}
          <input name="ready-time" value={draft.readyTime} onChange={(e) => setDraft((d) => ({ ...d, readyTime: e.target.value }))} autoComplete="off" spellCheck={false} />
        </label>
      </div>
      {issues.length > 0 ? (
        <ul role="alert" className="banner error plain" data-testid="freight-issues">
          {issues.map((issue, i) => (
            <li key={`${issue.code}-${i}`} data-code={issue.code}>
              {t(`placeFirst.issue.${issue.code}`, issueValues(issue, currency))}
            </li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <div role="alert" className="banner error" data-testid="freight-error">
          {error}
        </div>
      ) : null}
      <div className="actions">
        <button type="submit" className="big primary" disabled={busy}>
          {busy ? t('placeFirst.saving') : t('placeFirst.save')} <kbd>Alt+S</kbd>
        </button>
      </div>
    </form>
  );
}
