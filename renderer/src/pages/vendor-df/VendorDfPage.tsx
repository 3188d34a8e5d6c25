import { useVendorDfStore } from '../../stores/vendor-df-store';
import { useWedgeScanner } from '../../scan/use-wedge-scanner';
import { DfQueue } from './DfQueue';
import { DfOrderScreen } from './DfOrderScreen';
import './vendor-df.css';

/** Vendor Direct Fulfillment: the order queue, or one order from acknowledgement to confirmed shipment. */
export function VendorDfPage() {
  useWedgeScanner();
  const view = useVendorDfStore((s) => s.view);
  if (view.kind === 'order') return <DfOrderScreen key={view.orderId} orderId={view.orderId} />;
  return <DfQueue />;
}
