import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useVendorDfStore, type DfFilter } from '../../stores/vendor-df-store';
import { useAccountsStore } from '../../stores/accounts-store';
import { registerScanHandler } from '../../scan/scan-router';
import { useAltShortcut } from '../../components/use-shortcut';
import { DF_STEPS } from './df-groups';
import { DfQueueGroups } from './DfQueueGroups';
import { useScanField } from './use-scan-field';
import { DfApiVersions } from './DfApiVersions';

const FILTERS: DfFilter[] = ['open', ...DF_STEPS, 'cancelled', 'all'];

/** The DF order queue: pull per vendor account, and a search box where a scanned PO, SKU, item or tracking number opens the order. */
export function DfQueue() {
  const { t } = useTranslation();
  const { orders, query, filter, listLoaded, listError, pulling, pullResult, search, show, loadList, pull, setFilter, forgetSearch } = useVendorDfStore();
  const vendors = useAccountsStore((s) => s.accounts).filter((a) => a.type === 'vendor');
  const field = useScanField(query);
  const { join, set: setText } = field;
  const [searched, setSearched] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void loadList();
    searchRef.current?.focus();
  }, [loadList]);

  const find = async (value: string) => {
    const found = await search(value);
    setSearched(value.trim() || null);
    if (value.trim() && found.length === 1) {
      forgetSearch();
      show({ kind: 'order', orderId: found[0]!.id });
    }
  };
  const findRef = useRef(find);
  findRef.current = find;
  useEffect(
    () =>
      registerScanHandler((scanned) => {
        const code = join(scanned);
        setText(code);
        void findRef.current(code);
      }),
    [join, setText],
  );

  const first = vendors[0];
  useAltShortcut('KeyR', () => first && void pull(first.id), Boolean(first) && pulling === null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void find(field.value);
  };
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
      <form className="inline-form df-search" role="search" onSubmit={submit}>
        <label>
          {t('df.search')}
          <input ref={searchRef} name="df-search" value={field.value} onChange={(e) => field.change(e.target.value)} placeholder={t('df.searchHint')} autoComplete="off" spellCheck={false} />
        </label>
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
        <button type="submit" className="big">
          {t('df.find')} <kbd>Enter</kbd>
        </button>
        {query ? (
          <button
            type="button"
            className="big"
            onClick={() => {
              setText('');
              setSearched(null);
              void search('');
              searchRef.current?.focus();
            }}
          >
            {t('df.showAll')}
          </button>
        ) : null}
      </form>
      {listError ? (
        <div role="alert" className="banner error">
          {listError}
        </div>
      ) : null}
      {listLoaded && orders.length === 0 ? <p data-testid="df-empty">{searched ? t('df.noMatch', { query: searched }) : t('df.noOrders')}</p> : null}
      <DfQueueGroups orders={orders} accountName={accountName} onOpen={(orderId) => show({ kind: 'order', orderId })} />
    </section>
  );
}
