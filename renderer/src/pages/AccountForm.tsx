import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../shared/ipc/accounts';
import { REGIONS, marketplacesOf, type Region } from '../../../shared/marketplaces';
import { useAccountsStore } from '../stores/accounts-store';
import { StationCallError } from '../ipc/station';

interface Props {
  account: AccountSummary | null;
  onDone(message: string): void;
  onCancel(): void;
}

type Issues = Record<string, string>;

function issuesFrom(error: unknown): { issues: Issues; message: string } {
  if (error instanceof StationCallError) {
    const issues: Issues = {};
    const details = error.details as { issues?: { path: string; message: string }[]; field?: string } | undefined;
    for (const issue of details?.issues ?? []) issues[issue.path.split('.')[0] ?? ''] ??= issue.message;
    if (details?.field) issues[details.field] = error.message;
    return { issues, message: error.message };
  }
  return { issues: {}, message: error instanceof Error ? error.message : String(error) };
}

export function AccountForm({ account, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const { create, update } = useAccountsStore();
  const [name, setName] = useState(account?.name ?? '');
  const [type, setType] = useState<AccountSummary['type']>(account?.type ?? 'seller');
  const [region, setRegion] = useState<Region>(account?.region ?? 'NA');
  const [marketplaceIds, setMarketplaceIds] = useState<string[]>(account?.marketplaceIds ?? ['ATVPDKIKX0DER']);
  const [environment, setEnvironment] = useState<AccountSummary['environment']>(account?.environment ?? 'production');
  const [lwaClientId, setLwaClientId] = useState(account?.lwaClientId ?? '');
  const [lwaClientSecret, setLwaClientSecret] = useState('');
  const [refreshToken, setRefreshToken] = useState('');
  const [issues, setIssues] = useState<Issues>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const changeRegion = (next: Region) => {
    setRegion(next);
    setMarketplaceIds([marketplacesOf(next)[0]!.id]);
  };
  const toggleMarketplace = (id: string) =>
    setMarketplaceIds((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setIssues({});
    const base = { name, type, region, marketplaceIds, environment, lwaClientId };
    try {
      if (account) {
        await update({
          id: account.id,
          ...base,
          ...(lwaClientSecret ? { lwaClientSecret } : {}),
          ...(refreshToken ? { refreshToken } : {}),
        });
      } else {
        await create({ ...base, lwaClientSecret, refreshToken });
      }
      onDone(t('accounts.saved'));
    } catch (e) {
      const found = issuesFrom(e);
      setIssues(found.issues);
      setError(found.message);
    } finally {
      setBusy(false);
    }
  };

  const field = (id: string) => (issues[id] ? <span className="field-error">{issues[id]}</span> : null);

  return (
    <form className="card form" onSubmit={submit} aria-label={account ? t('accounts.edit') : t('accounts.add')}>
      {error ? (
        <div role="alert" className="banner error">
          {error}
        </div>
      ) : null}
      <label>
        {t('accounts.name')}
        <input name="name" value={name} onChange={(e) => setName(e.target.value)} autoFocus aria-invalid={!!issues.name} />
        {field('name')}
      </label>
      <fieldset>
        <legend>{t('accounts.type')}</legend>
        {(['seller', 'vendor'] as const).map((value) => (
          <label key={value} className="choice">
            <input type="radio" name="type" value={value} checked={type === value} onChange={() => setType(value)} />
            {t(`accounts.${value}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('accounts.region')}
        <select name="region" value={region} onChange={(e) => changeRegion(e.target.value as Region)}>
          {REGIONS.map((r) => (
            <option key={r} value={r}>
              {t(`accounts.regions.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="marketplaces">
        <legend>{t('accounts.marketplaces')}</legend>
        {marketplacesOf(region).map((m) => (
          <label key={m.id} className="choice">
            <input type="checkbox" checked={marketplaceIds.includes(m.id)} onChange={() => toggleMarketplace(m.id)} />
            {m.country} · {m.name}
          </label>
        ))}
        {field('marketplaceIds')}
      </fieldset>
      <fieldset>
        <legend>{t('accounts.environment')}</legend>
        {(['production', 'sandbox'] as const).map((value) => (
          <label key={value} className="choice">
            <input type="radio" name="environment" value={value} checked={environment === value} onChange={() => setEnvironment(value)} />
            {t(`accounts.${value}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('accounts.lwaClientId')}
        <input name="lwaClientId" value={lwaClientId} onChange={(e) => setLwaClientId(e.target.value)} autoComplete="off" aria-invalid={!!issues.lwaClientId} />
        {field('lwaClientId')}
      </label>
      <label>
        {t('accounts.lwaClientSecret')}
        <input
          name="lwaClientSecret"
          type="password"
          value={lwaClientSecret}
          onChange={(e) => setLwaClientSecret(e.target.value)}
          autoComplete="off"
          placeholder={account ? t('accounts.keepSecret') : ''}
          aria-invalid={!!issues.lwaClientSecret}
        />
        {field('lwaClientSecret')}
      </label>
      <label>
        {t('accounts.refreshToken')}
        <input
          name="refreshToken"
          type="password"
          value={refreshToken}
          onChange={(e) => setRefreshToken(e.target.value)}
          autoComplete="off"
          placeholder={account ? t('accounts.keepSecret') : ''}
          aria-invalid={!!issues.refreshToken}
        />
        {field('refreshToken')}
      </label>
      <div className="actions">
        <button type="submit" className="primary big" disabled={busy}>
          {t('accounts.save')}
        </button>
        <button type="button" className="big" onClick={onCancel}>
          {t('accounts.cancel')}
        </button>
      </div>
    </form>
  );
}
