import { memo, useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePackingStore } from '../../stores/packing-store';
import { useAltShortcut } from '../../components/use-shortcut';
import { useNextQuantityText } from '../../components/next-quantity';
import { NextQuantityField } from '../../components/NextQuantityField';

/**
 * The scan field, the quantity of the next scan and (for SKUs planned under several dates) the units' date. The scan
 * field is left to the browser (uncontrolled): the ten or more keys of a scan draw nothing in React, and a scan is read
 * from the field itself on Enter. It keeps focus: it takes it back after every action and whenever focus falls to nothing.
 */
export const ScanForm = memo(function ScanForm({ targetId, needsDate }: { targetId: string; needsDate: boolean }) {
  const { t } = useTranslation();
  const focusTick = usePackingStore((s) => s.focusTick);
  const nextQuantity = usePackingStore((s) => s.nextQuantity);
  const setNextQuantity = usePackingStore((s) => s.setNextQuantity);
  const expiration = usePackingStore((s) => s.expiration);
  const setExpiration = usePackingStore((s) => s.setExpiration);
  const scan = usePackingStore((s) => s.scan);
  const quantity = useNextQuantityText(nextQuantity, setNextQuantity);
  const scanRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // After every action the next thing is a scan, so focus comes back to the scan field, unless the packer is typing
    // the box's weight or size (a scan may come in between) or answering a dialog.
    const active = document.activeElement;
    if (active?.closest('.close-box, dialog')) return;
    scanRef.current?.focus();
  }, [focusTick]);
  useEffect(() => scanRef.current?.focus(), [targetId]);

  useAltShortcut('KeyK', () => scanRef.current?.focus());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const field = scanRef.current;
    const value = field?.value.trim() ?? '';
    if (!field || !value) return;
    field.value = '';
    void scan(value);
  };

  return (
    <form className="scan-form" onSubmit={submit} aria-label={t('inbound.scanForm')}>
      <label className="grow">
        {t('inbound.scanHere')} <kbd>Alt+K</kbd>
        <input
          ref={scanRef}
          name="scan"
          data-scan-field=""
          className="scan-input"
          defaultValue=""
          autoComplete="off"
          spellCheck={false}
          placeholder={t('inbound.scanHint')}
          onBlur={(e) => {
            // Losing focus to nothing (a click on empty space, a closed dialog) puts it back for the next scan.
            if (!e.relatedTarget) window.setTimeout(() => document.activeElement === document.body && scanRef.current?.focus(), 0);
          }}
        />
      </label>
      <NextQuantityField label={t('inbound.nextQuantity')} name="next-quantity" className="narrow" field={quantity} />
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
  );
});
