import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DfOrderDetail } from '../../../../shared/ipc/vendor-df';
import { useDfPackingStore } from '../../stores/df-packing-store';
import { registerScanHandler } from '../../scan/scan-router';
import { useAltShortcut } from '../../components/use-shortcut';
import { unitsLeft } from './df-phase';
import { DfClosePackageForm } from './DfClosePackageForm';
import { useScanField } from './use-scan-field';

/**
 * Packing an order by scan. The scan field keeps focus (it takes it back whenever focus falls to nothing); each scan
 * answers with a colour and a sound, and a refused one says why.
 */
export function DfPackPanel({ order, onRequestLabels }: { order: DfOrderDetail; onRequestLabels(): void }) {
  const { t } = useTranslation();
  const { feedback, focusTick, scan, openPackage } = useDfPackingStore();
  const field = useScanField();
  const { join } = field;
  const scanRef = useRef<HTMLInputElement>(null);
  const open = order.packages.find((p) => p.status === 'open');
  const left = unitsLeft(order);
  const ready = left === 0 && !open && order.packages.length > 0;

  useEffect(() => registerScanHandler((value) => void scan(join(value))), [scan, join]);
  useEffect(() => scanRef.current?.focus(), []);
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body || active.tagName === 'BUTTON') scanRef.current?.focus();
  }, [focusTick]);

  useAltShortcut('KeyN', () => void openPackage(), !open);
  useAltShortcut('KeyK', () => scanRef.current?.focus());
  useAltShortcut('KeyL', onRequestLabels, ready);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = field.value.trim();
    if (!value) return;
    field.set('');
    void scan(value);
  };
  const units = open?.lines.reduce((n, l) => n + l.quantity, 0) ?? 0;

  return (
    <div className={`card df-pack ${feedback ? `edge-${feedback.kind}` : ''}`} data-testid="df-pack">
      <div className="df-pack-head">
        <h2 data-testid="df-open-package">{open ? t('df.packageN', { n: open.number }) : t('df.noOpenPackage')}</h2>
        <span className="df-units">{t('df.unitsInPackage', { count: units })}</span>
        <button type="button" className="big" onClick={() => void openPackage()} disabled={Boolean(open)}>
          {t('df.newPackage')} <kbd>Alt+N</kbd>
        </button>
      </div>
      <form className="df-scan-form" onSubmit={submit} aria-label={t('df.scanForm')}>
        <label className="df-grow">
          {t('df.scanHere')} <kbd>Alt+K</kbd>
          <input
            ref={scanRef}
            name="df-scan"
            className="df-scan-input"
            value={field.value}
            onChange={(e) => field.change(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            placeholder={t('df.scanHint')}
            onBlur={(e) => {
              // Losing focus to nothing (a click on empty space) puts it back for the next scan.
              if (!e.relatedTarget) window.setTimeout(() => document.activeElement === document.body && scanRef.current?.focus(), 0);
            }}
          />
        </label>
        <button type="submit" className="big primary">
          {t('df.add')} <kbd>Enter</kbd>
        </button>
      </form>
      <div
        key={feedback?.seq ?? 0}
        className={`df-feedback ${feedback?.kind ?? 'idle'}`}
        role={feedback?.kind === 'error' ? 'alert' : 'status'}
        aria-live="assertive"
        data-testid="df-scan-feedback"
        data-kind={feedback?.kind ?? 'idle'}
        data-code={feedback?.code ?? ''}
      >
        {feedback ? feedback.text : t('df.readyToScan')}
      </div>
      {open && open.lines.length > 0 ? <DfClosePackageForm key={open.id} packageId={open.id} number={open.number} /> : null}
      <div className="df-submit-bar">
        <span data-testid="df-pack-left">
          {left > 0 ? t('df.unitsLeft', { count: left }) : open ? t('df.closePackageFirst', { n: open.number }) : t('df.allPacked')}
        </span>
        <button type="button" className="big primary" onClick={onRequestLabels} disabled={!ready}>
          {t('df.requestLabels')} <kbd>Alt+L</kbd>
        </button>
      </div>
    </div>
  );
}
