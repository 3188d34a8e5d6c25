import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../shared/ipc/inbound';
import { usePackingStore } from '../../stores/packing-store';
import { useAltShortcut } from '../../components/use-shortcut';
import { openBoxOf, type PackingTarget } from './packing-targets';
import { CloseBoxForm } from './CloseBoxForm';
import { BoxLines } from './BoxLines';

/**
 * The open box, large: the scan field keeps focus (it takes it back whenever focus falls to nothing), every scan
 * answers with a colour and a sound, and the last line scanned is highlighted.
 */
export function OpenBoxPanel({ plan, target }: { plan: PlanDetail; target: PackingTarget }) {
  const { t } = useTranslation();
  const { chosenBoxId, feedback, focusTick, nextQuantity, setNextQuantity, expiration, setExpiration, scan, openBox } = usePackingStore();
  // Only a plan with the same SKU under several expiration dates needs the date of each unit scanned.
  const needsDate = plan.items.some((i, n) => i.expiration && plan.items.some((j, m) => m !== n && j.msku === i.msku));
  const box = openBoxOf(plan, target, chosenBoxId);
  const [code, setCode] = useState('');
  const [quantityText, setQuantityText] = useState(String(nextQuantity));
  const scanRef = useRef<HTMLInputElement>(null);

  useEffect(() => setQuantityText(String(nextQuantity)), [nextQuantity]);
  useEffect(() => {
    // After every action the next thing is a scan, so focus comes back to the scan field, unless the packer is typing
    // the box's weight or size (a scan may come in between) or answering a dialog.
    const active = document.activeElement;
    if (active?.closest('.close-box, dialog')) return;
    scanRef.current?.focus();
  }, [focusTick]);
  useEffect(() => scanRef.current?.focus(), [target.id]);

  useAltShortcut('KeyN', () => void openBox());
  useAltShortcut('KeyK', () => scanRef.current?.focus());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The field's own value: keys given back by the scanner detector may not have reached React's state yet.
    const value = (scanRef.current?.value ?? code).trim();
    if (!value) return;
    setCode('');
    void scan(value);
  };

  const units = box?.lines.reduce((n, l) => n + l.quantity, 0) ?? 0;
  return (
    <div className={`card open-box ${feedback ? `edge-${feedback.kind}` : ''}`} data-testid="open-box">
      <div className="open-box-head">
        <h2 data-testid="open-box-title">{box ? t('inbound.boxN', { n: box.number }) : t('inbound.noOpenBox')}</h2>
        <span className="units" data-testid="open-box-units">
          {t('inbound.unitsInBox', { count: units })}
        </span>
        <button type="button" className="big" onClick={() => void openBox()}>
          {t('inbound.newBox')} <kbd>Alt+N</kbd>
        </button>
      </div>
      <form className="scan-form" onSubmit={submit} aria-label={t('inbound.scanForm')}>
        <label className="grow">
          {t('inbound.scanHere')} <kbd>Alt+K</kbd>
          <input
            ref={scanRef}
            name="scan"
            data-scan-field=""
            className="scan-input"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            placeholder={t('inbound.scanHint')}
            onBlur={(e) => {
              // Losing focus to nothing (a click on empty space, a closed dialog) puts it back for the next scan.
              if (!e.relatedTarget) window.setTimeout(() => document.activeElement === document.body && scanRef.current?.focus(), 0);
            }}
          />
        </label>
        <label className="narrow">
          {t('inbound.nextQuantity')}
          <input
            name="next-quantity"
            inputMode="numeric"
            value={quantityText}
            onChange={(e) => {
              setQuantityText(e.target.value);
              const n = Number(e.target.value);
              if (Number.isInteger(n) && n >= 1 && n <= 10_000) setNextQuantity(n);
            }}
            autoComplete="off"
          />
        </label>
        {needsDate ? (
          <label className="narrow date-field">
            {t('inbound.unitExpiration')}
            <input
              name="scan-expiration"
              placeholder="YYYY-MM-DD"
              maxLength={10}
              value={expiration}
              aria-invalid={expiration !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(expiration)}
              onChange={(e) => setExpiration(e.target.value)}
              autoComplete="off"
            />
          </label>
        ) : null}
        <button type="submit" className="big primary">
          {t('inbound.add')} <kbd>Enter</kbd>
        </button>
      </form>
      <div
        key={feedback?.seq ?? 0}
        className={`scan-feedback ${feedback?.kind ?? 'idle'}`}
        role={feedback?.kind === 'error' ? 'alert' : 'status'}
        aria-live="assertive"
        data-testid="scan-feedback"
        data-kind={feedback?.kind ?? 'idle'}
      >
        {feedback ? feedback.text : t('inbound.readyToScan')}
      </div>
      {box ? <BoxLines plan={plan} box={box} highlight={feedback?.kind === 'ok' ? feedback.msku : undefined} /> : null}
      {box && box.lines.length > 0 ? <CloseBoxForm key={box.id} plan={plan} box={box} /> : null}
    </div>
  );
}
