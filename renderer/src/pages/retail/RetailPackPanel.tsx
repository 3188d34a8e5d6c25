import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetailShipmentDetail } from '../../../../shared/ipc/retail';
import { useRetailPackingStore } from '../../stores/retail-packing-store';
import { registerScanHandler } from '../../scan/scan-router';
import { useAltShortcut } from '../../components/use-shortcut';
import { useNextQuantityText } from '../../components/next-quantity';
import { NextQuantityField } from '../../components/NextQuantityField';
import { useScanField } from '../vendor-df/use-scan-field';
import { RetailCloseForm } from './RetailCloseForm';

/**
 * Packing the ASN by scan. Items go into the open carton; switched to the pallet (Alt+M), scans of carton SSCC labels
 * put those cartons onto the open pallet. Every scan answers with a colour and a sound, and a refusal says why.
 */
export function RetailPackPanel({ shipment }: { shipment: RetailShipmentDetail }) {
  const { t } = useTranslation();
  const { target, setTarget, nextQuantity, setNextQuantity, feedback, focusTick, scan, open } = useRetailPackingStore();
  const field = useScanField();
  const { join } = field;
  const quantity = useNextQuantityText(nextQuantity, setNextQuantity);
  const scanRef = useRef<HTMLInputElement>(null);
  const openContainer = shipment.containers.find((c) => c.kind === target && c.status === 'open');

  useEffect(() => registerScanHandler((code) => void scan(join(code))), [scan, join]);
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body || active.tagName === 'BUTTON') scanRef.current?.focus();
  }, [focusTick]);
  useAltShortcut('KeyM', () => setTarget(target === 'carton' ? 'pallet' : 'carton'));
  useAltShortcut('KeyN', () => void open(target), !openContainer);
  useAltShortcut('KeyK', () => scanRef.current?.focus());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = field.value.trim();
    field.set('');
    if (value) void scan(value);
  };
  const title = openContainer ? t(target === 'carton' ? 'retail.cartonN' : 'retail.palletN', { n: openContainer.number }) : t(target === 'carton' ? 'retail.noOpenCarton' : 'retail.noOpenPallet');

  return (
    <div className={`card df-pack ${feedback ? `edge-${feedback.kind}` : ''}`} data-testid="retail-pack" data-target={target}>
      <div className="segmented" role="group" aria-label={t('retail.scanInto')}>
        {(['carton', 'pallet'] as const).map((k) => (
          <button key={k} type="button" className={k === target ? 'big selected' : 'big'} aria-pressed={k === target} onClick={() => setTarget(k)}>
            {t(k === 'carton' ? 'retail.intoCarton' : 'retail.ontoPallet')}
          </button>
        ))}
        <kbd>Alt+M</kbd>
      </div>
      <div className="df-pack-head">
        <h2 data-testid="retail-open-container">
          {title}
          {openContainer ? <span className="df-sub df-mono">{openContainer.sscc}</span> : null}
        </h2>
        <button type="button" className="big" onClick={() => void open(target)} disabled={Boolean(openContainer)}>
          {t(target === 'carton' ? 'retail.newCarton' : 'retail.newPallet')} <kbd>Alt+N</kbd>
        </button>
      </div>
      <form className="df-scan-form" onSubmit={submit} aria-label={t('retail.scanForm')}>
        <label className="df-grow">
          {t(target === 'carton' ? 'retail.scanItem' : 'retail.scanCarton')} <kbd>Alt+K</kbd>
          <input ref={scanRef} name="retail-scan" className="df-scan-input" value={field.value} onChange={(e) => field.change(e.target.value)} autoComplete="off" spellCheck={false} />
        </label>
        {target === 'carton' ? (
          <NextQuantityField label={t('retail.nextQuantity')} name="retail-next-quantity" className="df-narrow" field={quantity} />
        ) : null}
        <button type="submit" className="big primary">
          {t('retail.add')} <kbd>Enter</kbd>
        </button>
      </form>
      <div key={feedback?.seq ?? 0} className={`df-feedback ${feedback?.kind ?? 'idle'}`} role={feedback?.kind === 'error' ? 'alert' : 'status'} data-testid="retail-feedback" data-kind={feedback?.kind ?? 'idle'} data-code={feedback?.code ?? ''}>
        {feedback ? feedback.text : t('retail.readyToScan')}
      </div>
      {openContainer && (openContainer.lines.length > 0 || openContainer.cartonIds.length > 0) ? (
        <RetailCloseForm key={openContainer.id} container={openContainer} smallParcel={shipment.shipmentType === 'SmallParcel'} />
      ) : null}
    </div>
  );
}
