import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrinterRole } from '../../../../shared/ipc/print';
import type { PrinterProfile } from '../../../../shared/labels/printer-profile';
import { StationCallError } from '../../ipc/station';
import { usePrintersStore } from '../../stores/printers-store';
import { messageOf } from '../devices/DeviceStatusLine';

const ROLES: PrinterRole[] = ['labels', 'items', 'documents'];
/** Reasons a print can fail that the packer can fix at the printer; each has its own hint. */
const FIXABLE = new Set(['offline', 'paused', 'paper-out', 'head-open', 'ribbon-out', 'timeout', 'not-found']);

interface Props {
  onEdit(profile: PrinterProfile): void;
  onTested(jobId: number): void;
  onNotice(notice: { ok: boolean; text: string }): void;
}

function connectionText(profile: PrinterProfile): string {
  const c = profile.connection;
  switch (c.kind) {
    case 'tcp':
      return `${c.host}:${c.port}`;
    case 'cups':
      return c.queue;
    case 'windows':
    case 'os-driver':
      return c.printer;
    case 'virtual':
      return c.dir;
  }
}

/** Every printer profile of the station with its live status, roles and actions. */
export function PrinterList({ onEdit, onTested, onNotice }: Props) {
  const { t } = useTranslation();
  const { view, statuses, refreshStatus, test, remove } = usePrintersStore();
  const [busy, setBusy] = useState<string | null>(null);
  if (!view) return null;

  const runTest = async (name: string) => {
    setBusy(name);
    try {
      const job = await test(name);
      onTested(job.id);
      onNotice({ ok: true, text: t('printers.testSent', { name }) });
    } catch (e) {
      const reason = e instanceof StationCallError ? (e.details as { reason?: string } | undefined)?.reason : undefined;
      const hint = reason && FIXABLE.has(reason) ? t(`printers.hints.${reason}`) : null;
      onNotice({ ok: false, text: hint ? `${hint} ${messageOf(e)}` : messageOf(e) });
      void refreshStatus(name);
    } finally {
      setBusy(null);
    }
  };

  const removeProfile = async (name: string) => {
    if (!window.confirm(t('printers.confirmRemove', { name }))) return;
    try {
      await remove(name);
      onNotice({ ok: true, text: t('printers.removed', { name }) });
    } catch (e) {
      onNotice({ ok: false, text: messageOf(e) });
    }
  };

  return (
    <ul className="cards" aria-label={t('printers.list')}>
      {view.profiles.map((p) => {
        const status = statuses[p.name];
        const roles = ROLES.filter((r) => view.roles[r] === p.name);
        return (
          <li key={p.name} className="card account" data-testid="printer-card" data-printer={p.name}>
            <div>
              <h2>{p.name}</h2>
              <p>
                {t(`printers.languages.${p.language}`)} · {p.dpi} dpi · {t('printers.size', { width: p.widthIn, height: p.heightIn })}
                {p.darkness !== undefined ? ` · ${t('printers.darknessValue', { value: p.darkness })}` : ''}
              </p>
              <p className="muted">
                {t(`printers.connections.${p.connection.kind}`)}: <span className="mono">{connectionText(p)}</span>
              </p>
              <p data-testid="printer-status">
                {status ? (
                  <>
                    <span className={`printer-state ${status.state}`}>{status.state === 'error' ? t('printers.statusError') : t(`printers.states.${status.state}`)}</span> <span className="muted">{status.detail}</span>
                  </>
                ) : (
                  <span className="muted">{t('printers.checking')}</span>
                )}
              </p>
              <p>
                {roles.map((r) => (
                  <span key={r} className="role-tag">
                    {t(`printers.roles.${r}`)}
                  </span>
                ))}
              </p>
            </div>
            <div className="actions">
              <button type="button" className="big primary" disabled={busy === p.name} onClick={() => void runTest(p.name)}>
                {busy === p.name ? t('printers.printing') : t('printers.test')}
              </button>
              <button type="button" className="big" onClick={() => void refreshStatus(p.name)}>
                {t('printers.refreshStatus')}
              </button>
              <button type="button" className="big" onClick={() => onEdit(p)}>
                {t('printers.edit')}
              </button>
              <button type="button" className="big danger" onClick={() => void removeProfile(p.name)}>
                {t('printers.remove')}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
