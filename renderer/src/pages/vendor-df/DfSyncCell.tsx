import { useTranslation } from 'react-i18next';
import type { DfOrderSummary } from '../../../../shared/ipc/vendor-df';

/** Whether the station still owes Amazon something for this order, or Amazon refused it. */
export function DfSyncCell({ sync }: { sync: DfOrderSummary['sync'] }) {
  const { t } = useTranslation();
  if (sync.failed > 0) {
    return (
      <span className="df-error-text" title={sync.lastError ?? undefined}>
        {t('df.syncFailed', { count: sync.failed })}
        {sync.lastError ? <span className="df-sub">{sync.lastError}</span> : null}
      </span>
    );
  }
  if (sync.pending > 0) return <span className="df-warn-text">{t('df.syncPending', { count: sync.pending })}</span>;
  return <span className="ok-text">{t('df.syncDone')}</span>;
}
