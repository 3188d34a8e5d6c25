import type { Db } from '../../db/database';
import type { SyncRegistry } from '../../sync/sync-registry';
import type { SpApiCaller } from '../../spapi/client-types';
import type { InboundRepo } from '../inbound-repo';
import { InboundApi } from './inbound-api';
import { PlanNotOnAmazonError, type AmazonPlan, type InboundSyncDeps } from './deps';
import { DEFAULT_ADOPTED_PLAN_GRACE_MS, cancelPlanHandler, confirmPackingOptionHandler, createPlanHandler, fetchPackingOptionsHandler, generatePackingOptionsHandler } from './plan-handlers';
import { setPackingInformationHandler } from './packing-handlers';
import { generateDeliveryWindowsHandler, generateTransportHandler } from './freight-handlers';
import { confirmPlacementHandler, exploreTransportHandler, fetchPlacementOptionsHandler, generatePlacementOptionsHandler } from './placement-handlers';
import {
  confirmDeliveryWindowHandler,
  confirmTransportationHandler,
  fetchShipmentsHandler,
  inboundOperationPoller,
  refreshPlanHandler,
  updateTrackingHandler,
} from './shipment-handlers';

/** Registers how every inbound outbox op is sent and how inbound operations are followed. */
export function registerInboundSync(
  registry: SyncRegistry,
  db: Db,
  repo: InboundRepo,
  callerFor: (accountId: string) => SpApiCaller,
  adoptedPlanGraceMs = DEFAULT_ADOPTED_PLAN_GRACE_MS,
): void {
  const deps: InboundSyncDeps = {
    db,
    repo,
    api: (accountId) => new InboundApi(callerFor(accountId)),
    adoptedPlanGraceMs,
    requireAmazonPlan(planId) {
      const plan = repo.plan(planId);
      if (plan.amazon_plan_id) return plan as AmazonPlan;
      if (plan.step === 'cancelled') return null;
      throw new PlanNotOnAmazonError(planId);
    },
  };
  registry.register('inbound.createPlan', createPlanHandler(deps));
  registry.register('inbound.generatePackingOptions', generatePackingOptionsHandler(deps));
  registry.register('inbound.fetchPackingOptions', fetchPackingOptionsHandler(deps));
  registry.register('inbound.confirmPackingOption', confirmPackingOptionHandler(deps));
  registry.register('inbound.setPackingInformation', setPackingInformationHandler(deps));
  registry.register('inbound.generatePlacementOptions', generatePlacementOptionsHandler(deps));
  registry.register('inbound.fetchPlacementOptions', fetchPlacementOptionsHandler(deps));
  registry.register('inbound.exploreTransport', exploreTransportHandler(deps));
  registry.register('inbound.generateTransport', generateTransportHandler(deps));
  registry.register('inbound.generateDeliveryWindows', generateDeliveryWindowsHandler(deps));
  registry.register('inbound.confirmPlacement', confirmPlacementHandler(deps));
  registry.register('inbound.fetchShipments', fetchShipmentsHandler(deps));
  registry.register('inbound.confirmDeliveryWindow', confirmDeliveryWindowHandler(deps));
  registry.register('inbound.confirmTransportation', confirmTransportationHandler(deps));
  registry.register('inbound.updateTracking', updateTrackingHandler(deps));
  registry.register('inbound.cancelPlan', cancelPlanHandler(deps));
  registry.register('inbound.refreshPlan', refreshPlanHandler(deps));
  registry.registerPoller('inbound', inboundOperationPoller);
}
