import { useTranslation } from 'react-i18next';
import type { DfOrderDetail } from '../../../../shared/ipc/vendor-df';

/** The order's packages with their contents, weight, size and, once Amazon sent the labels, tracking numbers. */
export function DfPackages({ order }: { order: DfOrderDetail }) {
  const { t } = useTranslation();
  if (order.packages.length === 0) return null;
  const sku = (seq: string) => {
    const line = order.lines.find((l) => l.itemSequenceNumber === seq);
    return line?.vendorProductIdentifier ?? line?.buyerProductIdentifier ?? seq;
  };
  return (
    <div className="card">
      <h2>{t('df.packages')}</h2>
      <table className="df-grid" aria-label={t('df.packages')}>
        <thead>
          <tr>
            <th>{t('df.package')}</th>
            <th>{t('df.contents')}</th>
            <th>{t('df.weightAndSize')}</th>
            <th>{t('df.tracking')}</th>
          </tr>
        </thead>
        <tbody>
          {order.packages.map((p) => (
            <tr key={p.id} className={p.status === 'open' ? 'open' : ''} data-testid="df-package" data-status={p.status}>
              <td>
                {t('df.packageN', { n: p.number })}
                <span className="df-sub">{t(`df.packageStatus.${p.status}`)}</span>
              </td>
              <td>{p.lines.map((l) => `${sku(l.itemSequenceNumber)} ×${l.quantity}`).join(', ') || '—'}</td>
              <td>
                {p.weight ? `${p.weight.value} ${p.weight.unit.toLowerCase()}` : '—'}
                {p.dimensions ? <span className="df-sub">{`${p.dimensions.length}×${p.dimensions.width}×${p.dimensions.height} ${p.dimensions.unit.toLowerCase()}`}</span> : null}
              </td>
              <td className="df-mono" data-testid="df-package-tracking">
                {p.trackingNumber ?? '—'}
                {p.labelFormat ? <span className="df-sub">{p.labelFormat}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
