import { useTranslation } from 'react-i18next';
import type { McfTracking } from '../../../../shared/ipc/mcf';

/** Each shipped package's carrier tracking, newest event first. */
export function McfTrackingList({ tracking }: { tracking: McfTracking[] }) {
  const { t, i18n } = useTranslation();
  if (tracking.length === 0) return <p className="df-sub">{t('mcf.noTracking')}</p>;
  return (
    <>
      {tracking.map((pkg) => (
        <div key={pkg.packageNumber} className="card" data-testid="mcf-tracking" data-tracking-number={pkg.trackingNumber ?? ''}>
          <h2>
            {t('mcf.packageN', { n: pkg.packageNumber })} · {pkg.carrierCode ?? '—'} <span className="df-mono">{pkg.trackingNumber ?? ''}</span>
          </h2>
          <p data-testid="mcf-tracking-status">{t('mcf.trackingStatus', { status: pkg.currentStatus ?? '—' })}</p>
          <ol className="plain">
            {[...pkg.events]
              .sort((a, b) => b.date.localeCompare(a.date))
              .map((e, i) => (
                <li key={i}>
                  {new Date(e.date).toLocaleString(i18n.language)} · {e.description}
                  {e.place ? ` · ${e.place}` : ''}
                </li>
              ))}
          </ol>
        </div>
      ))}
    </>
  );
}
