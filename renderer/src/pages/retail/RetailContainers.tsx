import { useTranslation } from 'react-i18next';
import type { RetailShipmentDetail } from '../../../../shared/ipc/retail';

/** Cartons and pallets with their SSCCs; a carton shows the pallet it stands on. */
export function RetailContainers({ shipment }: { shipment: RetailShipmentDetail }) {
  const { t } = useTranslation();
  if (shipment.containers.length === 0) return null;
  const number = (id: string | null) => shipment.containers.find((c) => c.id === id)?.number;
  return (
    <div className="card">
      <h2>{t('retail.containers')}</h2>
      <table className="df-grid" aria-label={t('retail.containers')}>
        <tbody>
          {shipment.containers.map((c) => (
            <tr key={c.id} className={c.status === 'open' ? 'open' : ''} data-testid="retail-container" data-kind={c.kind} data-sscc={c.sscc} data-status={c.status}>
              <td>
                {t(c.kind === 'carton' ? 'retail.cartonN' : 'retail.palletN', { n: c.number })}
                <span className="df-sub">{t(`retail.status.${c.status}`)}</span>
              </td>
              <td className="df-mono">{c.sscc}</td>
              <td>
                {c.kind === 'carton'
                  ? t('retail.cartonUnits', { count: c.lines.reduce((n, l) => n + l.quantity, 0) })
                  : t('retail.palletCartons', { count: c.cartonIds.length })}
                {c.palletId ? <span className="df-sub">{t('retail.onPallet', { n: number(c.palletId) ?? '?' })}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
