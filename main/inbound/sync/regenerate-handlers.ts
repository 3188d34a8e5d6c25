import { z } from 'zod';
import type { OutboxHandler } from '../../sync/outcome';
import { PlanPayload } from './inbound-ops';
import type { AmazonPlan, InboundSyncDeps } from './deps';
import type { OperationStarted } from './inbound-api';
import { storeDeliveryWindows, storePlacementOptions, storeTransportationOptions, transportationRequestBody } from './placement-handlers';

/** Outbox ops of option regeneration and of conflict resolution, next to the plan's own steps. */
export const REGENERATION_OPS = {
  regenerate: 'inbound.regenerateOptions',
  replace: 'inbound.replaceOptions',
  resendName: 'inbound.resendPlanName',
} as const;

export const RegeneratePayload = PlanPayload.extend({
  kind: z.enum(['packing', 'placement', 'transport', 'deliveryWindow']),
  shipmentId: z.string().optional(),
});
export type RegeneratePayload = z.infer<typeof RegeneratePayload>;

export const ReplacePayload = PlanPayload.extend({ kind: z.enum(['placement', 'transport']) });
export type ReplacePayload = z.infer<typeof ReplacePayload>;

function chosenShipments(deps: InboundSyncDeps, plan: AmazonPlan): string[] {
  return (
    deps.db.prepare('SELECT shipment_id FROM inbound_shipments WHERE plan_id = ? AND placement_option_id = ? ORDER BY shipment_id').all(plan.id, plan.placement_option_id) as {
      shipment_id: string;
    }[]
  ).map((r) => r.shipment_id);
}

/**
 * Generates a plan's options again, on the user's request (the old ones expired). Sent without looking first: a
 * generation repeated after a lost reply only replaces the options once more, and the replace entry after it lists
 * whatever Amazon holds in the end.
 */
export function regenerateOptionsHandler(deps: InboundSyncDeps): OutboxHandler<RegeneratePayload> {
  return {
    payload: RegeneratePayload,
    async send({ payload }) {
      const plan = deps.requireAmazonPlan(payload.planId);
      if (!plan) return { kind: 'done' };
      const api = deps.api(plan.account_id);
      const path = { inboundPlanId: plan.amazon_plan_id };
      let started: OperationStarted;
      switch (payload.kind) {
        case 'packing':
          started = await api.call<OperationStarted>('generatePackingOptions', { path });
          break;
        case 'placement':
          started = await api.call<OperationStarted>('generatePlacementOptions', { path, body: {} });
          break;
        case 'transport': {
          if (!plan.placement_option_id) return { kind: 'done' };
          const option = { placementOptionId: plan.placement_option_id, shipmentIds: chosenShipments(deps, plan) };
          started = await api.call<OperationStarted>('generateTransportationOptions', { path, body: transportationRequestBody(deps, plan, option) });
          break;
        }
        case 'deliveryWindow': {
          if (!payload.shipmentId) return { kind: 'done' };
          // A window already confirmed for the shipment stays; Amazon generates no new ones for it.
          if ((await api.shipment(plan.amazon_plan_id, payload.shipmentId)).selectedDeliveryWindow) return { kind: 'done' };
          started = await api.call<OperationStarted>('generateDeliveryWindowOptions', { path: { ...path, shipmentId: payload.shipmentId } });
          break;
        }
      }
      return { kind: 'await-operation', operationId: started.operationId };
    },
  };
}

/** Lists the regenerated options and puts them in place of the stored ones (packing options: fetchPackingOptions). */
export function replaceOptionsHandler(deps: InboundSyncDeps): OutboxHandler<ReplacePayload> {
  return {
    payload: ReplacePayload,
    async send({ payload }) {
      const plan = deps.requireAmazonPlan(payload.planId);
      if (!plan) return { kind: 'done' };
      const api = deps.api(plan.account_id);
      if (payload.kind === 'placement') {
        const options = await api.placementOptions(plan.amazon_plan_id);
        if (options.length === 0) return { kind: 'retry', reason: 'Amazon has not listed the new placement options yet', afterMs: 2000 };
        storePlacementOptions(deps, plan, options, true);
        return { kind: 'done' };
      }
      if (!plan.placement_option_id) return { kind: 'done' };
      const transport = await api.transportationOptions(plan.amazon_plan_id, plan.placement_option_id);
      if (transport.length === 0) return { kind: 'retry', reason: 'Amazon has not listed the new transportation options yet', afterMs: 2000 };
      const shipments = chosenShipments(deps, plan);
      const windows = await Promise.all(shipments.map(async (shipmentId) => ({ shipmentId, listed: await api.deliveryWindows(plan.amazon_plan_id, shipmentId) })));
      deps.db.transaction(() => {
        deps.db.prepare('DELETE FROM inbound_transportation_options WHERE plan_id = ? AND placement_option_id = ?').run(plan.id, plan.placement_option_id);
        storeTransportationOptions(deps, plan, plan.placement_option_id!, transport);
        for (const { shipmentId, listed } of windows) {
          if (listed.length === 0) continue;
          deps.db.prepare('DELETE FROM inbound_delivery_windows WHERE plan_id = ? AND shipment_id = ?').run(plan.id, shipmentId);
          storeDeliveryWindows(deps, plan, shipmentId, listed);
        }
      })();
      return { kind: 'done' };
    },
  };
}

