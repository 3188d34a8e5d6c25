import type { Db } from '../../db/database';
import type { SpApiCaller } from '../../spapi/client-types';
import type { SyncRegistry } from '../../sync/sync-registry';
import type { InboundRepo } from '../inbound-repo';
import { DEFAULT_ADOPTED_PLAN_GRACE_MS } from '../sync/plan-handlers';
import { InboundApi } from '../sync/inbound-api';
import { PlanNotOnAmazonError, type AmazonPlan, type InboundSyncDeps } from '../sync/deps';
import type { AfterRepo } from './after-repo';
import { AFTER_OPS } from './after-ops';
import { confirmContentUpdateHandler, previewContentUpdateHandler } from './content-update-sync';
import { selfShipBookHandler, selfShipCancelHandler, selfShipSlotsHandler } from './self-ship-sync';
import { changeDeliveryWindowHandler, refreshConfirmedHandler, refreshDeliveryWindowsHandler, renamePlanHandler, renameShipmentHandler } from './shipment-change-sync';

/** Registers how each after-confirmation outbox op is sent; their operations are followed by the inbound poller. */
export function registerAfterConfirmationSync(registry: SyncRegistry, deps: InboundSyncDeps, repo: AfterRepo): void {
  registry.register(AFTER_OPS.previewContentUpdate, previewContentUpdateHandler(deps, repo));
  registry.register(AFTER_OPS.confirmContentUpdate, confirmContentUpdateHandler(deps, repo));
  registry.register(AFTER_OPS.refreshConfirmed, refreshConfirmedHandler(deps, repo));
  registry.register(AFTER_OPS.renamePlan, renamePlanHandler(deps));
  registry.register(AFTER_OPS.renameShipment, renameShipmentHandler(deps, repo));
  registry.register(AFTER_OPS.refreshDeliveryWindows, refreshDeliveryWindowsHandler(deps, repo));
  registry.register(AFTER_OPS.changeDeliveryWindow, changeDeliveryWindowHandler(deps, repo));
  registry.register(AFTER_OPS.selfShipSlots, selfShipSlotsHandler(deps, repo));
  registry.register(AFTER_OPS.selfShipBook, selfShipBookHandler(deps, repo));
  registry.register(AFTER_OPS.selfShipCancel, selfShipCancelHandler(deps, repo));
}

/** The inbound sync dependencies, as the plan's own steps use them. */
export function afterConfirmationDeps(db: Db, repo: InboundRepo, callerFor: (accountId: string) => SpApiCaller): InboundSyncDeps {
  return {
    db,
    repo,
    api: (accountId) => new InboundApi(callerFor(accountId)),
    adoptedPlanGraceMs: DEFAULT_ADOPTED_PLAN_GRACE_MS,
    requireAmazonPlan(planId) {
      const plan = repo.plan(planId);
      if (plan.amazon_plan_id) return plan as AmazonPlan;
      if (plan.step === 'cancelled') return null;
      throw new PlanNotOnAmazonError(planId);
    },
  };
}
