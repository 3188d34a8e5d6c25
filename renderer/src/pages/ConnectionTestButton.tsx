import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionTest } from '../../../shared/ipc/accounts';
import { call } from '../ipc/station';

/** Asks Amazon, with the stored credentials, which marketplaces the account may sell in. */
export function ConnectionTestButton({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<ConnectionTest | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    setResult(null);
    try {
      setResult(await call('accounts:test-connection', { id: accountId }));
    } catch (error) {
      setResult({ ok: false, message: error instanceof Error ? error.message : String(error), marketplaces: [] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="connection-test">
      <button type="button" className="big" onClick={() => void run()} disabled={busy}>
        {busy ? t('accounts.testing') : t('accounts.testConnection')}
      </button>
      {result ? (
        <p role="status" data-testid="connection-result" className={result.ok ? 'ok-text' : 'error-text'}>
          {result.message}
          {result.ok ? ` ${result.marketplaces.filter((m) => m.participating).map((m) => m.countryCode).join(', ')}` : ''}
        </p>
      ) : null}
    </div>
  );
}
