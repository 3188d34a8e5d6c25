import type { OutboxHandler } from '../../sync/outcome';
import { PlacementPayload, PlanPayload } from './inbound-ops';
import type { AmazonPlan, InboundSyncDeps } from './deps';
import type { OperationStarted } from './inbound-api';
import { operationStep } from './operation-step';

type Plan = { planId: string };

export function generatePlacementOptionsHandler(deps: InboundSyncDeps): OutboxHandler<Plan> {
  return operationStep(deps, PlanPayload, {
    alreadyDone: async ({ api, plan }) => (await api.placementOptions(plan.amazon_plan_id)).length > 0,
    start: ({ api, plan }) => api.call<OperationStarted>('generatePlacementOptions', { path: { inboundPlanId: plan.amazon_plan_id }, body: {} }),
  });
}

export function fetchPlacementOptionsHandler(deps: InboundSyncDeps): OutboxHandler<Plan> {
  return {
    payload: PlanPayload,
    async send({ payload }) {
      const plan = deps.requireAmazonPlan(payload.planId);
      if (!plan) return { kind: 'done' };
      const options = await deps.api(plan.account_id).placementOptions(plan.amazon_plan_id);
      if (options.length === 0) return { kind: 'retry', reason: 'Amazon has not listed the placement options yet', afterMs: 2000 };
      deps.db.transaction(() => {
        const upsertOption = deps.db.prepare(
          `INSERT INTO inbound_placement_options (plan_id, placement_option_id, status, expires_at, shipment_ids, raw) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (plan_id, placement_option_id) DO UPDATE SET status = excluded.status, expires_at = excluded.expires_at,
             shipment_ids = excluded.shipment_ids, raw = excluded.raw`,
        );
        const addShipment = deps.db.prepare(
          `INSERT INTO inbound_shipments (plan_id, shipment_id, placement_option_id, updated_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (plan_id, shipment_id) DO NOTHING`,
        );
        for (const o of options) {
          upsertOption.run(plan.id, o.placementOptionId, o.status, o.expiration ?? null, JSON.stringify(o.shipmentIds), JSON.stringify(o));
          for (const id of o.shipmentIds) addShipment.run(plan.id, id, o.placementOptionId, Date.now());
        }
        if (plan.flow === 'place_first' && plan.step === 'creating') deps.repo.touch(plan.id, { step: 'placement' });
      })();
      return { kind: 'done' };
    },
  };
}

/** The placement options whose transport and delivery windows the packer must see before choosing. */
function optionsToExplore(deps: InboundSyncDeps, plan: AmazonPlan): { placementOptionId: string; shipmentIds: string[] }[] {
  const rows = deps.db
    .prepare(`SELECT placement_option_id, shipment_ids, status FROM inbound_placement_options WHERE plan_id = ? ORDER BY placement_option_id`)
    .all(plan.id) as { placement_option_id: string; shipment_ids: string; status: string }[];
  return rows
    .filter((r) => (plan.placement_option_id ? r.placement_option_id === plan.placement_option_id : r.status !== 'EXPIRED'))
    .map((r) => ({ placementOptionId: r.placement_option_id, shipmentIds: JSON.parse(r.shipment_ids) as string[] }));
}

function readyToShip(): string {
  const start = new Date(Date.now() + 24 * 3600_000);
  start.setUTCHours(0, 0, 0, 0);
  return start.toISOString();
}

/**
 * For every placement option (or the confirmed one, place first), generates and lists the transportation options and,
 * for each of its shipments, the delivery windows, as Amazon requires before a placement is confirmed. One asynchronous
 * generation per send; after each the entry runs again until everything is listed.
 */
export function exploreTransportHandler(deps: InboundSyncDeps): OutboxHandler<Plan> {
  return {
    payload: PlanPayload,
    operationFinished: () => 'again',
    async send({ payload }) {
      const plan = deps.requireAmazonPlan(payload.planId);
      if (!plan) return { kind: 'done' };
      const api = deps.api(plan.account_id);
      const options = optionsToExplore(deps, plan);
      if (options.length === 0) return { kind: 'retry', reason: 'No placement options to explore yet', afterMs: 2000 };
      for (const option of options) {
        const stored = deps.db.prepare('SELECT count(*) AS n FROM inbound_transportation_options WHERE plan_id = ? AND placement_option_id = ?').get(plan.id, option.placementOptionId) as { n: number };
        if (stored.n === 0) {
          const listed = await api.transportationOptions(plan.amazon_plan_id, option.placementOptionId);
          if (listed.length === 0) {
            const pallets = deps.db.prepare('SELECT * FROM inbound_pallets WHERE plan_id = ?').all(plan.id) as {
              shipment_id: string; quantity: number; length: number; width: number; height: number; dimension_unit: string; weight: number; weight_unit: string; stackability: string;
            }[];
            const body = await api.call<OperationStarted>('generateTransportationOptions', {
              path: { inboundPlanId: plan.amazon_plan_id },
              body: {
                placementOptionId: option.placementOptionId,
                shipmentTransportationConfigurations: option.shipmentIds.map((shipmentId) => {
                  const own = pallets.filter((p) => p.shipment_id === shipmentId);
                  return {
                    shipmentId,
                    readyToShipWindow: { start: readyToShip() },
                    ...(own.length
                      ? {
                          pallets: own.map((p) => ({
                            quantity: p.quantity,
                            stackability: p.stackability,
                            dimensions: { length: p.length, width: p.width, height: p.height, unitOfMeasurement: p.dimension_unit },
                            weight: { value: p.weight, unit: p.weight_unit },
                          })),
                        }
                      : {}),
                  };
                }),
              },
            });
            return { kind: 'await-operation', operationId: body.operationId };
          }
          const insert = deps.db.prepare(
            `INSERT INTO inbound_transportation_options (plan_id, transportation_option_id, placement_option_id, shipment_id, shipping_mode, shipping_solution, raw)
             VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (plan_id, transportation_option_id) DO UPDATE SET raw = excluded.raw`,
          );
          deps.db.transaction(() => {
            for (const t of listed) insert.run(plan.id, t.transportationOptionId, option.placementOptionId, t.shipmentId, t.shippingMode, t.shippingSolution, JSON.stringify(t));
          })();
        }
        for (const shipmentId of option.shipmentIds) {
          const windows = deps.db.prepare('SELECT count(*) AS n FROM inbound_delivery_windows WHERE plan_id = ? AND shipment_id = ?').get(plan.id, shipmentId) as { n: number };
          if (windows.n > 0) continue;
          const listed = await api.deliveryWindows(plan.amazon_plan_id, shipmentId);
          if (listed.length === 0) {
            const body = await api.call<OperationStarted>('generateDeliveryWindowOptions', { path: { inboundPlanId: plan.amazon_plan_id, shipmentId } });
            return { kind: 'await-operation', operationId: body.operationId };
          }
          const insert = deps.db.prepare(
            `INSERT INTO inbound_delivery_windows (plan_id, delivery_window_option_id, shipment_id, starts_at, ends_at, valid_until, raw)
             VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (plan_id, delivery_window_option_id) DO NOTHING`,
          );
          deps.db.transaction(() => {
            for (const w of listed) insert.run(plan.id, w.deliveryWindowOptionId, shipmentId, w.startDate, w.endDate, w.validUntil ?? null, JSON.stringify(w));
          })();
        }
      }
      return { kind: 'done' };
    },
  };
}

export function confirmPlacementHandler(deps: InboundSyncDeps): OutboxHandler<{ planId: string; placementOptionId: string }> {
  return operationStep(deps, PlacementPayload, {
    alreadyDone: async ({ api, plan, payload }) =>
      (await api.placementOptions(plan.amazon_plan_id)).find((o) => o.placementOptionId === payload.placementOptionId)?.status === 'ACCEPTED',
    start: ({ api, plan, payload }) =>
      api.call<OperationStarted>('confirmPlacementOption', { path: { inboundPlanId: plan.amazon_plan_id, placementOptionId: payload.placementOptionId } }),
  });
}
