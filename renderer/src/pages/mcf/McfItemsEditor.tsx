import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMcfDraftStore } from '../../stores/mcf-draft-store';
import { registerScanHandler } from '../../scan/scan-router';
import { useAltShortcut } from '../../components/use-shortcut';
import { useScanField } from '../vendor-df/use-scan-field';

/** Items by scan (or typed code and Enter): each scan adds one unit of the item the seller's catalogue resolves. */
export function McfItemsEditor() {
  const { t } = useTranslation();
  const { items, feedback, addCode, setQuantity, remove } = useMcfDraftStore();
  const field = useScanField();
  const { join } = field;
  const scanRef = useRef<HTMLInputElement>(null);

  useEffect(() => registerScanHandler((code) => void addCode(join(code))), [addCode, join]);
  useAltShortcut('KeyK', () => scanRef.current?.focus());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = field.value.trim();
    field.set('');
    if (code) void addCode(code);
  };
  const units = items.reduce((n, i) => n + i.quantity, 0);

  return (
    <fieldset className={`mcf-items ${feedback ? `edge-${feedback.kind}` : ''}`}>
      <legend>{t('mcf.items')}</legend>
      <form className="df-scan-form" onSubmit={submit} aria-label={t('mcf.scanForm')}>
        <label className="df-grow">
          {t('mcf.scanItem')} <kbd>Alt+K</kbd>
          <input
            ref={scanRef}
            name="mcf-scan"
            className="df-scan-input"
            value={field.value}
            onChange={(e) => field.change(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            placeholder={t('mcf.scanHint')}
          />
        </label>
        <button type="submit" className="big">
          {t('mcf.add')} <kbd>Enter</kbd>
        </button>
      </form>
      <div key={feedback?.seq ?? 0} className={`df-feedback ${feedback?.kind ?? 'idle'}`} role={feedback?.kind === 'error' ? 'alert' : 'status'} data-testid="mcf-item-feedback" data-kind={feedback?.kind ?? 'idle'}>
        {feedback ? feedback.text : t('mcf.readyToScan')}
      </div>
      {items.length > 0 ? (
        <table className="df-grid" aria-label={t('mcf.items')}>
          <thead>
            <tr>
              <th>{t('mcf.item')}</th>
              <th className="num">{t('mcf.quantity')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.sku} data-testid="mcf-draft-item" data-sku={item.sku}>
                <td>
                  <strong className="df-mono">{item.sku}</strong>
                  <span className="df-sub df-ellipsis">{item.title}</span>
                </td>
                <td className="num">
                  <input
                    className="mcf-qty"
                    name={`mcf-qty-${item.sku}`}
                    aria-label={t('mcf.quantityOf', { sku: item.sku })}
                    inputMode="numeric"
                    value={item.quantity}
                    onChange={(e) => {
                      const n = Number(e.target.value);
                      if (Number.isInteger(n) && n >= 1 && n <= 10_000) setQuantity(item.sku, n);
                    }}
                  />
                </td>
                <td>
                  <button type="button" className="small danger" onClick={() => remove(item.sku)}>
                    {t('mcf.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p className="df-sub" data-testid="mcf-draft-totals">
        {t('mcf.draftTotals', { skus: items.length, units })}
      </p>
    </fieldset>
  );
}
