import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ShipmentType } from '../../../../shared/ipc/retail';
import { useRetailStore } from '../../stores/retail-store';
import { useAccountsStore } from '../../stores/accounts-store';
import { registerScanHandler } from '../../scan/scan-router';
import { useAltShortcut } from '../../components/use-shortcut';
import { RetailSettingsForm } from './RetailSettingsForm';

type Type = (typeof ShipmentType.options)[number];
interface DraftLine {
  purchaseOrderNumber: string;
  code: string;
  quantity: number;
}

/** A new ASN: the destination fulfilment centre, the shipment type and the PO lines to ship, as read from the purchase orders. */
export function RetailNewShipment() {
  const { t } = useTranslation();
  const { show, act, settings, loadSettings } = useRetailStore();
  const vendors = useAccountsStore((s) => s.accounts).filter((a) => a.type === 'vendor');
  const [accountId, setAccountId] = useState(vendors[0]?.id ?? '');
  const [shipTo, setShipTo] = useState('');
  const [type, setType] = useState<Type>('LessThanTruckLoad');
  const [lines, setLines] = useState<DraftLine[]>([]);
  const [po, setPo] = useState('');
  const [code, setCode] = useState('');
  const [quantity, setQuantity] = useState('1');
  const [error, setError] = useState<string | null>(null);
  const quantityRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (accountId) void loadSettings(accountId);
  }, [accountId, loadSettings]);
  // A scanned item barcode is the line's product code; the quantity comes next.
  useEffect(
    () =>
      registerScanHandler((scanned) => {
        setCode(scanned);
        quantityRef.current?.focus();
        quantityRef.current?.select();
      }),
    [],
  );

  const addLine = (event: FormEvent) => {
    event.preventDefault();
    const n = Number(quantity);
    if (!po.trim() || !code.trim() || !Number.isInteger(n) || n < 1) {
      setError(t('retail.lineIncomplete'));
      return;
    }
    setError(null);
    setLines((l) => [...l, { purchaseOrderNumber: po.trim(), code: code.trim(), quantity: n }]);
    setCode('');
    setQuantity('1');
  };
  const create = async () => {
    setError(null);
    try {
      await act('retail:create', { accountId, shipToParty: shipTo.trim(), shipmentType: type, lines });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const ready = Boolean(accountId && settings[accountId] && shipTo.trim() && lines.length > 0);
  useAltShortcut('Enter', () => void create(), ready);
  useAltShortcut('KeyB', () => show({ kind: 'list' }));

  return (
    <section aria-labelledby="retail-new-title" className="df retail">
      <div className="page-head">
        <h1 id="retail-new-title">{t('retail.newShipment')}</h1>
        <button type="button" className="big" onClick={() => show({ kind: 'list' })}>
          {t('retail.backToList')} <kbd>Alt+B</kbd>
        </button>
      </div>
      {vendors.length === 0 ? <p className="lead">{t('retail.noVendorAccounts')}</p> : null}
      {vendors.length > 1 ? (
        <label>
          {t('retail.account')}
          <select name="retail-account" value={accountId} onChange={(e) => setAccountId(e.target.value)}>
            {vendors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {accountId && accountId in settings ? <RetailSettingsForm key={`${accountId}-${settings[accountId]?.gs1CompanyPrefix ?? ''}`} accountId={accountId} current={settings[accountId] ?? null} /> : null}
      <div className="card df-row">
        <label>
          {t('retail.shipTo')}
          <input name="retail-ship-to" value={shipTo} onChange={(e) => setShipTo(e.target.value.toUpperCase())} autoComplete="off" placeholder="ABE2" />
        </label>
        <label>
          {t('retail.type')}
          <select name="retail-type" value={type} onChange={(e) => setType(e.target.value as Type)}>
            {ShipmentType.options.map((o) => (
              <option key={o} value={o}>
                {t(`retail.types.${o}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <form className="card df-row" onSubmit={addLine} aria-label={t('retail.addLine')}>
        <label>
          {t('retail.po')}
          <input name="retail-line-po" value={po} onChange={(e) => setPo(e.target.value)} autoComplete="off" />
        </label>
        <label className="df-grow">
          {t('retail.code')}
          <input name="retail-line-code" value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" placeholder={t('retail.codeHint')} />
        </label>
        <label className="df-narrow">
          {t('retail.quantity')}
          <input ref={quantityRef} name="retail-line-quantity" inputMode="numeric" value={quantity} onChange={(e) => setQuantity(e.target.value)} autoComplete="off" />
        </label>
        <button type="submit" className="big">
          {t('retail.addLine')} <kbd>Enter</kbd>
        </button>
      </form>
      {lines.length > 0 ? (
        <table className="df-grid card" aria-label={t('retail.lines')}>
          <tbody>
            {lines.map((l, i) => (
              <tr key={i} data-testid="retail-draft-line">
                <td className="df-mono">{l.purchaseOrderNumber}</td>
                <td className="df-mono">{l.code}</td>
                <td className="num">{l.quantity}</td>
                <td>
                  <button type="button" className="small danger" onClick={() => setLines((all) => all.filter((_, j) => j !== i))}>
                    {t('retail.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {error ? <div role="alert" className="banner error" data-testid="retail-new-error">{error}</div> : null}
      <div className="df-submit-bar">
        <span>{ready ? t('retail.readyToCreate', { count: lines.length }) : t('retail.createNeeds')}</span>
        <button type="button" className="big primary" onClick={() => void create()} disabled={!ready}>
          {t('retail.create')} <kbd>Alt+Enter</kbd>
        </button>
      </div>
    </section>
  );
}
