import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Box } from '../../../../shared/ipc/inbound';
import type { FreightTracking as SentTracking } from '../../../../shared/ipc/inbound-freight';
import { usePlansStore } from '../../stores/plans-store';
import { registerScanHandler } from '../../scan/scan-router';
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
 * LTL and FTL: the carrier's PRO (freight bill) number and the bill of lading number, for the whole shipment. While
 * either field has focus, a scan of the carrier's barcode fills that field and moves on to the next.
 */
export function FreightTracking({ planId, shipmentId, boxes, sent }: Props) {
  const { t } = useTranslation();
  const act = usePlansStore((s) => s.act);
  const [pro, setPro] = useState(sent?.proNumber ?? '');
  const [bol, setBol] = useState(sent?.billOfLadingNumber ?? '');
  const [focused, setFocused] = useState<'pro' | 'bol' | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const bolRef = useRef<HTMLInputElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!focused) return;
    return registerScanHandler((code) => {
      if (focused === 'pro') {
        setPro(code.trim());
        bolRef.current?.focus();
      } else {
        setBol(code.trim());
        submitRef.current?.focus();
      }
      beep('ok');
    });
  }, [focused]);

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
        <input name="pro-number" value={pro} onChange={(e) => setPro(e.target.value)} onFocus={() => setFocused('pro')} onBlur={() => setFocused(null)} autoComplete="off" maxLength={64} />
      </label>
      <label>
        {t('inbound.bolNumber')}
        <input ref={bolRef} name="bol-number" value={bol} onChange={(e) => setBol(e.target.value)} onFocus={() => setFocused('bol')} onBlur={() => setFocused(null)} autoComplete="off" maxLength={BOL_MAX} />
      </label>
      <button ref={submitRef} type="submit" className="big primary" disabled={!pro.trim()}>
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
