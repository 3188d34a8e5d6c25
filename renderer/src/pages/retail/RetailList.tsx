import { useTranslation } from 'react-i18next';
import { useRetailStore } from '../../stores/retail-store';
import { useAltShortcut } from '../../components/use-shortcut';
import { useListSearch } from '../../components/use-list-search';
import { ListSearch } from '../../components/ListSearch';
import { DfSyncCell } from '../vendor-df/DfSyncCell';
import { RetailStepBadge } from './RetailStepBadge';

/** All ASNs; a scanned PO number, SSCC, SKU or shipment id finds the shipment and opens it when it is the only one. */
export function RetailList() {
  const { t } = useTranslation();
  const list = useRetailStore();
  const { items: shipments, show } = list;
  const searchBox = useListSearch('retail', list, (shipment) => show({ kind: 'shipment', shipmentId: shipment.id }));
  useAltShortcut('KeyN', () => show({ kind: 'new' }));

  return (
    <section aria-labelledby="retail-title" className="df retail">
      <div className="page-head">
        <h1 id="retail-title">{t('retail.title')}</h1>
        <button type="button" className="big primary" onClick={() => show({ kind: 'new' })}>
          {t('retail.newShipment')} <kbd>Alt+N</kbd>
        </button>
      </div>
      <ListSearch search={searchBox} />
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
