import { useTranslation } from 'react-i18next';
import { useStationStore } from '../stores/station-store';
import { useAccountsStore } from '../stores/accounts-store';

export function StationPage() {
  const { t } = useTranslation();
  const settings = useStationStore((s) => s.settings);
  const go = useStationStore((s) => s.go);
  const { accounts, loaded } = useAccountsStore();

  return (
    <section aria-labelledby="station-title">
      <h1 id="station-title">{t('station.title')}</h1>
      {settings ? <p className="lead">{t('station.welcome', { station: settings.stationName })}</p> : null}
      {loaded && accounts.length === 0 ? (
        <div className="card empty" data-testid="no-accounts">
          <h2>{t('station.noAccounts')}</h2>
          <p>{t('station.noAccountsHelp')}</p>
          <button type="button" className="primary big" onClick={() => go('accounts')}>
            {t('station.addAccount')}
          </button>
        </div>
      ) : null}
      {accounts.length > 0 ? (
        <div className="card">
          <p data-testid="accounts-ready">{t('station.accountsReady', { count: accounts.length })}</p>
          <ul className="plain">
            {accounts.map((a) => (
              <li key={a.id}>
                <strong>{a.name}</strong> · {t(`accounts.${a.type}`)} · {t(`accounts.regions.${a.region}`)}
                {a.practice ? <span className="tag practice">{t('app.practice')}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
