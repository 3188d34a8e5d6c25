import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Box } from '../../../../shared/ipc/inbound';
import { usePlansStore } from '../../stores/plans-store';
import { beep } from '../../scan/beep';
import { useAltShortcut } from '../../components/use-shortcut';

export type TrackingMessage = { kind: 'ok' | 'error'; text: string };

interface Props {
  planId: string;
  shipmentId: string;
  boxes: Box[];
  /** Tracking numbers scanned or typed and not sent yet, by Amazon box id. */
  drafts: Record<string, string>;
  setDraft(amazonBoxId: string, tracking: string | null): void;
  armed: string | null;
  message: TrackingMessage | null;
  setMessage(message: TrackingMessage | null): void;
  /** Puts focus back where the next scan goes. */
  refocus(): void;
  /** An Amazon-partnered carrier reports tracking to Amazon itself; the station sends none. */
  partnered: boolean;
}

/** One small-parcel shipment's boxes with their tracking numbers, and sending them to Amazon. */
export function TrackingEntry({ planId, shipmentId, boxes, drafts, setDraft, armed, message, setMessage, refocus, partnered }: Props) {
  const { t } = useTranslation();
  const act = usePlansStore((s) => s.act);
  const [busy, setBusy] = useState(false);

  const valueOf = (box: Box) => drafts[box.amazonBoxId ?? ''] ?? box.trackingId ?? '';
  const entered = boxes.filter((b) => b.amazonBoxId && valueOf(b).trim() && valueOf(b).trim() !== b.trackingId);

  const send = async () => {
    setBusy(true);
    try {
      await act('inbound:set-tracking', { planId, shipmentId, boxes: entered.map((b) => ({ amazonBoxId: b.amazonBoxId!, trackingId: valueOf(b).trim() })) });
      setMessage({ kind: 'ok', text: t('inbound.trackingSent', { count: entered.length }) });
      for (const b of entered) setDraft(b.amazonBoxId!, null);
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
      beep('error');
    } finally {
      setBusy(false);
      refocus();
    }
  };

  // Alt+S sends what was entered, for every shipment on screen at once.
  useAltShortcut('KeyS', () => void send(), !partnered && !busy && entered.length > 0);

  return (
    <div className="tracking">
      <p className="sub">{partnered ? t('inbound.partneredTracking') : t('inbound.trackingHelp')}</p>
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
                  {box.amazonBoxId && !partnered ? (
                    <input
                      aria-label={t('inbound.trackingOf', { box: box.amazonBoxId })}
                      data-testid="tracking-input"
                      value={valueOf(box)}
                      onChange={(e) => setDraft(box.amazonBoxId!, e.target.value)}
                      autoComplete="off"
                    />
                  ) : null}
                  {box.trackingId ? (
                    <span className="ok-text" data-testid="tracking-saved">
                      {' '}
                      ✓
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {partnered ? null : (
        <div className="actions">
          <button type="button" className="big primary" disabled={busy || entered.length === 0} onClick={() => void send()}>
            {t('inbound.sendTracking', { count: entered.length })} <kbd>Alt+S</kbd>
          </button>
        </div>
      )}
    </div>
  );
}
