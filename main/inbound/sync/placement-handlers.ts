import type { OutboxHandler, OutboxOutcome } from '../../sync/outcome';
import { PlacementPayload, PlanPayload } from './inbound-ops';
import type { AmazonPlan, InboundSyncDeps } from './deps';
import type { DeliveryWindowBody, InboundApi, OperationStarted, PlacementOptionBody, TransportationOptionBody } from './inbound-api';
import { operationStep } from './operation-step';
import { transportConfigurations } from './freight-handlers';
import { isExpiryRefusal, optionsExpiredError } from './option-expiry';

type Plan = { planId: string };

export function generatePlacementOptionsHandler(deps: InboundSyncDeps): OutboxHandler<Plan> {
  return operationStep(deps, PlanPayload, {
    alreadyDone: async ({ api, plan }) => (await api.placementOptions(plan.amazon_plan_id)).length > 0,
    start: ({ api, plan }) => api.call<OperationStarted>('generatePlacementOptions', { path: { inboundPlanId: plan.amazon_plan_id }, body: {} }),
  });
}

/**
 * Stores the placement options Amazon lists. With `replace`, local options Amazon no longer lists (a generation ran
 * again, here or elsewhere) are dropped with their unconfirmed shipments and quotes; returns the dropped ids.
 */
export function storePlacementOptions(deps: InboundSyncDeps, plan: AmazonPlan, options: PlacementOptionBody[], replace: boolean): string[] {
  return deps.db.transaction(() => {
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
    if (!replace) return [];
    const listed = new Set(options.map((o) => o.placementOptionId));
    const local = deps.db.prepare('SELECT placement_option_id FROM inbound_placement_options WHERE plan_id = ?').all(plan.id) as { placement_option_id: string }[];
    const dropped = local.map((r) => r.placement_option_id).filter((id) => !listed.has(id));
    for (const id of dropped) {
      const shipments = deps.db.prepare('SELECT shipment_id FROM inbound_shipments WHERE plan_id = ? AND placement_option_id = ? AND confirmation_id IS NULL').all(plan.id, id) as { shipment_id: string }[];
      for (const s of shipments) {
        deps.db.prepare('DELETE FROM inbound_delivery_windows WHERE plan_id = ? AND shipment_id = ?').run(plan.id, s.shipment_id);
        deps.db.prepare('DELETE FROM inbound_shipments WHERE plan_id = ? AND shipment_id = ?').run(plan.id, s.shipment_id);
      }
      deps.db.prepare('DELETE FROM inbound_transportation_options WHERE plan_id = ? AND placement_option_id = ?').run(plan.id, id);
      deps.db.prepare('DELETE FROM inbound_placement_options WHERE plan_id = ? AND placement_option_id = ?').run(plan.id, id);
    }
    return dropped;
  })();
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
        // Until one is chosen, Amazon's list is the whole truth: a generation repeated after a lost reply replaces it.
        storePlacementOptions(deps, plan, options, !plan.placement_option_id);
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

/**
 * The generateTransportationOptions body for a placement option: each shipment's ready-to-ship time and, for place
 * first, the pallets and freight details entered at the station (see transportConfigurations).
 */
export function transportationRequestBody(deps: InboundSyncDeps, plan: AmazonPlan, option: { placementOptionId: string; shipmentIds: string[] }) {
  return { placementOptionId: option.placementOptionId, shipmentTransportationConfigurations: transportConfigurations(deps, plan, option.shipmentIds) };
}

export function storeTransportationOptions(deps: InboundSyncDeps, plan: AmazonPlan, placementOptionId: string, listed: TransportationOptionBody[]): void {
  const insert = deps.db.prepare(
    `INSERT INTO inbound_transportation_options (plan_id, transportation_option_id, placement_option_id, shipment_id, shipping_mode, shipping_solution, raw)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (plan_id, transportation_option_id) DO UPDATE SET raw = excluded.raw`,
  );
  deps.db.transaction(() => {
    for (const t of listed) insert.run(plan.id, t.transportationOptionId, placementOptionId, t.shipmentId, t.shippingMode, t.shippingSolution, JSON.stringify(t));
  })();
}

export function storeDeliveryWindows(deps: InboundSyncDeps, plan: AmazonPlan, shipmentId: string, listed: DeliveryWindowBody[]): void {
  const insert = deps.db.prepare(
    `INSERT INTO inbound_delivery_windows (plan_id, delivery_window_option_id, shipment_id, starts_at, ends_at, valid_until, raw)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (plan_id, delivery_window_option_id) DO NOTHING`,
  );
  deps.db.transaction(() => {
    for (const w of listed) insert.run(plan.id, w.deliveryWindowOptionId, shipmentId, w.startDate, w.endDate, w.validUntil ?? null, JSON.stringify(w));
  })();
}

/**
 * Makes sure one placement option has its transportation options and, for each of its shipments, its delivery windows
 * stored: listed from Amazon when they exist there, otherwise generated. Returns the generation to wait for, or null
 * once everything is stored.
 */
async function quoteOption(deps: InboundSyncDeps, plan: AmazonPlan, api: InboundApi, option: { placementOptionId: string; shipmentIds: string[] }): Promise<OutboxOutcome | null> {
  const stored = deps.db.prepare('SELECT count(*) AS n FROM inbound_transportation_options WHERE plan_id = ? AND placement_option_id = ?').get(plan.id, option.placementOptionId) as { n: number };
  if (stored.n === 0) {
    const listed = await api.transportationOptions(plan.amazon_plan_id, option.placementOptionId);
    if (listed.length === 0) {
      const body = await api.call<OperationStarted>('generateTransportationOptions', { path: { inboundPlanId: plan.amazon_plan_id }, body: transportationRequestBody(deps, plan, option) });
      return { kind: 'await-operation', operationId: body.operationId };
    }
    storeTransportationOptions(deps, plan, option.placementOptionId, listed);
  }
  for (const shipmentId of option.shipmentIds) {
    const windows = deps.db.prepare('SELECT count(*) AS n FROM inbound_delivery_windows WHERE plan_id = ? AND shipment_id = ?').get(plan.id, shipmentId) as { n: number };
    if (windows.n > 0) continue;
    const listed = await api.deliveryWindows(plan.amazon_plan_id, shipmentId);
    if (listed.length === 0) {
      const body = await api.call<OperationStarted>('generateDeliveryWindowOptions', { path: { inboundPlanId: plan.amazon_plan_id, shipmentId } });
      return { kind: 'await-operation', operationId: body.operationId };
    }
    storeDeliveryWindows(deps, plan, shipmentId, listed);
  }
  return null;
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
        const pending = await quoteOption(deps, plan, api, option);
        if (pending) return pending;
      }
      return { kind: 'done' };
    },
  };
}

const expired = (iso: string | undefined | null) => Boolean(iso && Date.parse(iso) <= Date.now());

/**
 * confirmPlacementOption, re-checked first: Amazon's current placement options are listed again, and every option it
 * offers must have its transportation options and delivery windows generated and listed (Amazon requires it since
 * 17 Oct 2025). A generation repeated after a lost reply can replace the options, so the ones not yet quoted are quoted
 * here, one generation per send, before the confirmation goes. Listing first also recognises a confirmation whose
 * reply was lost. An expired or vanished option stops the entry with an error that says what to do.
 */
export function confirmPlacementHandler(deps: InboundSyncDeps): OutboxHandler<{ planId: string; placementOptionId: string }> {
  return {
    payload: PlacementPayload,
    operationFinished: () => 'again',
    async send({ payload }) {
      const plan = deps.requireAmazonPlan(payload.planId);
      if (!plan) return { kind: 'done' };
      const api = deps.api(plan.account_id);
      const listed = await api.placementOptions(plan.amazon_plan_id);
      const target = listed.find((o) => o.placementOptionId === payload.placementOptionId);
      if (target?.status === 'ACCEPTED') return { kind: 'done' };
      if (!target) {
        return {
          kind: 'failed',
          error: {
            code: 'OPTION_GONE',
            message: `Placement option ${payload.placementOptionId} is no longer offered by Amazon (the options were generated again): regenerate the placement options and choose again.`,
            details: { kind: 'placement', listed: listed.map((o) => o.placementOptionId) },
          },
        };
      }
      if (target.status === 'EXPIRED' || expired(target.expiration)) return { kind: 'failed', error: optionsExpiredError('placement', payload.placementOptionId) };
      storePlacementOptions(deps, plan, listed, false);
      if (plan.flow === 'pack_first') {
        for (const option of listed.filter((o) => o.status === 'OFFERED' && !expired(o.expiration))) {
          const pending = await quoteOption(deps, plan, api, option);
          if (pending) return pending;
        }
      }
      try {
        const body = await api.call<OperationStarted>('confirmPlacementOption', { path: { inboundPlanId: plan.amazon_plan_id, placementOptionId: payload.placementOptionId } });
        return { kind: 'await-operation', operationId: body.operationId };
      } catch (error) {
        if (isExpiryRefusal(error)) return { kind: 'failed', error: optionsExpiredError('placement', payload.placementOptionId) };
        throw error;
      }
    },
  };
}
