import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueItem, ItemResolution } from '../../../../shared/ipc/inbound';
import { call } from '../../ipc/station';
import { registerScanHandler } from '../../scan/scan-router';
import { beep } from '../../scan/beep';
import { addToDraft, type DraftItem, type Owner } from './plan-draft';
import { ItemSheetImport } from './ItemSheetImport';

const OWNERS: Owner[] = ['SELLER', 'AMAZON', 'NONE'];

interface Props {
  accountId: string;
  draft: DraftItem[];
  onChange(update: (draft: DraftItem[]) => DraftItem[]): void;
}

type Feedback = { kind: 'ok' | 'error'; text: string } | null;

/** Items of a new plan: scanned or typed (any code the catalogue knows), or imported from a sheet. */
export function PlanItemsEditor({ accountId, draft, onChange }: Props) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [quantity, setQuantity] = useState('1');
  const [feedback, setFeedback] = useState<Feedback>(null);
  const codeRef = useRef<HTMLInputElement>(null);

  const add = async (raw: string, qty: number) => {
    const value = raw.trim();
    if (!value) return;
    let resolution: ItemResolution;
    try {
      resolution = await call('inbound:resolve-item', { accountId, code: value });
    } catch (error) {
      setFeedback({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
      beep('error');
      return;
    }
    if (!resolution.ok) {
      setFeedback({ kind: 'error', text: `${t(`inbound.resolve.${resolution.code}`, { code: value })} ${resolution.message}` });
      beep('error');
      return;
    }
    const item: CatalogueItem = resolution.item;
    onChange((d) => addToDraft(d, item, qty));
    setFeedback({ kind: 'ok', text: t('inbound.itemAdded', { quantity: qty, msku: item.msku, title: item.title }) });
    beep('ok');
  };

  useEffect(() => codeRef.current?.focus(), []);

  const addRef = useRef(add);
  addRef.current = add;
  useEffect(() => registerScanHandler((scanned) => void addRef.current(scanned, 1)), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const qty = Number(quantity);
    if (!Number.isInteger(qty) || qty < 1 || qty > 10_000) {
      setFeedback({ kind: 'error', text: t('inbound.badQuantity') });
      beep('error');
      return;
    }
    // The field's own value, and cleared at once: the next scan may already be arriving while this one resolves.
    const value = codeRef.current?.value ?? code;
    setCode('');
    setQuantity('1');
    void add(value, qty);
  };

  const update = (index: number, patch: Partial<DraftItem>) => onChange((d) => d.map((line, i) => (i === index ? { ...line, ...patch } : line)));
  const units = draft.reduce((n, d) => n + d.quantity, 0);

  return (
    <fieldset className="items-editor">
      <legend>{t('inbound.items')}</legend>
      <form className="inline-form" onSubmit={submit} aria-label={t('inbound.addItem')}>
        <label className="grow">
          {t('inbound.itemCode')}
          <input ref={codeRef} name="item-code" data-scan-field="" value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" placeholder={t('inbound.itemCodeHint')} />
        </label>
        <label className="narrow">
          {t('inbound.quantity')}
          <input name="item-quantity" inputMode="numeric" value={quantity} onChange={(e) => setQuantity(e.target.value)} autoComplete="off" />
        </label>
        <button type="submit" className="big">
          {t('inbound.add')} <kbd>Enter</kbd>
        </button>
      </form>
      {feedback ? (
        <div role={feedback.kind === 'error' ? 'alert' : 'status'} className={`banner ${feedback.kind}`} data-testid="item-feedback">
          {feedback.text}
        </div>
      ) : null}
      <ItemSheetImport accountId={accountId} onImported={(lines) => onChange((d) => lines.reduce((acc, l) => addToDraft(acc, l.item, l.quantity, l), d))} />
      {draft.length > 0 ? (
        <table className="grid items" aria-label={t('inbound.items')}>
          <thead>
            <tr>
              <th>{t('inbound.item')}</th>
              <th className="num">{t('inbound.quantity')}</th>
              <th>{t('inbound.prepOwner')}</th>
              <th>{t('inbound.labelOwner')}</th>
              <th>{t('inbound.expiration')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {draft.map((line, index) => (
              <tr key={`${line.item.msku}|${line.expiration}`} data-testid="draft-item">
                <td>
                  <strong>{line.item.msku}</strong>
                  <div className="sub">
                    {line.item.title} · {line.item.fnsku ?? '—'}
                    {line.item.hazmat ? <span className="tag warn">{t('inbound.hazmat')}</span> : null}
                  </div>
                </td>
                <td className="num">
                  <input
                    className="qty"
                    aria-label={t('inbound.quantityOf', { msku: line.item.msku })}
                    inputMode="numeric"
                    value={String(line.quantity)}
                    onChange={(e) => {
                      const n = Number(e.target.value);
                      if (Number.isInteger(n) && n >= 1 && n <= 10_000) update(index, { quantity: n });
                    }}
                  />
                </td>
                <td>
                  <OwnerSelect label={t('inbound.prepOwnerOf', { msku: line.item.msku })} value={line.prepOwner} onChange={(prepOwner) => update(index, { prepOwner })} />
                </td>
                <td>
                  <OwnerSelect label={t('inbound.labelOwnerOf', { msku: line.item.msku })} value={line.labelOwner} onChange={(labelOwner) => update(index, { labelOwner })} />
                </td>
                <td>
                  {line.item.requiresExpiration || line.expiration ? (
                    <input
                      className="date"
                      placeholder="YYYY-MM-DD"
                      maxLength={10}
                      aria-label={t('inbound.expirationOf', { msku: line.item.msku })}
                      value={line.expiration}
                      required={line.item.requiresExpiration}
                      aria-invalid={(line.item.requiresExpiration && !line.expiration) || (line.expiration !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(line.expiration))}
                      onChange={(e) => update(index, { expiration: e.target.value })}
                    />
                  ) : (
                    <span className="sub">{t('inbound.noExpiration')}</span>
                  )}
                </td>
                <td>
                  <button type="button" className="big danger" aria-label={t('inbound.removeItem', { msku: line.item.msku })} onClick={() => onChange((d) => d.filter((_, i) => i !== index))}>
                    ✕
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td data-testid="draft-totals">{t('inbound.draftTotals', { skus: draft.length, units })}</td>
            </tr>
          </tfoot>
        </table>
      ) : (
        <p className="sub">{t('inbound.noItems')}</p>
      )}
    </fieldset>
  );
}

function OwnerSelect({ label, value, onChange }: { label: string; value: Owner; onChange(owner: Owner): void }) {
  const { t } = useTranslation();
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value as Owner)}>
      {OWNERS.map((o) => (
        <option key={o} value={o}>
          {t(`inbound.owner.${o}`)}
        </option>
      ))}
    </select>
  );
}
