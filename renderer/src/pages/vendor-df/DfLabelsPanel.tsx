import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { DfOrderDetail } from '../../../../shared/ipc/vendor-df';
import { latestJobs, useDfPrintStore } from '../../stores/df-print-store';
import { useAltShortcut } from '../../components/use-shortcut';
import { DfPrintPreviews } from './DfPrintPreviews';

/**
 * Labels and paperwork of a labelled order: print each package's label (and the packing slip where Amazon asks for
 * one), see what the printer got, reprint, then confirm the shipment. Confirming waits for a printed label.
 */
export function DfLabelsPanel({ order, onConfirm }: { order: DfOrderDetail; onConfirm?: () => void }) {
  const { t } = useTranslation();
  const { jobs, busy, error, load, print } = useDfPrintStore();
  const orderId = order.id;
  useEffect(() => void load(orderId), [orderId, load]);

  const shown = latestJobs(jobs);
  const labelsPrinted = jobs.some((j) => j.kind === 'shipping-label');
  const slipPrinted = jobs.some((j) => j.kind === 'packing-slip');
  const printLabels = () => void print(orderId, 'labels');
  const printSlip = () => void print(orderId, 'packing-slip');
  const canConfirm = Boolean(onConfirm) && labelsPrinted && (!order.packingSlipRequired || slipPrinted);

  useAltShortcut('KeyP', printLabels, busy === null);
  useAltShortcut('KeyS', printSlip, busy === null && order.packingSlipRequired);
  useAltShortcut('Enter', () => onConfirm?.(), canConfirm);

  return (
    <div className="card df-labels" data-testid="df-labels">
      <h2>{t('df.labelsTitle')}</h2>
      <div className="actions">
        <button type="button" className="big primary" onClick={printLabels} disabled={busy !== null}>
          {busy === 'labels' ? t('df.printing') : labelsPrinted ? t('df.reprintLabels', { count: order.packages.length }) : t('df.printLabels', { count: order.packages.length })} <kbd>Alt+P</kbd>
        </button>
        {order.packingSlipRequired ? (
          <button type="button" className="big" onClick={printSlip} disabled={busy !== null}>
            {busy === 'packing-slip' ? t('df.printing') : slipPrinted ? t('df.reprintPackingSlip') : t('df.printPackingSlip')} <kbd>Alt+S</kbd>
          </button>
        ) : null}
      </div>
      {error ? (
        <div role="alert" className="banner error" data-testid="df-print-error">
          {error}
        </div>
      ) : null}
      <DfPrintPreviews jobs={shown} packages={order.packages} onReprint={(packageId) => void print(orderId, 'labels', [packageId])} disabled={busy !== null} />
      {onConfirm ? (
        <div className="df-submit-bar">
          <span data-testid="df-confirm-hint">{canConfirm ? t('df.readyToConfirm') : labelsPrinted ? t('df.printSlipFirst') : t('df.printLabelsFirst')}</span>
          <button type="button" className="big primary" onClick={onConfirm} disabled={!canConfirm}>
            {t('df.confirmShipment')} <kbd>Alt+Enter</kbd>
          </button>
        </div>
      ) : null}
    </div>
  );
}
