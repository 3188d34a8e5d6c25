import { useMcfStore } from '../../stores/mcf-store';
import { useWedgeScanner } from '../../scan/use-wedge-scanner';
import { McfList } from './McfList';
import { McfNewOrder } from './McfNewOrder';
import { McfOrderScreen } from './McfOrderScreen';
import '../vendor-df/vendor-df.css';

/** Multi-Channel Fulfillment: orders from other channels shipped from FBA stock. Scanner bursts are caught on this page. */
export function McfPage() {
  useWedgeScanner();
  const view = useMcfStore((s) => s.view);
  if (view.kind === 'new') return <McfNewOrder />;
  if (view.kind === 'order') return <McfOrderScreen key={view.orderId} orderId={view.orderId} />;
  return <McfList />;
}
