import { usePlansStore } from '../../stores/plans-store';
import { useWedgeScanner } from '../../scan/use-wedge-scanner';
import { PlansList } from './PlansList';
import { NewPlanForm } from './NewPlanForm';
import { PlanScreen } from './PlanScreen';
import './inbound.css';

/** FBA inbound: the plans, a new plan, or one plan at its current step. Scanner bursts are caught on this page. */
export function InboundPage() {
  useWedgeScanner();
  const view = usePlansStore((s) => s.view);
  if (view.kind === 'new') return <NewPlanForm />;
  if (view.kind === 'plan') return <PlanScreen key={view.planId} />;
  return <PlansList />;
}
