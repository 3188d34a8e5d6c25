import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMcfStore, type McfOrderChannel } from '../../stores/mcf-store';
import { useAltShortcut } from '../../components/use-shortcut';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DfWaiting } from '../vendor-df/DfWaiting';
import { McfStepBadge } from './McfStepBadge';
import { McfOrderFacts } from './McfOrderFacts';
import { McfTrackingList } from './McfTrackingList';
import { McfUpdateForm } from './McfUpdateForm';

/** Statuses after which Amazon no longer takes changes or a cancellation. */
const PROCESSING = new Set(['Processing', 'Complete', 'CompletePartialled', 'Unfulfillable', 'Invalid', 'Cancelled']);

/** One MCF order: where it stands at Amazon, its packages and their tracking; release, cancel while Amazon allows. */
export function McfOrderScreen({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const { order, orderError, tracking, trackingError, show, act, loadTracking } = useMcfStore();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmCancel, setConfirmCancel] = useState(false);

  const run = async (channel: McfOrderChannel) => {
    setError(null);
    setBusy(true);
    try {
      if (channel === 'mcf:update') await act(channel, { orderId, release: true });
      else await act(channel, { orderId });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const changeable = order !== null && order.step === 'open' && !PROCESSING.has(order.amazonStatus ?? '');
  const held = changeable && order?.fulfillmentAction === 'Hold';
  useAltShortcut('KeyB', () => show({ kind: 'list' }));
  useAltShortcut('KeyR', () => void run('mcf:refresh'), order?.step !== 'creating');
  useAltShortcut('KeyT', () => void loadTracking(orderId), Boolean(order?.packages.length));
  useAltShortcut('KeyL', () => void run('mcf:update'), held);
  useAltShortcut('KeyX', () => setConfirmCancel(true), changeable);

  const back = (
    <button type="button" className="big" onClick={() => show({ kind: 'list' })}>
      {t('mcf.backToList')} <kbd>Alt+B</kbd>
    </button>
  );
  if (!order) {
    return (
      <section className="df mcf">
        {back}
        {orderError ? <div role="alert" className="banner error">{orderError}</div> : <p className="lead">{t('mcf.loading')}</p>}
      </section>
    );
  }

  return (
    <section className="df mcf" aria-labelledby="mcf-order-title" data-testid="mcf-order" data-order-id={order.sellerFulfillmentOrderId} data-pending={order.sync.pending} data-failed={order.sync.failed}>
      <div className="page-head">
        <h1 id="mcf-order-title">{t('mcf.orderTitle', { id: order.displayableOrderId })}</h1>
        {back}
      </div>
      <p>
        <McfStepBadge step={order.step} />{' '}
        <span data-testid="mcf-amazon-status">{order.amazonStatus ? t('mcf.amazonStatus', { status: order.amazonStatus }) : t('mcf.notRefreshed')}</span>
      </p>
      {order.step === 'creating' || order.step === 'cancelling' ? <DfWaiting text={t(order.step === 'creating' ? 'mcf.waitingCreate' : 'mcf.waitingCancel')} /> : null}
      {order.sync.failed > 0 ? <div role="alert" className="banner error">{t('mcf.amazonRefused', { message: order.sync.lastError ?? '' })}</div> : null}
      {error ? <div role="alert" className="banner error" data-testid="mcf-action-error">{error}</div> : null}
      <div className="actions">
        <button type="button" className="big" onClick={() => void run('mcf:refresh')} disabled={busy || order.step === 'creating'}>
          {t('mcf.refresh')} <kbd>Alt+R</kbd>
        </button>
        {held ? (
          <button type="button" className="big primary" onClick={() => void run('mcf:update')} disabled={busy}>
            {t('mcf.release')} <kbd>Alt+L</kbd>
          </button>
        ) : null}
        {order.packages.length > 0 ? (
          <button type="button" className="big" onClick={() => void loadTracking(orderId)}>
            {t('mcf.showTracking')} <kbd>Alt+T</kbd>
          </button>
        ) : null}
        {changeable ? (
          <button type="button" className="big danger" onClick={() => setConfirmCancel(true)} disabled={busy}>
            {t('mcf.cancel')} <kbd>Alt+X</kbd>
          </button>
        ) : null}
      </div>
      <div className="df-columns">
        <div className="df-main">
          {changeable ? <McfUpdateForm order={order} /> : null}
          <McfOrderFacts order={order} />
          {trackingError ? <div role="alert" className="banner error">{trackingError}</div> : null}
          {tracking ? <McfTrackingList tracking={tracking} /> : null}
        </div>
        <div className="df-side card" data-testid="mcf-recipient">
          <h2>{t('mcf.recipient')}</h2>
          {order.destination ? (
            <address>
              <div>{order.destination.name}</div>
              <div>{order.destination.addressLine1}</div>
              {order.destination.addressLine2 ? <div>{order.destination.addressLine2}</div> : null}
              <div>{[order.destination.city, order.destination.stateOrRegion, order.destination.postalCode].filter(Boolean).join(', ')}</div>
              <div>{order.destination.countryCode}</div>
            </address>
          ) : (
            <p className="df-sub">{t('mcf.recipientErased')}</p>
          )}
        </div>
      </div>
      {confirmCancel ? (
        <ConfirmDialog
          title={t('mcf.cancelTitle', { id: order.displayableOrderId })}
          confirmLabel={t('mcf.cancelConfirm')}
          danger
          onCancel={() => setConfirmCancel(false)}
          onConfirm={() => {
            setConfirmCancel(false);
            void run('mcf:cancel');
          }}
        >
          <p>{t('mcf.cancelText')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
