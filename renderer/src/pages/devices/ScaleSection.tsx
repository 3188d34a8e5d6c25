import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WEIGHT_UNITS, formatWeight, type Weight, type WeightUnit } from '../../../../shared/scale/weight';
import { ScaleReadout } from '../../components/ScaleReadout';
import { useShallow } from 'zustand/react/shallow';
import { useDevicesStore } from '../../stores/devices-store';
import { DeviceStatusLine, messageOf } from './DeviceStatusLine';
import { ScaleSettingsForm } from './ScaleSettingsForm';

/** The virtual scale's platter: type a weight as a packer would put a box down. */
function VirtualWeightForm({ onError }: { onError(message: string | null): void }) {
  const { t } = useTranslation();
  const setVirtualWeight = useDevicesStore((s) => s.setVirtualWeight);
  const [text, setText] = useState('');
  const [unit, setUnit] = useState<WeightUnit>('lb');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await setVirtualWeight(text, unit);
      onError(null);
    } catch (e) {
      onError(messageOf(e));
    }
  };
  return (
    <form className="inline-form" onSubmit={submit} aria-label={t('devices.virtualWeight')}>
      <label className="grow">
        {t('devices.virtualWeight')}
        <input name="virtual-weight" inputMode="decimal" value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" />
      </label>
      <label className="narrow">
        {t('devices.unit')}
        <select name="virtual-unit" value={unit} onChange={(e) => setUnit(e.target.value as WeightUnit)}>
          {WEIGHT_UNITS.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="big">
        {t('devices.putOnScale')}
      </button>
    </form>
  );
}

export function ScaleSection() {
  const { t } = useTranslation();
  const { scaleSettings, scaleStatus, zero, tare } = useDevicesStore(
    useShallow((s) => ({ scaleSettings: s.scaleSettings, scaleStatus: s.scaleStatus, zero: s.zero, tare: s.tare })),
  );
  const [error, setError] = useState<string | null>(null);
  const [taken, setTaken] = useState<Weight | null>(null);
  const run = (action: () => Promise<void>) => () =>
    void action().then(
      () => setError(null),
      (e: unknown) => setError(messageOf(e)),
    );

  return (
    <section className="card" aria-labelledby="scale-title">
      <div className="page-head">
        <h2 id="scale-title">{t('devices.scale')}</h2>
        <span className="muted">{scaleSettings ? t(`devices.scaleKinds.${scaleSettings.kind}`) : t('devices.noScale')}</span>
      </div>
      <DeviceStatusLine status={scaleStatus} testId="scale-status" />
      <ScaleReadout onTake={setTaken} />
      {taken ? (
        <p role="status" data-testid="scale-taken">
          {t('devices.taken', { weight: formatWeight(taken) })}
        </p>
      ) : null}
      {error ? (
        <div role="alert" className="banner error" data-testid="scale-error">
          {error}
        </div>
      ) : null}
      <div className="actions">
        <button type="button" className="big" onClick={run(zero)}>
          {t('devices.zero')}
        </button>
        <button type="button" className="big" onClick={run(tare)}>
          {t('devices.tare')}
        </button>
      </div>
      {scaleSettings?.kind === 'virtual' ? <VirtualWeightForm onError={setError} /> : null}
      <h3>{t('devices.scaleSettings')}</h3>
      <ScaleSettingsForm />
    </section>
  );
}
