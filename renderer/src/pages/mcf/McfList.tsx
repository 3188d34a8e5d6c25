import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMcfStore } from '../../stores/mcf-store';
import { useAccountsStore } from '../../stores/accounts-store';
import { useAltShortcut } from '../../components/use-shortcut';
import { useListSearch } from '../../components/use-list-search';
import { ListSearch } from '../../components/ListSearch';
import { call } from '../../ipc/station';
import { DfSyncCell } from '../vendor-df/DfSyncCell';
import { McfStepBadge } from './McfStepBadge';

/** MCF orders of all seller accounts; a scanned or typed order id or tracking number opens its order. */
export function McfList() {
  const { t, i18n } = useTranslation();
  const list = useMcfStore();
  const { items: orders, show, loadList } = list;
  const accounts = useAccountsStore((s) => s.accounts);
  const searchBox = useListSearch('mcf', list, (order) => show({ kind: 'order', orderId: order.id }));
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
      <ListSearch search={searchBox} />
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
