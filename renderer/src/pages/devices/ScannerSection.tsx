import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScanEvent } from '../../../../shared/devices/device-events';
import { useShallow } from 'zustand/react/shallow';
import { useDevicesStore } from '../../stores/devices-store';
import { DeviceStatusLine, messageOf } from './DeviceStatusLine';
import { SerialPortFields } from './SerialPortFields';
import { scannerFormFrom, scannerSettingsFrom, type ScannerForm, type ScannerKind, type Terminator } from './scale-form';

const KINDS: ScannerKind[] = ['none', 'serial', 'hid'];
const TERMINATORS: Terminator[] = ['cr', 'lf', 'crlf', 'tab', 'idle'];

function ScanRow({ scan }: { scan: ScanEvent }) {
  const { t, i18n } = useTranslation();
  const r = scan.result;
  const value = 'value' in r && typeof r.value === 'string' ? r.value : r.data;
  return (
    <tr data-testid="scan-row" className={r.valid ? '' : 'invalid'}>
      <td className="num">{new Date(scan.at).toLocaleTimeString(i18n.language)}</td>
      <td>{t(`devices.sources.${scan.source}`)}</td>
      <td>
        <strong>{r.kind.toUpperCase()}</strong>
      </td>
      <td className="mono">{value}</td>
      <td>{r.valid ? <span className="ok-text">{t('devices.scanOk')}</span> : <span className="error-text">{`${r.error.code}: ${r.error.message}`}</span>}</td>
    </tr>
  );
}

export function ScannerSection() {
  const { t } = useTranslation();
  const { scannerSettings, scannerStatus, scans, serialPorts, setScanner, loadPorts } = useDevicesStore(
    useShallow((s) => ({ scannerSettings: s.scannerSettings, scannerStatus: s.scannerStatus, scans: s.scans, serialPorts: s.serialPorts, setScanner: s.setScanner, loadPorts: s.loadPorts })),
  );
  const [form, setForm] = useState<ScannerForm>(() => scannerFormFrom(scannerSettings));
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const set = (patch: Partial<ScannerForm>) => setForm((f) => ({ ...f, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await setScanner(scannerSettingsFrom(form));
      setNotice({ ok: true, text: t('devices.scannerSaved') });
    } catch (e) {
      setNotice({ ok: false, text: messageOf(e) });
    }
  };

  return (
    <section className="card" aria-labelledby="scanner-title">
      <h2 id="scanner-title">{t('devices.scanner')}</h2>
      {scannerSettings ? <DeviceStatusLine status={scannerStatus} testId="scanner-status" /> : <p className="muted">{t('devices.wedgeOnly')}</p>}
      <form className="form wide" onSubmit={submit} aria-label={t('devices.scannerSettings')}>
        <fieldset>
          <legend>{t('devices.scannerKind')}</legend>
          {KINDS.map((kind) => (
            <label key={kind} className="choice">
              <input type="radio" name="scanner-kind" checked={form.kind === kind} onChange={() => set({ kind })} />
              {t(`devices.scannerKinds.${kind}`)}
            </label>
          ))}
        </fieldset>
        {form.kind === 'serial' ? (
          <>
            <SerialPortFields idPrefix="scanner" value={form.port} ports={serialPorts} onChange={(port) => set({ port })} onRefresh={() => void loadPorts().catch((e: unknown) => setNotice({ ok: false, text: messageOf(e) }))} />
            <div className="row">
              <label className="grow">
                {t('devices.terminator')}
                <select value={form.terminator} onChange={(e) => set({ terminator: e.target.value as Terminator })}>
                  {TERMINATORS.map((term) => (
                    <option key={term} value={term}>
                      {t(`devices.terminators.${term}`)}
                    </option>
                  ))}
                </select>
              </label>
              {form.terminator === 'idle' ? (
                <label className="narrow">
                  {t('devices.idleMs')}
                  <input name="idleMs" inputMode="numeric" value={form.idleMs} onChange={(e) => set({ idleMs: e.target.value })} />
                </label>
              ) : null}
            </div>
          </>
        ) : null}
        {notice ? (
          <div role={notice.ok ? 'status' : 'alert'} className={notice.ok ? 'banner ok' : 'banner error'} data-testid="scanner-settings-result">
            {notice.text}
          </div>
        ) : null}
        <div className="actions">
          <button type="submit" className="primary big">
            {t('devices.saveScanner')}
          </button>
        </div>
      </form>
      <h3>{t('devices.lastScans')}</h3>
      {scans.length === 0 ? (
        <p className="muted" data-testid="no-scans">
          {t('devices.noScans')}
        </p>
      ) : (
        <table className="grid" data-testid="scan-list">
          <thead>
            <tr>
              <th>{t('devices.scanTime')}</th>
              <th>{t('devices.scanSource')}</th>
              <th>{t('devices.scanKind')}</th>
              <th>{t('devices.scanValue')}</th>
              <th>{t('devices.scanResult')}</th>
            </tr>
          </thead>
          <tbody>
            {scans.map((scan) => (
              <ScanRow key={`${scan.at}-${scan.result.raw}`} scan={scan} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
