import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../shared/ipc/inbound';
import type { ExportFormat, ExportScope } from '../../../../shared/ipc/inbound-export';
import { exportTargets, type ExportTarget } from '../../../../shared/inbound/export-scopes';
import { call } from '../../ipc/station';
import { useStationStore } from '../../stores/station-store';
import { useAltShortcut } from '../../components/use-shortcut';
import { downloadFile } from './file-bytes';
import './export-menu.css';

type Action = ExportFormat | 'print';

/**
 * Exports a plan's box contents per shipment (or per packing group before placement): XLSX in Seller Central's pack
 * list layout, a plain CSV, the pack list PDF, or the pack list printed on the documents printer. The browser host
 * downloads the file; the desktop app asks where to save it.
 */
export function ExportMenu({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const host = useStationStore((s) => s.info?.host);
  const language = useStationStore((s) => s.settings?.language);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [result, setResult] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const targets = useMemo(() => exportTargets(plan), [plan]);

  useAltShortcut('KeyE', () => setOpen((o) => !o), targets.length > 0);

  useEffect(() => {
    if (open) panelRef.current?.querySelector<HTMLButtonElement>('button[data-action]')?.focus();
  }, [open]);

  if (targets.length === 0) return null;

  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };

  const run = async (target: ExportTarget, action: Action) => {
    const key = `${target.id}:${action}`;
    setBusy(key);
    setResult(null);
    const request = { planId: plan.id, scope: target.scope satisfies ExportScope, ...(language ? { language } : {}) };
    try {
      if (action === 'print') {
        const job = await call('inbound-export:print-pack-list', request);
        setResult({ kind: 'ok', text: t('inboundExport.printed', { printer: job.printer }) });
      } else if (host === 'electron') {
        const saved = await call('inbound-export:save', { ...request, format: action });
        setResult(
          saved.saved
            ? { kind: 'ok', text: t('inboundExport.saved', { file: saved.fileName, path: saved.path }) }
            : { kind: 'ok', text: t('inboundExport.notSaved', { file: saved.fileName }) },
        );
      } else {
        const file = await call('inbound-export:file', { ...request, format: action });
        downloadFile(file);
        setResult({ kind: 'ok', text: t('inboundExport.downloaded', { file: file.fileName }) });
      }
    } catch (error) {
      setResult({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(null);
    }
  };

  const labels: Record<Action, string> = { xlsx: t('inboundExport.xlsx'), csv: t('inboundExport.csv'), pdf: t('inboundExport.pdf'), print: t('inboundExport.print') };

  return (
    <div className="export-menu">
      <button ref={toggleRef} type="button" className="big" aria-expanded={open} aria-controls="export-panel" onClick={() => setOpen((o) => !o)} data-testid="export-toggle">
        {t('inboundExport.toggle')} <kbd>Alt+E</kbd>
      </button>
      {open ? (
        <div
          id="export-panel"
          ref={panelRef}
          role="region"
          aria-label={t('inboundExport.title')}
          className="card export-panel"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              close();
            }
          }}
        >
          <p className="sub">{t('inboundExport.help')}</p>
          <ul className="plain">
            {targets.map((target) => (
              <li key={target.id} className="export-target" data-testid="export-target" data-target={target.id}>
                <strong>
                  {target.scope.kind === 'shipment'
                    ? target.confirmationId && target.confirmationId !== target.id
                      ? t('inboundExport.shipmentConfirmed', { id: target.id, confirmation: target.confirmationId })
                      : t('inboundExport.shipment', { id: target.id })
                    : t('inboundExport.packingGroup', { id: target.id })}
                </strong>{' '}
                <span className="sub">{t('inboundExport.counts', { count: target.boxes, units: target.units })}</span>
                <div className="actions">
                  {(['xlsx', 'csv', 'pdf', 'print'] as const).map((action) => (
                    // aria-disabled rather than disabled while a file is made: a disabled button would drop the keyboard focus.
                    <button key={action} type="button" className="big" data-action={action} aria-disabled={busy !== null} onClick={() => busy === null && void run(target, action)}>
                      {busy === `${target.id}:${action}` ? t('inboundExport.working', { what: labels[action] }) : labels[action]}
                    </button>
                  ))}
                </div>
              </li>
            ))}
          </ul>
          <button type="button" className="big" onClick={close}>
            {t('inboundExport.close')} <kbd>Esc</kbd>
          </button>
        </div>
      ) : null}
      {result ? (
        <div role={result.kind === 'error' ? 'alert' : 'status'} className={`banner ${result.kind === 'error' ? 'error' : 'ok'}`} data-testid="export-result">
          {result.text}
        </div>
      ) : null}
    </div>
  );
}
