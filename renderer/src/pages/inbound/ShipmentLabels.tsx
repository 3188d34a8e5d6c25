import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintJobRecord } from '../../../../shared/ipc/print';
import { call } from '../../ipc/station';
import { beep } from '../../scan/beep';

type Kind = 'box' | 'box-content-2d' | 'pallet' | 'bill-of-lading';

/**
 * Prints a shipment's labels on the station's label printer: Amazon's box labels (fetched from Amazon, so online
 * only), the 2D box content labels the station draws itself, and for freight the pallet labels and bill of lading.
 */
export function ShipmentLabels({
  planId,
  shipmentId,
  freight,
  ready,
  pallets: palletsEntered,
  billOfLading = true,
}: {
  planId: string;
  shipmentId: string;
  freight: boolean;
  ready: boolean;
  /** Pallets entered for the shipment (place first): the pallet label count starts there. */
  pallets?: number | undefined;
  /** Amazon issues a bill of lading only for its partnered freight carrier. */
  billOfLading?: boolean;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Kind | null>(null);
  const [pallets, setPallets] = useState(palletsEntered ?? 1);
  const [result, setResult] = useState<{ kind: 'ok' | 'error'; text: string; preview?: string } | null>(null);

  const print = async (kind: Kind) => {
    setBusy(kind);
    setResult(null);
    try {
      const job: PrintJobRecord = await call('inbound:print-labels', { planId, shipmentId, kind, ...(kind === 'pallet' ? { pallets } : {}) });
      const preview = job.previews.length > 0 ? (await call('print:preview', { jobId: job.id })).dataUrl : undefined;
      setResult({ kind: 'ok', text: t('inbound.labels.printed', { printer: job.printer, format: job.format.toUpperCase() }), ...(preview ? { preview } : {}) });
      beep('ok');
    } catch (error) {
      setResult({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
      beep('error');
    } finally {
      setBusy(null);
    }
  };

  const button = (kind: Kind, label: string) => (
    <button type="button" className="big" disabled={!ready || busy !== null} onClick={() => void print(kind)} data-testid={`print-${kind}`}>
      {busy === kind ? t('inbound.labels.printing') : label}
    </button>
  );

  return (
    <div className="shipment-labels" aria-label={t('inbound.labels.title')}>
      <div className="actions">
        {button('box', t('inbound.labels.box'))}
        {button('box-content-2d', t('inbound.labels.twoD'))}
        {freight ? (
          <>
            <label className="inline">
              {t('inbound.labels.palletCount')}
              <input type="number" min={1} max={100} value={pallets} onChange={(e) => setPallets(Math.max(1, Math.min(100, Number(e.target.value) || 1)))} />
            </label>
            {button('pallet', t('inbound.labels.pallet'))}
            {billOfLading ? button('bill-of-lading', t('inbound.labels.billOfLading')) : null}
          </>
        ) : null}
      </div>
      {result ? (
        <div role={result.kind === 'error' ? 'alert' : 'status'} className={result.kind === 'error' ? 'error-text' : 'ok-text'} data-testid="labels-result">
          {result.text}
          {result.preview ? <img className="label-preview" src={result.preview} alt={t('inbound.labels.preview')} data-testid="labels-preview" /> : null}
        </div>
      ) : null}
    </div>
  );
}
