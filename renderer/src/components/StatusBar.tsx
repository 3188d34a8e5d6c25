import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSyncStore } from '../stores/sync-store';
import { ConflictsCount } from './ConflictsCount';

function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** Always on screen: is Amazon reachable, how much is waiting to be sent, when did it last sync, what went wrong. */
export function StatusBar() {
  const { t, i18n } = useTranslation();
  const { status, load, syncNow } = useSyncStore();
  const now = useNow(15_000);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void load();
  }, [load]);

  if (!status) return null;
  const waiting = status.pending + status.waiting;
  const ago = status.lastSuccessAt ? Math.max(0, Math.round((now - status.lastSuccessAt) / 60_000)) : null;
  const time = (at: number) => new Date(at).toLocaleTimeString(i18n.language);

  return (
    <footer className={`status-bar ${status.connectivity}`} role="contentinfo" aria-label={t('sync.statusBar')}>
      <span className="dot" aria-hidden="true" />
      <span data-testid="sync-connectivity">{t(`sync.${status.connectivity}`)}</span>
      <span data-testid="sync-waiting">{t('sync.waiting', { count: waiting })}</span>
      {status.failed > 0 ? (
        <span className="error-text" data-testid="sync-failed">
          {t('sync.failed', { count: status.failed })}
        </span>
      ) : null}
      <ConflictsCount />
      <span>{ago === null ? t('sync.neverSynced') : ago === 0 ? t('sync.syncedJustNow') : t('sync.syncedAgo', { count: ago })}</span>
      {status.lastError ? (
        <span className="last-error" title={status.lastError.message} data-testid="sync-last-error">
          {t('sync.lastError', { time: time(status.lastError.at), message: status.lastError.message })}
        </span>
      ) : null}
      <button
        type="button"
        className="small"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void syncNow().finally(() => setBusy(false));
        }}
      >
        {t('sync.now')}
      </button>
    </footer>
  );
}
