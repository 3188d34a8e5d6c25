import { usePlansStore } from '../../stores/plans-store';
import { useWedgeScanner } from '../../scan/use-wedge-scanner';
import { PlansList } from './PlansList';
import { NewPlanForm } from './NewPlanForm';
import { PlanScreen } from './PlanScreen';
import './inbound.css';

/** FBA inbound: the plans, a new plan, or one plan at its current step. Scanner bursts are caught on this page. */
/**
 * Once four keys have come at scanner speed the burst is a scanner's, so a longer stall than the default (a busy
 * station, a USB hub) must not split it: half a box code typed into the weight field is worse than a late scan.
 */
const WEDGE = { burstGraceMs: 250 } as const;

export function InboundPage() {
  useWedgeScanner(WEDGE);
  const view = usePlansStore((s) => s.view);
  if (view.kind === 'new') return <NewPlanForm />;
  if (view.kind === 'plan') return <PlanScreen key={view.planId} />;
  return <PlansList />;
}
