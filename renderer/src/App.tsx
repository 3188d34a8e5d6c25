import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStationStore, type Page } from './stores/station-store';
import { useAccountsStore } from './stores/accounts-store';
import { StationPage } from './pages/StationPage';
import { AccountsPage } from './pages/AccountsPage';
import { SettingsPage } from './pages/SettingsPage';
import { InboundPage } from './pages/inbound/InboundPage';
import { VendorDfPage } from './pages/vendor-df/VendorDfPage';
import { McfPage } from './pages/mcf/McfPage';
import { RetailPage } from './pages/retail/RetailPage';
import { DevicesPage } from './pages/devices/DevicesPage';
import { PrintersPage } from './pages/printers/PrintersPage';
import { StatusBar } from './components/StatusBar';

const pages: { id: Page; key: string; shortcut: string }[] = [
  { id: 'station', key: 'nav.station', shortcut: 'F1' },
  { id: 'inbound', key: 'nav.inbound', shortcut: 'F2' },
  { id: 'vendor-df', key: 'nav.vendorDf', shortcut: 'F7' },
  { id: 'mcf', key: 'nav.mcf', shortcut: 'F8' },
  { id: 'retail', key: 'nav.retail', shortcut: 'F9' },
  { id: 'accounts', key: 'nav.accounts', shortcut: 'F3' },
  { id: 'settings', key: 'nav.settings', shortcut: 'F4' },
  { id: 'devices', key: 'nav.devices', shortcut: 'F5' },
  { id: 'printers', key: 'nav.printers', shortcut: 'F6' },
];

export function App() {
  const { t } = useTranslation();
  const { page, go, load, loadError, settings } = useStationStore();
  const loadAccounts = useAccountsStore((s) => s.load);

  useEffect(() => {
    void load();
    void loadAccounts();
  }, [load, loadAccounts]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = pages.find((p) => p.shortcut === event.key);
      if (target) {
        event.preventDefault();
        go(target.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);

  return (
    <div className="shell">
      <nav className="sidebar" aria-label="Main">
        <div className="brand">{t('app.name')}</div>
        {pages.map((p) => (
          <button
            key={p.id}
            type="button"
            className={p.id === page ? 'nav-item active' : 'nav-item'}
            aria-current={p.id === page ? 'page' : undefined}
            onClick={() => go(p.id)}
          >
            <span>{t(p.key)}</span>
            <kbd>{p.shortcut}</kbd>
          </button>
        ))}
        <div className="station-name" data-testid="station-name">
          {settings?.stationName}
        </div>
      </nav>
      <main className="content">
        {loadError ? (
          <div role="alert" className="banner error">
            {t('errors.generic', { message: loadError })}
          </div>
        ) : null}
        {page === 'station' && <StationPage />}
        {page === 'inbound' && <InboundPage />}
        {page === 'vendor-df' && <VendorDfPage />}
        {page === 'mcf' && <McfPage />}
        {page === 'retail' && <RetailPage />}
        {page === 'accounts' && <AccountsPage />}
        {page === 'settings' && <SettingsPage />}
        {page === 'devices' && <DevicesPage />}
        {page === 'printers' && <PrintersPage />}
      </main>
      <StatusBar />
    </div>
  );
}
