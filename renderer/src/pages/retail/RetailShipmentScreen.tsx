import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRetailStore } from '../../stores/retail-store';
import { useRetailPackingStore } from '../../stores/retail-packing-store';
import { useAltShortcut } from '../../components/use-shortcut';
import { call } from '../../ipc/station';
import { beep } from '../../scan/beep';
import { DfWaiting } from '../vendor-df/DfWaiting';
import { RetailStepBadge } from './RetailStepBadge';
import { RetailPackPanel } from './RetailPackPanel';
import { RetailLines } from './RetailLines';
import { RetailContainers } from './RetailContainers';
import { RetailPrintPreviews } from './RetailPrintPreviews';

/** One ASN: pack its PO lines into cartons and cartons onto pallets, print the SSCC labels, send it to Amazon. */
export function RetailShipmentScreen({ shipmentId }: { shipmentId: string }) {
  const { t } = useTranslation();
  const { shipment, shipmentError, show, act } = useRetailStore();
  const begin = useRetailPackingStore((s) => s.begin);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [printed, setPrinted] = useState(0);
  useEffect(() => begin(shipmentId), [shipmentId, begin]);

  const editable = shipment?.step === 'building' || shipment?.step === 'rejected';
  const print = async (what: 'sscc' | 'contents') => {
    setBusy(true);
    try {
      const jobs = await call('retail:print', { shipmentId, what });
      beep('ok');
      setPrinted((n) => n + 1);
      setMessage({ kind: 'ok', text: t(what === 'sscc' ? 'retail.printedSscc' : 'retail.printedContents', { printer: jobs[0]?.printer ?? '—', count: jobs.length }) });
    } catch (e) {
      beep('error');
      setMessage({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };
  const submit = async () => {
    setMessage(null);
    try {
      await act('retail:submit', { shipmentId });
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };
  useAltShortcut('KeyB', () => show({ kind: 'list' }));
  useAltShortcut('KeyP', () => void print('sscc'), !busy);
  useAltShortcut('KeyI', () => void print('contents'), !busy);
  useAltShortcut('KeyS', () => void submit(), editable);

  const back = (
    <button type="button" className="big" onClick={() => show({ kind: 'list' })}>
      {t('retail.backToList')} <kbd>Alt+B</kbd>
    </button>
  );
  if (!shipment) {
    return (
      <section className="df retail">
        {back}
        {shipmentError ? <div role="alert" className="banner error">{shipmentError}</div> : <p className="lead">{t('retail.loading')}</p>}
      </section>
    );
  }

  return (
    <section className="df retail" aria-labelledby="retail-shipment-title" data-testid="retail-shipment" data-shipment={shipment.shipmentIdentifier}>
      <div className="page-head">
        <h1 id="retail-shipment-title">{t('retail.shipmentTitle', { id: shipment.shipmentIdentifier })}</h1>
        {back}
      </div>
      <p>
        <RetailStepBadge step={shipment.step} /> {t('retail.shipToN', { party: shipment.shipToParty, type: t(`retail.types.${shipment.shipmentType}`) })}
      </p>
      {shipment.step === 'submitted' ? <DfWaiting text={t('retail.waitingAmazon')} /> : null}
      {shipment.step === 'confirmed' ? <div role="status" className="banner ok" data-testid="retail-confirmed">{t('retail.confirmedNote')}</div> : null}
      {shipment.problems.length > 0 ? (
        <div role="alert" className="banner error" data-testid="retail-problems">
          {t('retail.rejectedNote')}
          <ul>
            {shipment.problems.map((p, i) => (
              <li key={i}>{`${p.code}: ${p.message}`}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {message ? <div role={message.kind === 'error' ? 'alert' : 'status'} className={`banner ${message.kind}`} data-testid="retail-message">{message.text}</div> : null}
      <div className="df-columns">
        <div className="df-main">
          {editable ? <RetailPackPanel shipment={shipment} /> : null}
          <div className="card actions">
            <button type="button" className="big" onClick={() => void print('sscc')} disabled={busy || shipment.containers.length === 0}>
              {t('retail.printSscc')} <kbd>Alt+P</kbd>
            </button>
            <button type="button" className="big" onClick={() => void print('contents')} disabled={busy || shipment.containers.length === 0}>
              {t('retail.printContents')} <kbd>Alt+I</kbd>
            </button>
            {editable ? (
              <button type="button" className="big primary" onClick={() => void submit()}>
                {t('retail.submit')} <kbd>Alt+S</kbd>
              </button>
            ) : null}
            <RetailPrintPreviews shipmentId={shipment.id} printed={printed} />
          </div>
        </div>
        <div className="df-side">
          <RetailLines shipment={shipment} />
          <RetailContainers shipment={shipment} />
        </div>
      </div>
    </section>
  );
}
