import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Box } from '../../../../shared/ipc/inbound';
import { matchTracking } from '../../../../shared/scan';
import { usePlansStore } from '../../stores/plans-store';
import { registerScanHandler } from '../../scan/scan-router';
import { beep } from '../../scan/beep';

interface Props {
  planId: string;
  shipmentId: string;
  boxes: Box[];
}

/**
 * Small parcel tracking: scan a box's label (its Amazon box id), then the carrier label stuck beside it. Tracking
 * numbers are paired with box ids by what was scanned, never by the order of the boxes; typing into a box's field
 * works too.
 */
export function TrackingEntry({ planId, shipmentId, boxes }: Props) {
  const { t } = useTranslation();
  const act = usePlansStore((s) => s.act);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [armed, setArmed] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const armedRef = useRef(armed);
  armedRef.current = armed;

  const valueOf = (box: Box) => drafts[box.amazonBoxId ?? ''] ?? box.trackingId ?? '';
  const withIds = boxes.filter((b) => b.amazonBoxId);

  const onScan = (code: string) => {
    const box = withIds.find((b) => b.amazonBoxId === code.trim());
    if (box) {
      setArmed(box.amazonBoxId);
      setMessage({ kind: 'ok', text: t('inbound.nowScanTracking', { box: box.amazonBoxId }) });
      beep('ok');
      return;
    }
    const target = armedRef.current;
    if (!target) {
      // A scan that is no box of this shipment, with no box waiting for its tracking number.
      if (boxes.length > 0) {
        setMessage({ kind: 'error', text: t('inbound.scanBoxFirst', { code }) });
        beep('error');
      }
      return;
    }
    const tracking = code.trim();
    const match = matchTracking(tracking);
    if (match && !match.ok) {
      // A carrier format with a wrong check digit is a misread, not a tracking number.
      setMessage({ kind: 'error', text: t('inbound.trackingMisread', { tracking, carrier: match.service, message: match.error.message }) });
      beep('error');
      return;
    }
    setDrafts((d) => ({ ...d, [target]: tracking }));
    setArmed(null);
    setMessage({ kind: 'ok', text: t('inbound.trackingPaired', { box: target, tracking, carrier: match?.ok ? match.match.service : '' }) });
    beep('ok');
  };
  const scanRef = useRef(onScan);
  scanRef.current = onScan;
  useEffect(() => registerScanHandler((code) => scanRef.current(code)), []);

  const entered = withIds.filter((b) => valueOf(b).trim() && valueOf(b).trim() !== b.trackingId);
  const send = async () => {
    setBusy(true);
    try {
      await act('inbound:set-tracking', { planId, shipmentId, boxes: entered.map((b) => ({ amazonBoxId: b.amazonBoxId!, trackingId: valueOf(b).trim() })) });
      setMessage({ kind: 'ok', text: t('inbound.trackingSent', { count: entered.length }) });
      setDrafts({});
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
      beep('error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="tracking">
      <p className="sub">{t('inbound.trackingHelp')}</p>
      {message ? (
        <div role={message.kind === 'error' ? 'alert' : 'status'} className={`banner ${message.kind}`} data-testid="tracking-message">
          {message.text}
        </div>
      ) : null}
      <div className="scroll tall">
        <table className="grid compact" aria-label={t('inbound.boxes')}>
          <thead>
            <tr>
              <th>{t('inbound.box')}</th>
              <th>{t('inbound.amazonBoxId')}</th>
              <th>{t('inbound.trackingNumber')}</th>
            </tr>
          </thead>
          <tbody>
            {boxes.map((box) => (
              <tr key={box.id} data-testid="shipment-box" data-box-id={box.amazonBoxId ?? ''} className={armed && armed === box.amazonBoxId ? 'armed' : ''}>
                <td>{t('inbound.boxN', { n: box.number })}</td>
                <td className="mono" data-testid="amazon-box-id">
                  {box.amazonBoxId ?? t('inbound.waitingBoxId')}
                </td>
                <td>
                  {box.amazonBoxId ? (
                    <input
                      aria-label={t('inbound.trackingOf', { box: box.amazonBoxId })}
                      data-testid="tracking-input"
                      value={valueOf(box)}
                      onChange={(e) => setDrafts((d) => ({ ...d, [box.amazonBoxId!]: e.target.value }))}
                      autoComplete="off"
                    />
                  ) : null}
                  {box.trackingId ? <span className="ok-text" data-testid="tracking-saved"> ✓</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="actions">
        <button type="button" className="big primary" disabled={busy || entered.length === 0} onClick={() => void send()}>
          {t('inbound.sendTracking', { count: entered.length })}
        </button>
      </div>
    </div>
  );
}
