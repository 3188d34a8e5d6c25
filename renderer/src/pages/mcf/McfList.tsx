import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMcfStore } from '../../stores/mcf-store';
import { useAccountsStore } from '../../stores/accounts-store';
import { registerScanHandler } from '../../scan/scan-router';
import { useAltShortcut } from '../../components/use-shortcut';
import { useScanField } from '../vendor-df/use-scan-field';
import { call } from '../../ipc/station';
import { DfSyncCell } from '../vendor-df/DfSyncCell';
import { McfStepBadge } from './McfStepBadge';

/** MCF orders of all seller accounts; a scanned or typed order id or tracking number opens its order. */
export function McfList() {
  const { t, i18n } = useTranslation();
  const { orders, query, listLoaded, listError, search, show, loadList, forgetSearch } = useMcfStore();
  const accounts = useAccountsStore((s) => s.accounts);
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
  useAltShortcut('KeyN', () => show({ kind: 'new' }));
  const [refreshing, setRefreshing] = useState(false);
  const [refreshed, setRefreshed] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const refreshAll = async () => {
    setRefreshing(true);
    try {
      const result = await call('mcf:refresh-open', {});
      const failures = result.failed.map((f) => f.message).join('; ');
      setRefreshed(failures ? { kind: 'error', text: t('mcf.refreshedSome', { count: result.refreshed, failures }) } : { kind: 'ok', text: t('mcf.refreshedAll', { count: result.refreshed }) });
      await loadList();
    } catch (error) {
      setRefreshed({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setRefreshing(false);
    }
  };
  useAltShortcut('KeyR', () => void refreshAll(), !refreshing);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void find(field.value);
  };
  const accountName = (id: string) => accounts.find((a) => a.id === id)?.name ?? id;

  return (
    <section aria-labelledby="mcf-title" className="df mcf">
      <div className="page-head">
        <h1 id="mcf-title">{t('mcf.title')}</h1>
        <div className="actions">
          <button type="button" className="big" onClick={() => void refreshAll()} disabled={refreshing}>
            {refreshing ? t('mcf.refreshing') : t('mcf.refreshOpen')} <kbd>Alt+R</kbd>
          </button>
          <button type="button" className="big primary" onClick={() => show({ kind: 'new' })}>
            {t('mcf.newOrder')} <kbd>Alt+N</kbd>
          </button>
        </div>
      </div>
      {refreshed ? (
        <div role={refreshed.kind === 'error' ? 'alert' : 'status'} className={`banner ${refreshed.kind}`} data-testid="mcf-refreshed">
          {refreshed.text}
        </div>
      ) : null}
      <form className="inline-form df-search" role="search" onSubmit={submit}>
        <label>
          {t('mcf.search')}
          <input ref={searchRef} name="mcf-search" value={field.value} onChange={(e) => field.change(e.target.value)} placeholder={t('mcf.searchHint')} autoComplete="off" spellCheck={false} />
        </label>
        <button type="submit" className="big">
          {t('mcf.find')} <kbd>Enter</kbd>
        </button>
      </form>
      {listError ? (
        <div role="alert" className="banner error">
          {listError}
        </div>
      ) : null}
      {listLoaded && orders.length === 0 ? <p data-testid="mcf-empty">{searched ? t('mcf.noMatch', { query: searched }) : t('mcf.noOrders')}</p> : null}
      {orders.length > 0 ? (
        <table className="df-grid card" aria-label={t('mcf.orders')}>
          <thead>
            <tr>
              <th>{t('mcf.order')}</th>
              <th>{t('mcf.step')}</th>
              <th>{t('mcf.speed')}</th>
              <th className="num">{t('mcf.units')}</th>
              <th>{t('mcf.tracking')}</th>
              <th>{t('mcf.sync')}</th>
            </tr>
          </thead>
          <tbody>
            {orders.map((o) => (
              <tr key={o.id} data-testid="mcf-order-row" data-order-id={o.sellerFulfillmentOrderId}>
                <td>
                  <button type="button" className="df-link" onClick={() => show({ kind: 'order', orderId: o.id })}>
                    {o.displayableOrderId}
                  </button>
                  <span className="df-sub">
                    {accountName(o.accountId)} · {new Date(o.createdAt).toLocaleString(i18n.language)}
                  </span>
                </td>
                <td>
                  <McfStepBadge step={o.step} />
                  {o.amazonStatus ? <span className="df-sub">{o.amazonStatus}</span> : null}
                </td>
                <td>{t(`mcf.speeds.${o.shippingSpeed}`)}</td>
                <td className="num">{o.units}</td>
                <td className="df-mono">{o.packages.map((p) => p.trackingNumber).filter(Boolean).join(', ') || '—'}</td>
                <td>
                  <DfSyncCell sync={o.sync} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
