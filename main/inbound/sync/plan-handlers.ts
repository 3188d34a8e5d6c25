import type { OutboxHandler } from '../../sync/outcome';
import { PackingOptionPayload, PlanPayload } from './inbound-ops';
import type { InboundSyncDeps } from './deps';
import type { OperationStarted } from './inbound-api';
import { operationStep } from './operation-step';

type Plan = { planId: string };

/** How long a plan found by name after a lost createInboundPlan reply is left to finish being created. */
export const DEFAULT_ADOPTED_PLAN_GRACE_MS = 10_000;

/** createInboundPlan, looking first (by the plan's own name) when an earlier attempt may have created it already. */
export function createPlanHandler(deps: InboundSyncDeps): OutboxHandler<Plan> {
  return {
    payload: PlanPayload,
    async send({ payload, inDoubt }) {
      const plan = deps.repo.plan(payload.planId);
      if (plan.amazon_plan_id) return { kind: 'done' };
      const api = deps.api(plan.account_id);
      if (inDoubt) {
        for await (const page of api.plansByNewest()) {
          const found = page.inboundPlans?.find((p) => p.name === plan.name);
          if (found) {
            deps.repo.touch(plan.id, { amazon_plan_id: found.inboundPlanId });
            // The lost reply carried the creation's operation id, and Amazon offers no other readiness signal: give the
            // creation time to finish before the plan's next step goes out (the next attempt sees the id and is done).
            return { kind: 'retry', reason: 'Found the plan on Amazon; giving its creation time to finish', afterMs: deps.adoptedPlanGraceMs };
          }
          // Plans come newest first: one older than ours is not ours.
          if ((page.inboundPlans ?? []).length < 30) break;
        }
      }
      // Cancelled before it ever reached Amazon: nothing to create.
      if (plan.step === 'cancelled') return { kind: 'done' };
      const items = deps.repo.items(plan.id);
      const { address } = deps.repo.shipFrom(plan.ship_from_id);
      const body = await api.call<OperationStarted & { inboundPlanId: string }>('createInboundPlan', {
        body: {
          destinationMarketplaces: [plan.marketplace_id],
          name: plan.name,
          sourceAddress: address,
          items: items.map((i) => ({
            msku: i.msku,
            quantity: i.quantity,
            prepOwner: i.prepOwner,
            labelOwner: i.labelOwner,
            ...(i.expiration ? { expiration: i.expiration } : {}),
            ...(i.lotCode ? { manufacturingLotCode: i.lotCode } : {}),
          })),
        },
      });
      // Recorded together with the operation: a plan id stored without it would let a restarted station take the plan
      // as created without ever learning whether its creation succeeded.
      return { kind: 'await-operation', operationId: body.operationId, record: () => deps.repo.touch(plan.id, { amazon_plan_id: body.inboundPlanId }) };
    },
  };
}

export function generatePackingOptionsHandler(deps: InboundSyncDeps): OutboxHandler<Plan> {
  return operationStep(deps, PlanPayload, {
    alreadyDone: async ({ api, plan }) => (await api.packingOptions(plan.amazon_plan_id)).length > 0,
    start: ({ api, plan }) => api.call<OperationStarted>('generatePackingOptions', { path: { inboundPlanId: plan.amazon_plan_id } }),
  });
}

/** Reads the packing options and each group's items into the station, so packing can start (and go on offline). */
export function fetchPackingOptionsHandler(deps: InboundSyncDeps): OutboxHandler<Plan> {
  return {
    payload: PlanPayload,
    async send({ payload }) {
      const plan = deps.requireAmazonPlan(payload.planId);
      if (!plan) return { kind: 'done' };
      const api = deps.api(plan.account_id);
      const options = await api.packingOptions(plan.amazon_plan_id);
      if (options.length === 0) return { kind: 'retry', reason: 'Amazon has not listed the packing options yet', afterMs: 2000 };
      const groupIds = [...new Set(options.flatMap((o) => o.packingGroups))];
      const groups = await Promise.all(groupIds.map(async (id) => ({ id, items: await api.packingGroupItems(plan.amazon_plan_id, id) })));
      deps.db.transaction(() => {
        deps.db.prepare('DELETE FROM inbound_packing_options WHERE plan_id = ?').run(plan.id);
        const insertOption = deps.db.prepare(
          'INSERT INTO inbound_packing_options (plan_id, packing_option_id, status, expires_at, group_ids, raw) VALUES (?, ?, ?, ?, ?, ?)',
        );
        for (const o of options) insertOption.run(plan.id, o.packingOptionId, o.status, o.expiration ?? null, JSON.stringify(o.packingGroups), JSON.stringify(o));
        const upsertGroup = deps.db.prepare(
          `INSERT INTO inbound_packing_groups (plan_id, packing_group_id, items) VALUES (?, ?, ?)
           ON CONFLICT (plan_id, packing_group_id) DO UPDATE SET items = excluded.items`,
        );
        for (const g of groups) {
          upsertGroup.run(plan.id, g.id, JSON.stringify(g.items.map((i) => ({ msku: i.msku, quantity: i.quantity, expiration: i.expiration ?? null }))));
        }
        if (plan.step === 'creating') deps.repo.touch(plan.id, { step: 'choose_packing' });
      })();
      return { kind: 'done' };
    },
  };
}

export function confirmPackingOptionHandler(deps: InboundSyncDeps): OutboxHandler<{ planId: string; packingOptionId: string }> {
  return operationStep(deps, PackingOptionPayload, {
    alreadyDone: async ({ api, plan, payload }) =>
      (await api.packingOptions(plan.amazon_plan_id)).find((o) => o.packingOptionId === payload.packingOptionId)?.status === 'ACCEPTED',
    start: ({ api, plan, payload }) =>
      api.call<OperationStarted>('confirmPackingOption', { path: { inboundPlanId: plan.amazon_plan_id, packingOptionId: payload.packingOptionId } }),
  });
}

export function cancelPlanHandler(deps: InboundSyncDeps): OutboxHandler<Plan> {
  return {
    payload: PlanPayload,
    async send({ payload, inDoubt }) {
      const plan = deps.repo.plan(payload.planId);
      if (!plan.amazon_plan_id) return { kind: 'done' };
      const api = deps.api(plan.account_id);
      if (inDoubt) {
        const current = await api.plan(plan.amazon_plan_id);
        if (current.status === 'VOIDED' || current.status === 'SHIPPED') return { kind: 'done' };
      }
      const body = await api.call<OperationStarted>('cancelInboundPlan', { path: { inboundPlanId: plan.amazon_plan_id } });
      return { kind: 'await-operation', operationId: body.operationId };
    },
  };
}
