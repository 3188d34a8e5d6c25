import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVendorDfStore, type DfOrderChannel } from '../../stores/vendor-df-store';
import type { DfOrderDetail } from '../../../../shared/ipc/vendor-df';
import { useDfPackingStore } from '../../stores/df-packing-store';
import { useAltShortcut } from '../../components/use-shortcut';
import { phaseOf, unitsLeft } from './df-phase';
import { DfStepProgress } from './DfStepProgress';
import { DfLines } from './DfLines';
import { DfShipTo } from './DfShipTo';
import { DfPackages } from './DfPackages';
import { DfPackPanel } from './DfPackPanel';
import { DfLabelsPanel } from './DfLabelsPanel';
import { DfWaiting } from './DfWaiting';
import { DfInvoicePanel } from './DfInvoicePanel';
import { DfOwnCarrierForm, DfOwnCarrierPanel } from './DfOwnCarrier';
import { DfStatusPanel } from './DfStatusPanel';

/** Every unit packed and every package closed: labels from Amazon, or the vendor's own carrier. */
const readyToShip = (order: DfOrderDetail) => unitsLeft(order) === 0 && order.packages.length > 0 && order.packages.every((p) => p.status === 'closed');

/** One DF order: acknowledge, pack by scan, labels, confirmation. The customer's address is shown here and nowhere else. */
export function DfOrderScreen({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const { order, orderError, show, act } = useVendorDfStore();
  const begin = useDfPackingStore((s) => s.begin);
  const feedback = useDfPackingStore((s) => s.feedback);
  const [actionError, setActionError] = useState<string | null>(null);

  useEffect(() => begin(orderId), [orderId, begin]);
  useAltShortcut('KeyB', () => show({ kind: 'queue' }));

  const run = async (channel: DfOrderChannel) => {
    setActionError(null);
    try {
      await act(channel, { orderId });
    } catch (error) {
      setActionError(error instanceof Error ? error.message : String(error));
    }
  };
  const phase = order ? phaseOf(order) : null;
  useAltShortcut('KeyA', () => void run('df:acknowledge'), phase === 'acknowledge');

  const back = (
    <button type="button" className="big" onClick={() => show({ kind: 'queue' })}>
      {t('df.backToQueue')} <kbd>Alt+B</kbd>
    </button>
  );
  if (!order || !phase) {
    return (
      <section className="df">
        {back}
        {orderError ? (
          <div role="alert" className="banner error">
            {orderError}
          </div>
        ) : (
          <p className="lead">{t('df.loading')}</p>
        )}
      </section>
    );
  }

  return (
    <section className="df" aria-labelledby="df-order-title" data-testid="df-order" data-order-id={order.id} data-account-id={order.accountId} data-packing-slip={String(order.packingSlipRequired)}>
      <div className="page-head">
        <h1 id="df-order-title">{t('df.orderTitle', { po: order.purchaseOrderNumber })}</h1>
        {back}
      </div>
      <DfStepProgress step={order.step} />
      {order.sync.failed > 0 ? (
        <div role="alert" className="banner error" data-testid="df-sync-failed">
          {t('df.amazonRefused', { message: order.sync.lastError ?? '' })}
        </div>
      ) : null}
      {actionError ? (
        <div role="alert" className="banner error" data-testid="df-action-error">
          {actionError}
        </div>
      ) : null}
      <div className="df-columns">
        <div className="df-main">
          {phase === 'acknowledge' ? (
            <div className="card">
              <p>{t('df.acknowledgeHint')}</p>
              <button type="button" className="big primary" onClick={() => void run('df:acknowledge')}>
                {t('df.acknowledge')} <kbd>Alt+A</kbd>
              </button>
            </div>
          ) : null}
          {phase === 'pack' ? <DfPackPanel order={order} onRequestLabels={() => void run('df:request-labels')} /> : null}
          {phase === 'pack' && readyToShip(order) ? <DfOwnCarrierForm order={order} /> : null}
          {phase === 'awaiting-labels' ? <DfWaiting text={t('df.waitingLabels')} /> : null}
          {phase === 'labels' ? order.ownCarrier ? <DfOwnCarrierPanel order={order} onConfirm={() => void run('df:confirm')} /> : <DfLabelsPanel order={order} onConfirm={() => void run('df:confirm')} /> : null}
          {phase === 'awaiting-confirmation' ? (
            <>
              <DfWaiting text={t('df.waitingConfirmation')} />
              {order.ownCarrier ? <DfOwnCarrierPanel order={order} /> : <DfLabelsPanel order={order} />}
            </>
          ) : null}
          {phase === 'shipped' ? (
            <>
              <div role="status" className="banner ok" data-testid="df-shipped">
                {t('df.shippedNote', { tracking: order.trackingNumbers.join(', ') })}
              </div>
              {order.ownCarrier ? <DfStatusPanel order={order} /> : <DfLabelsPanel order={order} />}
            </>
          ) : null}
          {phase === 'cancelled' ? <div className="banner warn">{t('df.cancelledNote')}</div> : null}
          {phase !== 'cancelled' ? <DfInvoicePanel order={order} /> : null}
        </div>
        <div className="df-side">
          <DfShipTo order={order} />
          <DfLines order={order} highlight={feedback?.kind === 'ok' ? feedback.itemSequenceNumber : undefined} />
          <DfPackages order={order} />
        </div>
      </div>
    </section>
  );
}
