import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../shared/ipc/inbound';
import { carrierName, formatMoney, quote } from './raw-views';

type TransportOption = PlanDetail['transportationOptions'][number];
type DeliveryWindow = PlanDetail['deliveryWindows'][number];

/** One transportation option in a line: mode, who carries it, the quote. */
export function TransportLabel({ option }: { option: TransportOption }) {
  const { t, i18n } = useTranslation();
  const q = quote(option.raw);
  const carrier = carrierName(option.raw);
  return (
    <span className="transport-label">
      <strong>{t(`inbound.mode.${option.shippingMode}`, { defaultValue: option.shippingMode })}</strong> · {t(`inbound.solution.${option.shippingSolution}`, { defaultValue: option.shippingSolution })}
      {carrier ? ` · ${carrier}` : ''}
      {q.cost ? ` · ${formatMoney(q.cost, i18n.language)}` : ''}
    </span>
  );
}

export function windowText(window: DeliveryWindow, language: string): string {
  const day = (iso: string) => new Date(iso).toLocaleDateString(language, { month: 'short', day: 'numeric', weekday: 'short' });
  return `${day(window.startsAt)} – ${day(window.endsAt)}`;
}

/** Which modes a shipment can travel by, and when it can arrive at the earliest. */
export function ShipmentOptionsSummary({ plan, shipmentId }: { plan: PlanDetail; shipmentId: string }) {
  const { t, i18n } = useTranslation();
  const options = plan.transportationOptions.filter((o) => o.shipmentId === shipmentId);
  const windows = plan.deliveryWindows.filter((w) => w.shipmentId === shipmentId).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  if (options.length === 0) return <span className="sub">{t('inbound.waitingTransport')}</span>;
  return (
    <div className="shipment-options">
      <ul className="plain">
        {options.map((o) => (
          <li key={o.transportationOptionId}>
            <TransportLabel option={o} />
          </li>
        ))}
      </ul>
      {windows[0] ? <div className="sub">{t('inbound.earliestWindow', { window: windowText(windows[0], i18n.language), count: windows.length })}</div> : null}
    </div>
  );
}
