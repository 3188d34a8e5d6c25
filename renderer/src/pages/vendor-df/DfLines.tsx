import { useTranslation } from 'react-i18next';
import type { DfOrderDetail } from '../../../../shared/ipc/vendor-df';

/** The order lines, ordered against packed; the line just scanned is highlighted. */
export function DfLines({ order, highlight }: { order: DfOrderDetail; highlight?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <div className="card">
      <h2>{t('df.lines')}</h2>
      <table className="df-grid" aria-label={t('df.lines')}>
        <thead>
          <tr>
            <th>{t('df.item')}</th>
            <th className="num">{t('df.ordered')}</th>
            <th className="num">{t('df.packed')}</th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line) => {
            const state = line.packed === line.ordered ? 'done' : line.packed > line.ordered ? 'over' : '';
            return (
              <tr
                key={line.itemSequenceNumber}
                className={`${state} ${highlight === line.itemSequenceNumber ? 'last-scanned' : ''}`}
                data-testid="df-line"
                data-vendor-sku={line.vendorProductIdentifier ?? ''}
                data-asin={line.buyerProductIdentifier ?? ''}
                data-ordered={line.ordered}
                data-packed={line.packed}
              >
                <td>
                  <strong className="df-mono">{line.vendorProductIdentifier ?? line.buyerProductIdentifier}</strong>
                  <span className="df-sub df-ellipsis" title={line.title}>
                    {line.buyerProductIdentifier ? `${line.buyerProductIdentifier} · ` : ''}
                    {line.title}
                  </span>
                </td>
                <td className="num">{line.ordered}</td>
                <td className="num" data-testid="df-line-packed">
                  {line.packed}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
