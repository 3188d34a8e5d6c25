import { useTranslation } from 'react-i18next';
import type { McfPreviewResult, McfSpeed } from '../../../../shared/ipc/mcf';

interface Props {
  result: McfPreviewResult;
  speed: McfSpeed;
  onChoose(speed: McfSpeed): void;
}

/** Amazon's preview per shipping speed: fees, ship and arrival dates, and what cannot be fulfilled and why. */
export function McfPreviewTable({ result, speed, onChoose }: Props) {
  const { t, i18n } = useTranslation();
  const day = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString(i18n.language, { month: 'short', day: 'numeric' }) : '—');
  return (
    <table className="df-grid" aria-label={t('mcf.previewTitle')} data-testid="mcf-preview">
      <thead>
        <tr>
          <th>{t('mcf.speed')}</th>
          <th className="num">{t('mcf.fee')}</th>
          <th>{t('mcf.ships')}</th>
          <th>{t('mcf.arrives')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {result.previews.map((p) => {
          const reasons = [...p.orderUnfulfillableReasons, ...p.unfulfillableItems.map((u) => `${u.sellerSku} ×${u.quantity}: ${u.reasons.join(', ')}`)];
          return (
            <tr key={p.shippingSpeedCategory} className={p.shippingSpeedCategory === speed ? 'open' : ''} data-testid="mcf-preview-row" data-speed={p.shippingSpeedCategory} data-fulfillable={String(p.fulfillable)}>
              <td>
                {t(`mcf.speeds.${p.shippingSpeedCategory}`)}
                {reasons.length > 0 ? <span className="df-sub df-error-text">{t('mcf.unfulfillable', { reasons: reasons.join('; ') })}</span> : null}
              </td>
              <td className="num mcf-nowrap" data-testid="mcf-preview-fee" title={p.fees.map((f) => `${f.name} ${f.amount} ${f.currencyCode}`).join('\n')}>
                {p.totalFee ? `${p.totalFee.amount} ${p.totalFee.currencyCode}` : '—'}
              </td>
              <td className="mcf-nowrap">
                {day(p.earliestShipDate)} – {day(p.latestShipDate)}
              </td>
              <td className="mcf-nowrap">
                {day(p.earliestArrivalDate)} – {day(p.latestArrivalDate)}
              </td>
              <td>
                <button type="button" className={p.shippingSpeedCategory === speed ? 'big selected' : 'big'} disabled={!p.fulfillable} onClick={() => onChoose(p.shippingSpeedCategory)}>
                  {p.shippingSpeedCategory === speed ? t('mcf.chosen') : t('mcf.choose')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
