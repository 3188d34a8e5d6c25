import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DfOrderDetail } from '../../../../shared/ipc/vendor-df';
import { useVendorDfStore } from '../../stores/vendor-df-store';
import { useAltShortcut } from '../../components/use-shortcut';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Vendor-own-carrier instead of Amazon's labels, offered once every unit is packed and every package closed: the carrier
 * and each package's tracking number. The station checks them and says what is wrong.
 */
export function DfOwnCarrierForm({ order }: { order: DfOrderDetail }) {
  const { t } = useTranslation();
  const act = useVendorDfStore((s) => s.act);
  const [carrier, setCarrier] = useState('');
  const [scac, setScac] = useState('');
  const [tracking, setTracking] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await act('df:use-own-carrier', {
        orderId: order.id,
        carrier: carrier.trim(),
        ...(scac.trim() ? { scacCode: scac.trim().toUpperCase() } : {}),
        tracking: order.packages.map((p) => ({ packageId: p.id, trackingNumber: (tracking[p.id] ?? '').trim() })),
      });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card df-own-carrier" data-testid="df-own-carrier" onSubmit={(e) => void submit(e)} aria-labelledby="df-own-carrier-title">
      <h2 id="df-own-carrier-title">{t('dfStatus.ownCarrierTitle')}</h2>
      <p className="df-sub">{t('dfStatus.ownCarrierHint')}</p>
      <div className="df-form-grid">
        <label>
          {t('dfStatus.carrier')}
          <input name="carrier" value={carrier} onChange={(e) => setCarrier(e.target.value)} autoComplete="off" />
        </label>
        <label>
          {t('dfStatus.scac')}
          <input name="scac" value={scac} onChange={(e) => setScac(e.target.value)} autoComplete="off" maxLength={4} />
        </label>
        {order.packages.map((p) => (
          <label key={p.id}>
            {t('dfStatus.trackingFor', { n: p.number })}
            <input name={`tracking-${p.number}`} className="df-mono" value={tracking[p.id] ?? ''} onChange={(e) => setTracking({ ...tracking, [p.id]: e.target.value })} autoComplete="off" spellCheck={false} />
          </label>
        ))}
      </div>
      {error ? (
        <div role="alert" className="banner error" data-testid="df-own-carrier-error">
          {error}
        </div>
      ) : null}
      <div className="df-submit-bar">
        <span />
        <button type="submit" className="big" disabled={busy}>
          {busy ? t('dfStatus.saving') : t('dfStatus.useOwnCarrier')}
        </button>
      </div>
    </form>
  );
}

/** A vendor-own-carrier order ready to confirm (or being confirmed): its carrier and tracking numbers, no labels to print. */
export function DfOwnCarrierPanel({ order, onConfirm }: { order: DfOrderDetail; onConfirm?: () => void }) {
  const { t } = useTranslation();
  useAltShortcut('Enter', () => onConfirm?.(), Boolean(onConfirm));
  const carrier = order.ownCarrier;
  if (!carrier) return null;
  return (
    <div className="card" data-testid="df-own-carrier-panel">
      <h2>{carrier.scacCode ? t('dfStatus.shipsWithScac', { carrier: carrier.carrier, scac: carrier.scacCode }) : t('dfStatus.shipsWith', { carrier: carrier.carrier })}</h2>
      <p className="df-mono" data-testid="df-own-carrier-tracking">
        {order.trackingNumbers.join(', ')}
      </p>
      {onConfirm ? (
        <div className="df-submit-bar">
          <span>{t('dfStatus.confirmHint')}</span>
          <button type="button" className="big primary" onClick={onConfirm}>
            {t('df.confirmShipment')} <kbd>Alt+Enter</kbd>
          </button>
        </div>
      ) : null}
    </div>
  );
}
