import type { OutboxHandler } from '../../sync/outcome';
import { SpApiError } from '../../spapi/errors';
import type { InboundSyncDeps } from '../sync/deps';
import type { DeliveryWindowBody, InboundApi, OperationStarted } from '../sync/inbound-api';
import type { AfterRepo } from './after-repo';
import type { ShipmentRaw } from './after-view';
import { PlanPayload, ShipmentPayload, WindowPayload } from './after-ops';

type Plan = { planId: string };

/** getShipment, read for what changes after confirmation: name, status, delivery window and self-ship appointments. */
export function readShipment(api: InboundApi, amazonPlanId: string, shipmentId: string): Promise<ShipmentRaw> {
  return api.call<ShipmentRaw>('getShipment', { path: { inboundPlanId: amazonPlanId, shipmentId } });
}
type Shipment = { planId: string; shipmentId: string };

/**
 * Reads the confirmed shipments and their chosen transportation options again: Amazon sets the void deadline of a
 * partnered carrier's charge when transportation is confirmed, after the station first listed the options.
 */
export function refreshConfirmedHandler(deps: InboundSyncDeps, repo: AfterRepo): OutboxHandler<Plan> {
  return {
    payload: PlanPayload,
    async send({ payload }) {
      const plan = deps.requireAmazonPlan(payload.planId);
      if (!plan?.placement_option_id) return { kind: 'done' };
      const api = deps.api(plan.account_id);
      const shipments = repo.confirmedShipments(plan.id, plan.placement_option_id);
      let remote: ShipmentRaw[];
      let options: Awaited<ReturnType<InboundApi['transportationOptions']>>;
      try {
        remote = await Promise.all(shipments.map((s) => readShipment(api, plan.amazon_plan_id, s.shipment_id)));
        options = await api.transportationOptions(plan.amazon_plan_id, plan.placement_option_id);
      } catch (error) {
        // A read for the screen only: Amazon refusing it must not hold up the plan's own steps behind it.
        if (error instanceof SpApiError && error.status >= 400 && error.status < 500 && error.status !== 429) return { kind: 'done' };
        throw error;
      }
      const update = deps.db.prepare('UPDATE inbound_transportation_options SET raw = ? WHERE plan_id = ? AND transportation_option_id = ?');
      deps.db.transaction(() => {
        shipments.forEach((s, i) => repo.setShipmentRaw(plan.id, s.shipment_id, remote[i], remote[i]!.status ?? null));
        for (const option of options) update.run(JSON.stringify(option), plan.id, option.transportationOptionId);
      })();
      return { kind: 'done' };
    },
  };
}

/** Sends the plan's current name; an attempt in doubt reads the plan first, so the name is sent once. */
export function renamePlanHandler(deps: InboundSyncDeps): OutboxHandler<Plan> {
  return {
    payload: PlanPayload,
    async send({ payload, inDoubt }) {
      const plan = deps.requireAmazonPlan(payload.planId);
      if (!plan) return { kind: 'done' };
      const api = deps.api(plan.account_id);
      if (inDoubt && (await api.plan(plan.amazon_plan_id)).name === plan.name) return { kind: 'done' };
      await api.call('updateInboundPlanName', { path: { inboundPlanId: plan.amazon_plan_id }, body: { name: plan.name } });
      return { kind: 'done' };
    },
  };
}

export function renameShipmentHandler(deps: InboundSyncDeps, repo: AfterRepo): OutboxHandler<Shipment> {
  return {
    payload: ShipmentPayload,
    async send({ payload, inDoubt }) {
      const plan = deps.requireAmazonPlan(payload.planId);
      if (!plan) return { kind: 'done' };
      const name = repo.shipment(plan.id, payload.shipmentId).name;
      if (!name) return { kind: 'done' };
      const api = deps.api(plan.account_id);
      const path = { inboundPlanId: plan.amazon_plan_id, shipmentId: payload.shipmentId };
      if (inDoubt && (await readShipment(api, plan.amazon_plan_id, payload.shipmentId)).name === name) return { kind: 'done' };
      await api.call('updateShipmentName', { path, body: { name } });
      const remote = await readShipment(api, plan.amazon_plan_id, payload.shipmentId);
      repo.setShipmentRaw(plan.id, payload.shipmentId, remote, remote.status ?? null);
      return { kind: 'done' };
    },
  };
}

function storeWindows(deps: InboundSyncDeps, planId: string, shipmentId: string, windows: DeliveryWindowBody[]): void {
  const upsert = deps.db.prepare(
    `INSERT INTO inbound_delivery_windows (plan_id, delivery_window_option_id, shipment_id, starts_at, ends_at, valid_until, raw) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (plan_id, delivery_window_option_id) DO UPDATE SET starts_at = excluded.starts_at, ends_at = excluded.ends_at, valid_until = excluded.valid_until, raw = excluded.raw`,
  );
  deps.db.transaction(() => {
    for (const w of windows) upsert.run(planId, w.deliveryWindowOptionId, shipmentId, w.startDate, w.endDate, w.validUntil ?? null, JSON.stringify(w));
  })();
}

/**
 * Lists the shipment's delivery window options. Amazon generates new ones only while no window is confirmed, so a
 * shipment with a confirmed window gets the options already offered; one without gets new ones first.
 */
export function refreshDeliveryWindowsHandler(deps: InboundSyncDeps, repo: AfterRepo): OutboxHandler<Shipment> {
  return {
    payload: ShipmentPayload,
    async send({ payload }) {
      const plan = deps.requireAmazonPlan(payload.planId);
      if (!plan) return { kind: 'done' };
      const api = deps.api(plan.account_id);
      const remote = await readShipment(api, plan.amazon_plan_id, payload.shipmentId);
      repo.setShipmentRaw(plan.id, payload.shipmentId, remote, remote.status ?? null);
      const listed = await api.deliveryWindows(plan.amazon_plan_id, payload.shipmentId);
      const fresh = listed.filter((w) => !w.validUntil || Date.parse(w.validUntil) > Date.now());
      if (fresh.length === 0 && !remote.selectedDeliveryWindow) {
        const body = await api.call<OperationStarted>('generateDeliveryWindowOptions', { path: { inboundPlanId: plan.amazon_plan_id, shipmentId: payload.shipmentId } });
        return { kind: 'await-operation', operationId: body.operationId };
      }
      storeWindows(deps, plan.id, payload.shipmentId, listed);
      return { kind: 'done' };
    },
    operationFinished: (_ctx, status) => (status === 'SUCCESS' ? 'again' : undefined),
  };
}

/**
 * Confirms the chosen window. Every attempt reads the shipment first: Amazon already holding this window means the
 * change is done (also after a lost reply), and the station keeps the shipment as Amazon now has it.
 */
export function changeDeliveryWindowHandler(deps: InboundSyncDeps, repo: AfterRepo): OutboxHandler<{ planId: string; shipmentId: string; deliveryWindowOptionId: string }> {
  return {
    payload: WindowPayload,
    async send({ payload }) {
      const plan = deps.requireAmazonPlan(payload.planId);
      if (!plan) return { kind: 'done' };
      const api = deps.api(plan.account_id);
      const remote = await readShipment(api, plan.amazon_plan_id, payload.shipmentId);
      if (remote.selectedDeliveryWindow?.deliveryWindowOptionId === payload.deliveryWindowOptionId) {
        repo.setShipmentRaw(plan.id, payload.shipmentId, remote, remote.status ?? null);
        return { kind: 'done' };
      }
      const body = await api.call<OperationStarted>('confirmDeliveryWindowOptions', {
        path: { inboundPlanId: plan.amazon_plan_id, shipmentId: payload.shipmentId, deliveryWindowOptionId: payload.deliveryWindowOptionId },
      });
      return { kind: 'await-operation', operationId: body.operationId };
    },
    operationFinished: (_ctx, status) => (status === 'SUCCESS' ? 'again' : undefined),
  };
}
