import { useTranslation } from 'react-i18next';
import type { AfterShipment } from '../../../../../shared/ipc/inbound-after';
import { useInboundAfterStore } from '../../../stores/inbound-after-store';
import { useAltShortcut } from '../../../components/use-shortcut';

const when = (iso: string) => new Date(iso).toLocaleString();

/** The shipment's delivery window and the other windows Amazon offers, any of which may replace it until Amazon's deadline. */
export function DeliveryWindowPanel({ planId, shipment, run }: { planId: string; shipment: AfterShipment; run(work: () => Promise<unknown>): Promise<void> }) {
  const { t } = useTranslation();
  const act = useInboundAfterStore((s) => s.act);
  const { selected, options, locked } = shipment.deliveryWindow;
  const refresh = () => run(() => act('inbound-after:refresh-windows', { planId, shipmentId: shipment.shipmentId }));
  useAltShortcut('KeyW', () => void refresh(), locked === null);
  return (
    <div className="after-panel" data-testid="delivery-window">
      <h4>{t('inboundAfter.window.title')}</h4>
      <p data-testid="selected-window">
        {selected ? t('inboundAfter.window.selected', { start: when(selected.startsAt), end: when(selected.endsAt) }) : t('inboundAfter.window.none')}
        {selected?.editableUntil ? ` · ${t('inboundAfter.window.editableUntil', { at: when(selected.editableUntil) })}` : ''}
      </p>
      {locked ? (
        <p className="hint">{locked}</p>
      ) : (
        <>
          <button type="button" className="big" onClick={() => void refresh()}>
            {t('inboundAfter.window.refresh')} <kbd>Alt+W</kbd>
          </button>
          <ul className="option-list">
            {options
              .filter((o) => o.deliveryWindowOptionId !== selected?.deliveryWindowOptionId)
              .map((o) => (
                <li key={o.deliveryWindowOptionId}>
                  <button type="button" className="big" onClick={() => void run(() => act('inbound-after:change-window', { planId, shipmentId: shipment.shipmentId, deliveryWindowOptionId: o.deliveryWindowOptionId }))}>
                    {t('inboundAfter.window.choose', { start: when(o.startsAt), end: when(o.endsAt) })}
                    {o.availabilityType ? ` · ${o.availabilityType}` : ''}
                  </button>
                </li>
              ))}
          </ul>
        </>
      )}
    </div>
  );
}
