import type { OutboxHandler } from '../sync/outcome';
import { PlanPayload } from './sync/inbound-ops';
import type { InboundSyncDeps } from './sync/deps';
import type { ConflictsRepo } from './conflicts-repo';
import { pullPlan } from './conflicts-pull';

/**
 * "Sync now" for one plan (and the scheduled read-back): Amazon's copy is merged where the station has no work on it
 * and recorded as a conflict where it has; see pullPlan.
 */
export function refreshPlanWithConflictsHandler(deps: InboundSyncDeps, conflicts: ConflictsRepo): OutboxHandler<{ planId: string }> {
  return {
    payload: PlanPayload,
    async send({ payload }) {
      const plan = deps.requireAmazonPlan(payload.planId);
      if (!plan) return { kind: 'done' };
      await pullPlan(deps, conflicts, plan);
      if (conflicts.open(plan.id).length === 0) conflicts.releaseHeld(plan.id);
      return { kind: 'done' };
    },
  };
}
