import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelfShipReason, type AfterShipment } from '../../../../../shared/ipc/inbound-after';
import { useInboundAfterStore } from '../../../stores/inbound-after-store';
import { useAltShortcut } from '../../../components/use-shortcut';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '—');

/** Self-ship appointments where Amazon offers them: slots listed, one booked, moved or cancelled with a reason. */
export function SelfShipPanel({ planId, shipment, run }: { planId: string; shipment: AfterShipment; run(work: () => Promise<unknown>): Promise<void> }) {
  const { t } = useTranslation();
  const act = useInboundAfterStore((s) => s.act);
  const [reason, setReason] = useState<SelfShipReason>('SLOT_NOT_SUITABLE');
  const { unavailable, slots, appointment, pending } = shipment.selfShip;
  const active = appointment && appointment.status !== 'CANCELLED' ? appointment : null;
  const ref = { planId, shipmentId: shipment.shipmentId };
  const listSlots = () => run(() => act('inbound-after:self-ship-slots', ref));
  useAltShortcut('KeyO', () => void listSlots(), unavailable === null);

  return (
    <div className="after-panel" data-testid="self-ship">
      <h4>{t('inboundAfter.selfShip.title')}</h4>
      {unavailable ? (
        <p className="hint" data-testid="self-ship-unavailable">
          {unavailable}
        </p>
      ) : (
        <>
          {pending ? <p role="status">{t(`inboundAfter.selfShip.pending.${pending}`)}</p> : null}
          <p data-testid="self-ship-appointment">
            {appointment ? t('inboundAfter.selfShip.appointment', { start: when(appointment.startsAt), end: when(appointment.endsAt), status: appointment.status }) : t('inboundAfter.selfShip.none')}
          </p>
          <label className="edit-line">
            <span>{t('inboundAfter.selfShip.reason')}</span>
            <select value={reason} onChange={(e) => setReason(SelfShipReason.parse(e.target.value))}>
              {SelfShipReason.options.map((r) => (
                <option key={r} value={r}>
                  {t(`inboundAfter.selfShip.reasons.${r}`)}
                </option>
              ))}
            </select>
          </label>
          <div className="actions">
            <button type="button" className="big" onClick={() => void listSlots()}>
              {t('inboundAfter.selfShip.listSlots')} <kbd>Alt+O</kbd>
            </button>
            {active ? (
              <button type="button" className="big danger" onClick={() => void run(() => act('inbound-after:self-ship-cancel', { ...ref, reason }))}>
                {t('inboundAfter.selfShip.cancel')}
              </button>
            ) : null}
          </div>
          <ul className="option-list">
            {slots.map((slot) => (
              <li key={slot.slotId}>
                <button type="button" className="big" onClick={() => void run(() => act('inbound-after:self-ship-book', { ...ref, slotId: slot.slotId, ...(active ? { reason } : {}) }))}>
                  {t('inboundAfter.selfShip.book', { start: when(slot.startsAt), end: when(slot.endsAt) })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
