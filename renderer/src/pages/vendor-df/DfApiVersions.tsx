import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../../shared/ipc/accounts';
import { DfApiVersion } from '../../../../shared/ipc/vendor-df';
import { useDfApiStore } from '../../stores/df-api-store';

/** Per vendor account: which DF API version its orders go through (Amazon runs v1 and 2021-12-28 side by side). */
export function DfApiVersions({ accounts }: { accounts: AccountSummary[] }) {
  const { t } = useTranslation();
  const { versions, error, load, choose } = useDfApiStore();
  const ids = accounts.map((a) => a.id).join(',');
  useEffect(() => void load(ids.split(',').filter(Boolean)), [ids, load]);

  return (
    <div className="inline-form df-api-versions" data-testid="df-api-versions">
      {accounts.map((account) => (
        <label key={account.id} className="df-filter">
          {t('df.apiVersionOf', { account: account.name })}
          <select
            name={`df-api-${account.id}`}
            value={versions[account.id] ?? ''}
            disabled={!versions[account.id]}
            onChange={(e) => {
              const parsed = DfApiVersion.safeParse(e.target.value);
              if (parsed.success) void choose(account.id, parsed.data);
            }}
          >
            {DfApiVersion.options.map((v) => (
              <option key={v} value={v}>
                {t(`df.apiVersion.${v === 'v1' ? 'v1' : 'current'}`)}
              </option>
            ))}
          </select>
        </label>
      ))}
      {error ? (
        <span role="alert" className="df-error-text">
          {error}
        </span>
      ) : null}
    </div>
  );
}
