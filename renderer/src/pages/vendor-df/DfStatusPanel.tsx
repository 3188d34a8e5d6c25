import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DfOrderDetail } from '../../../../shared/ipc/vendor-df';
import { DF_REASON_CODES, DF_STATUS_CODES, EXCEPTION_STATUSES, type DfReasonCode, type DfStatusCode } from '../../../../shared/vendor-df/shipment-status';
import { useVendorDfStore } from '../../stores/vendor-df-store';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** `datetime-local` value of a moment, in the station's own time zone. */
function localInput(ms: number): string {
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}

const emptyLocation = { name: '', addressLine1: '', city: '', stateOrRegion: '', postalCode: '', countryCode: '' };
type LocationField = keyof typeof emptyLocation;
const LOCATION_FIELDS: [LocationField, string][] = [
  ['name', 'dfStatus.locationName'],
  ['addressLine1', 'dfStatus.street'],
  ['city', 'dfStatus.city'],
  ['stateOrRegion', 'dfStatus.stateOrRegion'],
  ['postalCode', 'dfStatus.postalCode'],
  ['countryCode', 'dfStatus.country'],
];

/**
 * Status updates of a shipped vendor-own-carrier order: what the carrier reported, sent to Amazon through the outbox,
 * and each one's result as Amazon's transaction ended. The station refuses a status that does not fit its reason.
 */
export function DfStatusPanel({ order }: { order: DfOrderDetail }) {
  const { t } = useTranslation();
  const act = useVendorDfStore((s) => s.act);
  const tracked = order.packages.filter((p) => p.trackingNumber);
  const [packageId, setPackageId] = useState(tracked[0]?.id ?? '');
  const [statusCode, setStatusCode] = useState<DfStatusCode>('AF');
  const [reasonCode, setReasonCode] = useState<DfReasonCode>('NS');
  const [when, setWhen] = useState(() => localInput(Date.now()));
  const [eta, setEta] = useState('');
  const [location, setLocation] = useState(emptyLocation);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);

  const chooseStatus = (code: DfStatusCode) => {
    setStatusCode(code);
    // A normal status takes NS; an exception needs its reason chosen.
    if (!EXCEPTION_STATUSES.has(code)) setReasonCode('NS');
    else if (reasonCode === 'NS') setReasonCode('A1');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSent(false);
    try {
      const at = new Date(when);
      if (Number.isNaN(at.getTime())) throw new Error(t('dfStatus.statusTimeMissing'));
      const state = location.stateOrRegion.trim();
      const postal = location.postalCode.trim();
      await act('df:send-status', {
        orderId: order.id,
        packageId,
        statusCode,
        reasonCode,
        statusDateTime: at.toISOString(),
        ...(eta ? { estimatedDeliveryDateTime: new Date(eta).toISOString() } : {}),
        location: {
          name: location.name.trim(),
          addressLine1: location.addressLine1.trim(),
          city: location.city.trim(),
          countryCode: location.countryCode.trim().toUpperCase(),
          ...(state ? { stateOrRegion: state } : {}),
          ...(postal ? { postalCode: postal } : {}),
        },
      });
      setSent(true);
      setWhen(localInput(Date.now()));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="card df-status" data-testid="df-status">
      <h2>{t('dfStatus.statusTitle')}</h2>
      <p className="df-sub">{t('dfStatus.statusHint')}</p>
      <form onSubmit={(e) => void submit(e)} aria-label={t('dfStatus.statusTitle')}>
        <div className="df-form-grid">
          <label>
            {t('dfStatus.package')}
            <select name="package" value={packageId} onChange={(e) => setPackageId(e.target.value)}>
              {tracked.map((p) => (
                <option key={p.id} value={p.id}>
                  {t('dfStatus.packageOption', { n: p.number, tracking: p.trackingNumber })}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('dfStatus.statusCode')}
            <select name="statusCode" value={statusCode} onChange={(e) => chooseStatus(e.target.value as DfStatusCode)}>
              {DF_STATUS_CODES.map((c) => (
                <option key={c} value={c}>
                  {t(`dfStatus.codes.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('dfStatus.reasonCode')}
            <select name="reasonCode" value={reasonCode} onChange={(e) => setReasonCode(e.target.value as DfReasonCode)}>
              {DF_REASON_CODES.map((c) => (
                <option key={c} value={c}>
                  {t(`dfStatus.reasons.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('dfStatus.statusTime')}
            <input type="datetime-local" name="statusTime" value={when} onChange={(e) => setWhen(e.target.value)} />
          </label>
          <label>
            {t('dfStatus.eta')}
            <input type="datetime-local" name="eta" value={eta} onChange={(e) => setEta(e.target.value)} />
          </label>
          {LOCATION_FIELDS.map(([field, label]) => (
            <label key={field}>
              {t(label)}
              <input name={field} value={location[field]} onChange={(e) => setLocation({ ...location, [field]: e.target.value })} autoComplete="off" maxLength={field === 'countryCode' ? 2 : 120} />
            </label>
          ))}
        </div>
        {error ? (
          <div role="alert" className="banner error" data-testid="df-status-error">
            {error}
          </div>
        ) : null}
        {sent ? (
          <div role="status" className="banner ok">
            {t('dfStatus.sent')}
          </div>
        ) : null}
        <div className="df-submit-bar">
          <span />
          <button type="submit" className="big primary" disabled={busy || !packageId}>
            {busy ? t('dfStatus.sending') : t('dfStatus.send')}
          </button>
        </div>
      </form>
      <h3>{t('dfStatus.history')}</h3>
      {order.statusUpdates.length === 0 ? (
        <p className="df-sub">{t('dfStatus.noUpdates')}</p>
      ) : (
        <table className="df-grid" aria-label={t('dfStatus.history')}>
          <thead>
            <tr>
              <th>{t('df.tracking')}</th>
              <th>{t('dfStatus.statusCode')}</th>
              <th>{t('dfStatus.when')}</th>
              <th>{t('dfStatus.where')}</th>
              <th>{t('dfStatus.result')}</th>
            </tr>
          </thead>
          <tbody>
            {order.statusUpdates.map((u) => (
              <tr key={u.id} data-testid="df-status-update" data-status={u.statusCode} data-state={u.state}>
                <td className="df-mono">{u.trackingNumber}</td>
                <td>
                  {t(`dfStatus.codes.${u.statusCode}`)}
                  <span className="df-sub">{t(`dfStatus.reasons.${u.reasonCode}`)}</span>
                </td>
                <td>{new Date(u.statusDateTime).toLocaleString()}</td>
                <td>{[u.location.name, u.location.city, u.location.countryCode].join(', ')}</td>
                <td>
                  {t(`dfStatus.state.${u.state}`)}
                  {u.error ? <span className="df-sub">{u.error}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
