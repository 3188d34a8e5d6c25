import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRetailStore } from '../../stores/retail-store';
import { registerScanHandler } from '../../scan/scan-router';
import { useAltShortcut } from '../../components/use-shortcut';
import { useScanField } from '../vendor-df/use-scan-field';
import { DfSyncCell } from '../vendor-df/DfSyncCell';
import { RetailStepBadge } from './RetailStepBadge';

/** All ASNs; a scanned PO number, SSCC, SKU or shipment id finds the shipment and opens it when it is the only one. */
export function RetailList() {
  const { t } = useTranslation();
  const { shipments, query, listLoaded, listError, search, show, loadList, forgetSearch } = useRetailStore();
  const field = useScanField(query);
  const { join, set: setText } = field;
  const [searched, setSearched] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void loadList();
    searchRef.current?.focus();
  }, [loadList]);

  const find = async (value: string) => {
    const found = await search(value);
    setSearched(value.trim() || null);
    if (value.trim() && found.length === 1) {
      forgetSearch();
      show({ kind: 'shipment', shipmentId: found[0]!.id });
    }
  };
  const findRef = useRef(find);
  findRef.current = find;
  useEffect(
    () =>
      registerScanHandler((scanned) => {
        const code = join(scanned);
        setText(code);
        void findRef.current(code);
      }),
    [join, setText],
  );
  useAltShortcut('KeyN', () => show({ kind: 'new' }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void find(field.value);
  };

  return (
    <section aria-labelledby="retail-title" className="df retail">
      <div className="page-head">
        <h1 id="retail-title">{t('retail.title')}</h1>
        <button type="button" className="big primary" onClick={() => show({ kind: 'new' })}>
          {t('retail.newShipment')} <kbd>Alt+N</kbd>
        </button>
      </div>
      <form className="inline-form df-search" role="search" onSubmit={submit}>
        <label>
          {t('retail.search')}
          <input ref={searchRef} name="retail-search" value={field.value} onChange={(e) => field.change(e.target.value)} placeholder={t('retail.searchHint')} autoComplete="off" spellCheck={false} />
        </label>
        <button type="submit" className="big">
          {t('retail.find')} <kbd>Enter</kbd>
        </button>
      </form>
      {listError ? <div role="alert" className="banner error">{listError}</div> : null}
      {listLoaded && shipments.length === 0 ? <p data-testid="retail-empty">{searched ? t('retail.noMatch', { query: searched }) : t('retail.noShipments')}</p> : null}
      {shipments.length > 0 ? (
        <table className="df-grid card" aria-label={t('retail.shipments')}>
          <thead>
            <tr>
              <th>{t('retail.shipment')}</th>
              <th>{t('retail.step')}</th>
              <th>{t('retail.pos')}</th>
              <th className="num">{t('retail.units')}</th>
              <th className="num">{t('retail.containers')}</th>
              <th>{t('retail.sync')}</th>
            </tr>
          </thead>
          <tbody>
            {shipments.map((s) => (
              <tr key={s.id} data-testid="retail-row" data-shipment={s.shipmentIdentifier}>
                <td>
                  <button type="button" className="df-link" onClick={() => show({ kind: 'shipment', shipmentId: s.id })}>
                    {s.shipmentIdentifier}
                  </button>
                  <span className="df-sub">{t('retail.shipToN', { party: s.shipToParty, type: t(`retail.types.${s.shipmentType}`) })}</span>
                </td>
                <td>
                  <RetailStepBadge step={s.step} />
                </td>
                <td className="df-mono">{s.purchaseOrderNumbers.join(', ')}</td>
                <td className="num">
                  {s.packedUnits}/{s.expectedUnits}
                </td>
                <td className="num">{t('retail.cartonsPallets', { cartons: s.cartons, pallets: s.pallets })}</td>
                <td>
                  <DfSyncCell sync={s.sync} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
