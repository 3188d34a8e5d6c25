import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Box } from '../../../../shared/ipc/inbound';
import type { FreightTracking as SentTracking } from '../../../../shared/ipc/inbound-freight';
import { usePlansStore } from '../../stores/plans-store';
import { beep } from '../../scan/beep';

interface Props {
  planId: string;
  shipmentId: string;
  boxes: Box[];
  /** What the station already sent for this shipment, if anything. */
  sent?: SentTracking | undefined;
}

/** Amazon's freightBillNumber: at most 64 letters, digits, spaces, dashes, dots or underscores. */
const PRO_PATTERN = /^[a-zA-Z0-9-._ ]{1,64}$/;
const BOL_MAX = 50;

/**
 * LTL and FTL: the carrier's PRO (freight bill) number and the bill of lading number, for the whole shipment. Both are
 * scan fields: a scan of the carrier's barcode (or typing) goes into the field as it comes, whatever its timing; Enter
 * in the PRO field moves on to the bill of lading, Enter there sends both.
 */
export function FreightTracking({ planId, shipmentId, boxes, sent }: Props) {
  const { t } = useTranslation();
  const act = usePlansStore((s) => s.act);
  const [pro, setPro] = useState(sent?.proNumber ?? '');
  const [bol, setBol] = useState(sent?.billOfLadingNumber ?? '');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const bolRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const proNumber = pro.trim();
    const billOfLadingNumber = bol.trim();
    if (!PRO_PATTERN.test(proNumber)) {
      setMessage({ kind: 'error', text: t('placeFirst.proInvalid') });
      beep('error');
      return;
    }
    if (billOfLadingNumber.length > BOL_MAX) {
      setMessage({ kind: 'error', text: t('placeFirst.bolInvalid') });
      beep('error');
      return;
    }
    try {
      await act('inbound:set-tracking', { planId, shipmentId, freight: { proNumber, ...(billOfLadingNumber ? { billOfLadingNumber } : {}) } });
      setMessage({ kind: 'ok', text: t('inbound.freightSent') });
      beep('ok');
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
      beep('error');
    }
  };

  return (
    <form className="inline-form" onSubmit={submit} aria-label={t('inbound.freightTracking')} data-testid="freight-tracking">
      <ul className="plain mono">
        {boxes.map((b) => (
          <li key={b.id} data-testid="amazon-box-id">
            {b.amazonBoxId ?? t('inbound.waitingBoxId')}
          </li>
        ))}
      </ul>
      <p className="sub">{t('placeFirst.scanIntoField')}</p>
      <label>
        {t('inbound.proNumber')}
        <input
          name="pro-number"
          data-scan-field=""
          value={pro}
          onChange={(e) => setPro(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            bolRef.current?.focus();
          }}
          autoComplete="off"
          spellCheck={false}
          maxLength={64}
        />
      </label>
      <label>
        {t('inbound.bolNumber')}
        <input ref={bolRef} name="bol-number" data-scan-field="" value={bol} onChange={(e) => setBol(e.target.value)} autoComplete="off" spellCheck={false} maxLength={BOL_MAX} />
      </label>
      <button type="submit" className="big primary" disabled={!pro.trim()}>
        {t('inbound.sendTracking', { count: 1 })}
      </button>
      {sent ? (
        <p className="ok-text" data-testid="freight-tracking-sent">
          {t('placeFirst.trackingSentAs', { pro: sent.proNumber })}
          {sent.billOfLadingNumber ? t('placeFirst.trackingSentBol', { bol: sent.billOfLadingNumber }) : ''}
        </p>
      ) : null}
      {message ? (
        <div role={message.kind === 'error' ? 'alert' : 'status'} className={`banner ${message.kind}`} data-testid="freight-tracking-message">
          {message.text}
        </div>
      ) : null}
    </form>
  );
}
