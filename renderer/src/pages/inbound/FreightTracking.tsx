import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Box } from '../../../../shared/ipc/inbound';
import { usePlansStore } from '../../stores/plans-store';

interface Props {
  planId: string;
  shipmentId: string;
  boxes: Box[];
}

/** LTL and FTL: the carrier's PRO (freight bill) number and the bill of lading number, for the whole shipment. */
export function FreightTracking({ planId, shipmentId, boxes }: Props) {
  const { t } = useTranslation();
  const act = usePlansStore((s) => s.act);
  const [pro, setPro] = useState('');
  const [bol, setBol] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await act('inbound:set-tracking', { planId, shipmentId, freight: { proNumber: pro.trim(), ...(bol.trim() ? { billOfLadingNumber: bol.trim() } : {}) } });
      setMessage({ kind: 'ok', text: t('inbound.freightSent') });
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <form className="inline-form" onSubmit={submit} aria-label={t('inbound.freightTracking')}>
      <ul className="plain mono">
        {boxes.map((b) => (
          <li key={b.id} data-testid="amazon-box-id">
            {b.amazonBoxId ?? t('inbound.waitingBoxId')}
          </li>
        ))}
      </ul>
      <label>
        {t('inbound.proNumber')}
        <input value={pro} onChange={(e) => setPro(e.target.value)} autoComplete="off" required maxLength={50} />
      </label>
      <label>
        {t('inbound.bolNumber')}
        <input value={bol} onChange={(e) => setBol(e.target.value)} autoComplete="off" maxLength={50} />
      </label>
      <button type="submit" className="big primary" disabled={!pro.trim()}>
        {t('inbound.sendTracking', { count: 1 })}
      </button>
      {message ? (
        <div role={message.kind === 'error' ? 'alert' : 'status'} className={`banner ${message.kind}`}>
          {message.text}
        </div>
      ) : null}
    </form>
  );
}
