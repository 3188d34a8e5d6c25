import { useTranslation } from 'react-i18next';
import { useVendorDfStore, type DfFilter } from '../../stores/vendor-df-store';
import { useAccountsStore } from '../../stores/accounts-store';
import { useAltShortcut } from '../../components/use-shortcut';
import { useListSearch } from '../../components/use-list-search';
import { ListSearch } from '../../components/ListSearch';
import { DF_STEPS } from './df-groups';
import { DfQueueGroups } from './DfQueueGroups';
import { DfApiVersions } from './DfApiVersions';

const FILTERS: DfFilter[] = ['open', ...DF_STEPS, 'cancelled', 'all'];

/** The DF order queue: pull per vendor account, and a search box where a scanned PO, SKU, item or tracking number opens the order. */
export function DfQueue() {
  const { t } = useTranslation();
  const list = useVendorDfStore();
  const { items: orders, filter, pulling, pullResult, show, pull, setFilter } = list;
  const vendors = useAccountsStore((s) => s.accounts).filter((a) => a.type === 'vendor');
  const searchBox = useListSearch('df', list, (order) => show({ kind: 'order', orderId: order.id }));

  const first = vendors[0];
  useAltShortcut('KeyR', () => first && void pull(first.id), Boolean(first) && pulling === null);

  const accountName = (id: string) => vendors.find((a) => a.id === id)?.name ?? id;

  return (
    <section aria-labelledby="df-title" className="df">
      <div className="page-head">
        <h1 id="df-title">{t('df.title')}</h1>
        <div className="actions">
          {vendors.map((account, n) => (
            <button key={account.id} type="button" className="big primary" disabled={pulling !== null} onClick={() => void pull(account.id)} data-testid="df-pull">
              {pulling === account.id ? t('df.pulling', { account: account.name }) : t('df.pull', { account: account.name })}
              {n === 0 ? <kbd>Alt+R</kbd> : null}
            </button>
          ))}
        </div>
      </div>
      {vendors.length === 0 ? <p className="lead">{t('df.noVendorAccounts')}</p> : <DfApiVersions accounts={vendors} />}
      {pullResult ? (
        'error' in pullResult ? (
          <div role="alert" className="banner error" data-testid="df-pull-result">
            {t('df.pullFailed', { account: accountName(pullResult.accountId), message: pullResult.error })}
          </div>
        ) : (
          <div role="status" className="banner ok" data-testid="df-pull-result">
            {t('df.pulled', { account: accountName(pullResult.accountId), added: pullResult.added, updated: pullResult.updated })}
            {pullResult.invoicesError ? <span className="df-sub">{pullResult.invoicesError}</span> : null}
          </div>
        )
      ) : null}
      <ListSearch search={searchBox}>
        <label className="df-filter">
          {t('df.show')}
          <select name="df-filter" value={filter} onChange={(e) => setFilter(e.target.value as DfFilter)}>
            {FILTERS.map((f) => (
              <option key={f} value={f}>
                {t(`df.filter.${f}`)}
              </option>
            ))}
          </select>
        </label>
      </ListSearch>
      <DfQueueGroups orders={orders} accountName={accountName} onOpen={(orderId) => show({ kind: 'order', orderId })} />
    </section>
  );
}
