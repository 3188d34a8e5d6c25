import { useTranslation } from 'react-i18next';
import type { DfOrderDetail } from '../../../../shared/ipc/vendor-df';

/** The customer's ship-to, for checking against the label. Personal data: shown on the order screen only. */
export function DfShipTo({ order }: { order: DfOrderDetail }) {
  const { t } = useTranslation();
  const to = order.shipTo;
  return (
    <div className="card df-ship-to" data-testid="df-ship-to">
      <h2>{t('df.shipTo')}</h2>
      {to ? (
        <address>
          <div>{to.name}</div>
          <div>{to.addressLine1}</div>
          <div>{[to.city, to.stateOrRegion, to.postalCode].filter(Boolean).join(', ')}</div>
          <div>{to.countryCode}</div>
        </address>
      ) : (
        <p className="df-sub">{t('df.shipToErased')}</p>
      )}
      <p className="df-sub">
        {t('df.shipMethodN', { method: order.shipMethod ?? '—' })}
        {order.packingSlipRequired ? ` · ${t('df.packingSlipRequired')}` : ''}
      </p>
    </div>
  );
}
