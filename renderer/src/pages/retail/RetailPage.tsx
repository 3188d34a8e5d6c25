import { useRetailStore } from '../../stores/retail-store';
import { useWedgeScanner } from '../../scan/use-wedge-scanner';
import { RetailList } from './RetailList';
import { RetailNewShipment } from './RetailNewShipment';
import { RetailShipmentScreen } from './RetailShipmentScreen';
import '../vendor-df/vendor-df.css';

/** Retail Procurement ASNs: shipments against Amazon purchase orders, packed into cartons on pallets with SSCC labels. */
export function RetailPage() {
  useWedgeScanner();
  const view = useRetailStore((s) => s.view);
  if (view.kind === 'new') return <RetailNewShipment />;
  if (view.kind === 'shipment') return <RetailShipmentScreen key={view.shipmentId} shipmentId={view.shipmentId} />;
  return <RetailList />;
}
