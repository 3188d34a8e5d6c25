import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../shared/ipc/accounts';
import { MARKETPLACES } from '../../../shared/marketplaces';
import { useAccountsStore } from '../stores/accounts-store';
import { AccountForm } from './AccountForm';
import { ConnectionTestButton } from './ConnectionTestButton';

export function AccountsPage() {
  const { t } = useTranslation();
  const { accounts, remove } = useAccountsStore();
  const [editing, setEditing] = useState<AccountSummary | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const done = (message: string) => {
    setEditing(null);
    setNotice(message);
  };

  const confirmRemove = async (account: AccountSummary) => {
    if (!window.confirm(t('accounts.confirmRemove', { name: account.name }))) return;
    await remove(account.id);
    setNotice(t('accounts.removed'));
  };

  return (
    <section aria-labelledby="accounts-title">
      <div className="page-head">
        <h1 id="accounts-title">{t('accounts.title')}</h1>
        {editing === null ? (
          <button type="button" className="primary big" onClick={() => setEditing('new')}>
            {t('accounts.add')}
          </button>
        ) : null}
      </div>
      {notice ? (
        <div role="status" className="banner ok">
          {notice}
        </div>
      ) : null}
      {editing !== null ? (
        <AccountForm account={editing === 'new' ? null : editing} onDone={done} onCancel={() => setEditing(null)} />
      ) : null}
      {accounts.length === 0 && editing === null ? <p>{t('accounts.empty')}</p> : null}
      <ul className="cards" aria-label={t('accounts.title')}>
        {accounts.map((account) => (
          <li key={account.id} className="card account" data-testid="account-card">
            <div>
              <h2>
                {account.name}
                {account.practice ? <span className="tag practice">{t('app.practice')}</span> : null}
              </h2>
              <p>
                {t(`accounts.${account.type}`)} · {t(`accounts.regions.${account.region}`)} · {t(`accounts.${account.environment}`)}
              </p>
              <p>{account.marketplaceIds.map((id) => MARKETPLACES[id]?.country ?? id).join(', ')}</p>
              <p className={account.secretsConfigured ? 'ok-text' : 'error-text'} data-testid="secrets-state">
                {account.secretsConfigured ? t('accounts.secretsConfigured') : t('accounts.secretsMissing')}
              </p>
            </div>
            <div className="actions">
              <ConnectionTestButton accountId={account.id} />
            </div>
            {!account.practice ? (
              <div className="actions">
                <button type="button" className="big" onClick={() => setEditing(account)}>
                  {t('accounts.edit')}
                </button>
                <button type="button" className="big danger" onClick={() => void confirmRemove(account)}>
                  {t('accounts.remove')}
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
