import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useDevicesStore } from '../../stores/devices-store';
import { messageOf } from './DeviceStatusLine';
import { SerialPortFields } from './SerialPortFields';
import { scaleFormFrom, scaleSettingsFrom, type ScaleForm, type ScaleKind } from './scale-form';

const KINDS: ScaleKind[] = ['virtual', 'hid', 'mt-sics', 'nci', 'continuous'];

/** Which scale the station weighs with, and how to talk to it. Saving connects it straight away. */
export function ScaleSettingsForm() {
  const { t } = useTranslation();
  const { scaleSettings, serialPorts, hidScales, setScale, loadPorts, loadHidScales } = useDevicesStore(
    useShallow((s) => ({ scaleSettings: s.scaleSettings, serialPorts: s.serialPorts, hidScales: s.hidScales, setScale: s.setScale, loadPorts: s.loadPorts, loadHidScales: s.loadHidScales })),
  );
  const [form, setForm] = useState<ScaleForm>(() => scaleFormFrom(scaleSettings));
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<ScaleForm>) => setForm((f) => ({ ...f, ...patch }));
  const serial = form.kind === 'mt-sics' || form.kind === 'nci' || form.kind === 'continuous';

  const pickKind = (kind: ScaleKind) => {
    set({ kind, ...(kind === 'continuous' ? { stabilityMode: 'consecutive' as const } : {}) });
    if (kind === 'hid') loadHidScales().catch((e: unknown) => setNotice({ ok: false, text: messageOf(e) }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await setScale(scaleSettingsFrom(form));
      setNotice({ ok: true, text: t('devices.scaleSaved') });
    } catch (e) {
      setNotice({ ok: false, text: messageOf(e) });
    } finally {
      setBusy(false);
    }
  };

  const refreshPorts = () => void loadPorts().catch((e: unknown) => setNotice({ ok: false, text: messageOf(e) }));

  return (
    <form className="form wide" onSubmit={submit} aria-label={t('devices.scaleSettings')}>
      <fieldset>
        <legend>{t('devices.scaleKind')}</legend>
        {KINDS.map((kind) => (
          <label key={kind} className="choice">
            <input type="radio" name="scale-kind" checked={form.kind === kind} onChange={() => pickKind(kind)} />
            {t(`devices.scaleKinds.${kind}`)}
          </label>
        ))}
      </fieldset>
      {form.kind === 'virtual' ? (
        <div className="row">
          <label className="narrow">
            {t('devices.settleMs')}
            <input name="settleMs" inputMode="numeric" value={form.settleMs} onChange={(e) => set({ settleMs: e.target.value })} />
          </label>
          <label className="narrow">
            {t('devices.intervalMs')}
            <input name="intervalMs" inputMode="numeric" value={form.intervalMs} onChange={(e) => set({ intervalMs: e.target.value })} />
          </label>
        </div>
      ) : null}
      {form.kind === 'hid' ? (
        <div className="row">
          <label className="grow">
            {t('devices.hidScale')}
            <select value={form.hidPath} onChange={(e) => set({ hidPath: e.target.value })}>
              <option value="">{t('devices.firstFound')}</option>
              {hidScales.map((s) => (
                <option key={s.path} value={s.path}>
                  {`${s.vendor} ${s.product ?? ''} (${s.vendorId.toString(16).padStart(4, '0')}:${s.productId.toString(16).padStart(4, '0')})`}
                </option>
              ))}
            </select>
            <span className="sub">{hidScales.length === 0 ? t('devices.noHidScales') : t('devices.hidScalesFound', { count: hidScales.length })}</span>
          </label>
        </div>
      ) : null}
      {serial ? <SerialPortFields idPrefix="scale" value={form.port} ports={serialPorts} onChange={(port) => set({ port })} onRefresh={refreshPorts} /> : null}
      {form.kind === 'mt-sics' ? (
        <div className="row">
          <label className="narrow">
            {t('devices.command')}
            <select value={form.command} onChange={(e) => set({ command: e.target.value as ScaleForm['command'] })}>
              {(['SI', 'SIR', 'S'] as const).map((c) => (
                <option key={c} value={c}>
                  {t(`devices.commands.${c}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : null}
      {form.kind === 'mt-sics' || form.kind === 'nci' ? (
        <label className="narrow">
          {t('devices.pollMs')}
          <input name="pollMs" inputMode="numeric" value={form.pollMs} onChange={(e) => set({ pollMs: e.target.value })} />
        </label>
      ) : null}
      {form.kind === 'continuous' ? (
        <div className="row">
          <label className="grow">
            {t('devices.pattern')}
            <input name="pattern" className="mono" value={form.pattern} onChange={(e) => set({ pattern: e.target.value })} autoComplete="off" />
            <span className="sub">{t('devices.patternHelp')}</span>
          </label>
          <label className="narrow">
            {t('devices.unit')}
            <select value={form.unit} onChange={(e) => set({ unit: e.target.value as ScaleForm['unit'] })}>
              <option value="">{t('devices.unitFromLine')}</option>
              {(['g', 'kg', 'oz', 'lb'] as const).map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </select>
          </label>
          <label className="narrow">
            {t('devices.lineEnding')}
            <select value={form.lineEnding} onChange={(e) => set({ lineEnding: e.target.value as ScaleForm['lineEnding'] })}>
              {(['crlf', 'cr', 'lf'] as const).map((l) => (
                <option key={l} value={l}>
                  {l.toUpperCase()}
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : null}
      {form.kind !== 'virtual' ? (
        <div className="row">
          <label className="grow">
            {t('devices.stability')}
            <select value={form.stabilityMode} onChange={(e) => set({ stabilityMode: e.target.value === 'consecutive' ? 'consecutive' : 'status' })}>
              <option value="status">{t('devices.stabilityStatus')}</option>
              <option value="consecutive">{t('devices.stabilityConsecutive')}</option>
            </select>
          </label>
          {form.stabilityMode === 'consecutive' ? (
            <label className="narrow">
              {t('devices.stabilityCount')}
              <input name="stabilityCount" inputMode="numeric" value={form.stabilityCount} onChange={(e) => set({ stabilityCount: e.target.value })} />
            </label>
          ) : null}
        </div>
      ) : null}
      {notice ? (
        <div role={notice.ok ? 'status' : 'alert'} className={notice.ok ? 'banner ok' : 'banner error'} data-testid="scale-settings-result">
          {notice.text}
        </div>
      ) : null}
      <div className="actions">
        <button type="submit" className="primary big" disabled={busy}>
          {t('devices.saveScale')}
        </button>
      </div>
    </form>
  );
}
