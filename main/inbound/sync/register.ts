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
import { confirmDeliveryWindowHandler, confirmTransportationHandler, fetchShipmentsHandler, inboundOperationPoller, updateTrackingHandler } from './shipment-handlers';
import { REGENERATION_OPS, regenerateOptionsHandler, replaceOptionsHandler } from './regenerate-handlers';
import { renamePlanHandler } from '../after-confirmation/shipment-change-sync';
import { withExpiryCheck } from './option-expiry';
import { ConflictsRepo } from '../conflicts-repo';
import { conflictHold } from '../conflicts-service';
import { refreshPlanWithConflictsHandler } from '../conflicts-refresh';

/** Registers how every inbound outbox op is sent and how inbound operations are followed. */
export function registerInboundSync(
  registry: SyncRegistry,
  db: Db,
  repo: InboundRepo,
  callerFor: (accountId: string) => SpApiCaller,
  adoptedPlanGraceMs = DEFAULT_ADOPTED_PLAN_GRACE_MS,
): InboundSyncDeps {
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
  const expiredAt = (iso: string | null | undefined) => Boolean(iso && Date.parse(iso) <= Date.now());
  registry.register(
    'inbound.confirmPackingOption',
    withExpiryCheck(
      confirmPackingOptionHandler(deps),
      'packing',
      ({ payload }) => {
        const row = db.prepare('SELECT expires_at FROM inbound_packing_options WHERE plan_id = ? AND packing_option_id = ?').get(payload.planId, payload.packingOptionId) as { expires_at: string | null } | undefined;
        return expiredAt(row?.expires_at) ? payload.packingOptionId : null;
      },
      ({ payload }) => payload.packingOptionId,
    ),
  );
  registry.register('inbound.setPackingInformation', setPackingInformationHandler(deps));
  registry.register('inbound.generatePlacementOptions', generatePlacementOptionsHandler(deps));
  registry.register('inbound.fetchPlacementOptions', fetchPlacementOptionsHandler(deps));
  registry.register('inbound.exploreTransport', exploreTransportHandler(deps));
  registry.register('inbound.generateTransport', generateTransportHandler(deps));
  registry.register('inbound.generateDeliveryWindows', generateDeliveryWindowsHandler(deps));
  registry.register('inbound.confirmPlacement', confirmPlacementHandler(deps));
  registry.register('inbound.fetchShipments', fetchShipmentsHandler(deps));
  registry.register(
    'inbound.confirmDeliveryWindow',
    withExpiryCheck(
      confirmDeliveryWindowHandler(deps),
      'deliveryWindow',
      ({ payload }) => {
        const row = db.prepare('SELECT valid_until FROM inbound_delivery_windows WHERE plan_id = ? AND delivery_window_option_id = ?').get(payload.planId, payload.deliveryWindowOptionId) as { valid_until: string | null } | undefined;
        return expiredAt(row?.valid_until) ? payload.deliveryWindowOptionId : null;
      },
      ({ payload }) => payload.deliveryWindowOptionId,
    ),
  );
  registry.register(
    'inbound.confirmTransportation',
    withExpiryCheck(
      confirmTransportationHandler(deps),
      'transport',
      ({ payload }) => {
        // A quote's expiration sits in the option Amazon listed.
        const rows = db
          .prepare(
            `SELECT t.transportation_option_id AS id, json_extract(t.raw, '$.quote.expiration') AS expiration FROM inbound_shipments s
             JOIN inbound_transportation_options t ON t.plan_id = s.plan_id AND t.transportation_option_id = s.transportation_option_id WHERE s.plan_id = ?`,
          )
          .all(payload.planId) as { id: string; expiration: string | null }[];
        return rows.find((r) => expiredAt(r.expiration))?.id ?? null;
      },
      ({ payload }) =>
        (db.prepare('SELECT group_concat(transportation_option_id) AS ids FROM inbound_shipments WHERE plan_id = ? AND transportation_option_id IS NOT NULL').get(payload.planId) as { ids: string | null }).ids ?? 'chosen',
    ),
  );
  registry.register('inbound.updateTracking', updateTrackingHandler(deps));
  registry.register('inbound.cancelPlan', cancelPlanHandler(deps));
  const conflicts = new ConflictsRepo(db);
  registry.register('inbound.refreshPlan', refreshPlanWithConflictsHandler(deps, conflicts));
  registry.register(REGENERATION_OPS.regenerate, regenerateOptionsHandler(deps));
  registry.register(REGENERATION_OPS.replace, replaceOptionsHandler(deps));
  // "Keep mine" for a plan renamed elsewhere sends the station's name again, as a rename does.
  registry.register(REGENERATION_OPS.resendName, renamePlanHandler(deps));
  registry.registerHold(conflictHold(conflicts));
  registry.registerPoller('inbound', inboundOperationPoller);
  return deps;
}
