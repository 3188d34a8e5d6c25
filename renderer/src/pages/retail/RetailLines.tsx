import { useTranslation } from 'react-i18next';
import type { RetailShipmentDetail } from '../../../../shared/ipc/retail';

/** The ASN's PO lines, expected against packed. */
export function RetailLines({ shipment }: { shipment: RetailShipmentDetail }) {
  const { t } = useTranslation();
  return (
    <div className="card">
      <h2>{t('retail.lines')}</h2>
      <table className="df-grid" aria-label={t('retail.lines')}>
        <thead>
          <tr>
            <th>{t('retail.po')}</th>
            <th>{t('retail.item')}</th>
            <th className="num">{t('retail.packed')}</th>
          </tr>
        </thead>
        <tbody>
          {shipment.lines.map((l) => (
            <tr key={l.itemSequenceNumber} className={l.packed === l.expected ? 'done' : ''} data-testid="retail-line" data-sku={l.vendorSku} data-po={l.purchaseOrderNumber} data-expected={l.expected} data-packed={l.packed}>
              <td className="df-mono">{l.purchaseOrderNumber}</td>
              <td>
                <strong className="df-mono">{l.vendorSku}</strong>
                <span className="df-sub df-ellipsis">{l.title}</span>
              </td>
              <td className="num">
                {l.packed}/{l.expected}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
