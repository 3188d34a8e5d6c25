import { useTranslation } from 'react-i18next';
import type { McfOrderDetail } from '../../../../shared/ipc/mcf';

/** The order's items and the packages Amazon shipped them in. */
export function McfOrderFacts({ order }: { order: McfOrderDetail }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="card">
      <p className="df-sub">
        {t('mcf.speedN', { speed: t(`mcf.speeds.${order.shippingSpeed}`) })} · {order.sellerFulfillmentOrderId}
        {order.comment ? ` · ${order.comment}` : ''}
      </p>
      <table className="df-grid" aria-label={t('mcf.items')}>
        <thead>
          <tr>
            <th>{t('mcf.item')}</th>
            <th className="num">{t('mcf.quantity')}</th>
          </tr>
        </thead>
        <tbody>
          {order.items.map((item) => (
            <tr key={item.sellerFulfillmentOrderItemId} data-testid="mcf-order-item" data-sku={item.sellerSku}>
              <td>
                <strong className="df-mono">{item.sellerSku}</strong>
                <span className="df-sub df-ellipsis">{item.title}</span>
              </td>
              <td className="num">{item.quantity}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('mcf.packages')}</h2>
      {order.packages.length === 0 ? (
        <p className="df-sub" data-testid="mcf-no-packages">
          {t('mcf.noPackages')}
        </p>
      ) : (
        <table className="df-grid" aria-label={t('mcf.packages')}>
          <tbody>
            {order.packages.map((p) => (
              <tr key={p.packageNumber} data-testid="mcf-package">
                <td>{t('mcf.packageN', { n: p.packageNumber })}</td>
                <td>{p.carrierCode ?? '—'}</td>
                <td className="df-mono">{p.trackingNumber ?? '—'}</td>
                <td>{p.estimatedArrivalDate ? t('mcf.arrivesOn', { date: new Date(p.estimatedArrivalDate).toLocaleDateString(i18n.language) }) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
