import { invalidInput } from '../errors';
import type { HandlerTable } from '../handler-types';
import { paginate, paginationOf } from '../pagination';
import { parseBody } from '../validation';
import type { OperationProblem } from './async-operations';
import { INBOUND_API, type InboundContext } from './context';
import type { PlanItem, PlanRecord } from './model';
import { createInboundPlanRequest, updateNameRequest } from './schemas';
import { boxView, planSummaryView, planView } from './views';

const op = (name: string) => `${INBOUND_API}.${name}`;

/** Checks a plan's items against the catalogue as Amazon does while creating the plan. */
function itemProblems(items: readonly PlanItem[], ctx: InboundContext): OperationProblem[] {
  const problems: OperationProblem[] = [];
  for (const item of items) {
    const entry = ctx.catalogue.get(item.msku);
    if (!entry) {
      problems.push({ code: 'FBA_INB_0004', severity: 'ERROR', message: `MSKU ${item.msku} is not in this seller's catalogue.`, details: item.msku });
      continue;
    }
    if (entry.requiresExpiration && !item.expiration) {
      problems.push({ code: 'FBA_INB_0028', severity: 'ERROR', message: `MSKU ${item.msku} requires an expiration date.`, details: item.msku });
    }
    if (item.labelOwner === 'AMAZON') {
      problems.push({ code: 'FBA_INB_0141', severity: 'ERROR', message: `labelOwner AMAZON is not accepted in the US marketplace (MSKU ${item.msku}).`, details: item.msku });
    }
    if (!entry.canUseManufacturerBarcode && item.labelOwner === 'NONE') {
      problems.push({ code: 'FBA_INB_0138', severity: 'ERROR', message: `MSKU ${item.msku} needs FNSKU labels; labelOwner cannot be NONE.`, details: item.msku });
    }
    const needsPrep = entry.prepTypes.some((t) => t !== 'ITEM_NO_PREP');
    if (needsPrep && item.prepOwner === 'NONE') {
      problems.push({ code: 'FBA_INB_0182', severity: 'ERROR', message: `MSKU ${item.msku} requires prep (${entry.prepTypes.join(', ')}); prepOwner cannot be NONE.`, details: item.msku });
    }
    if (entry.hazmat) {
      problems.push({ code: 'FBA_INB_0290', severity: 'WARNING', message: `MSKU ${item.msku} is classified as dangerous goods and will be packed and shipped separately.`, details: item.msku });
    }
  }
  return problems;
}

export function planHandlers(ctx: InboundContext): HandlerTable {
  const { store, operations, ids } = ctx;
  return {
    [op('createInboundPlan')]: ({ body, account, now, spec }) => {
      const request = parseBody(createInboundPlanRequest, body, spec.operationId);
      const marketplaceId = request.destinationMarketplaces[0] as string;
      if (!account.marketplaceIds.includes(marketplaceId)) {
        throw invalidInput(`Marketplace ${marketplaceId} is not available to this account; it sells in ${account.marketplaceIds.join(', ')}.`);
      }
      if (account.kind !== 'seller') throw invalidInput('Only seller accounts can create FBA inbound plans.');
      const seen = new Set<string>();
      for (const item of request.items) {
        if (seen.has(item.msku)) throw invalidInput(`MSKU ${item.msku} appears more than once in items; give each MSKU once with its total quantity.`);
        seen.add(item.msku);
      }
      const problems = itemProblems(request.items, ctx);
      const { operationId, completesAt } = operations.start('createInboundPlan', account.accountId, now, problems);
      const failed = problems.some((p) => p.severity === 'ERROR');
      const plan: PlanRecord = {
        id: ids.entity('wf'),
        accountId: account.accountId,
        name: request.name ?? `FBA STA (${new Date(now).toISOString().slice(0, 16).replace('T', ' ')})`,
        marketplaceId,
        sourceAddress: request.sourceAddress,
        status: failed ? 'ERRORED' : 'ACTIVE',
        createdAt: now,
        lastUpdatedAt: now,
        readyAt: completesAt,
        creationProblems: problems,
        items: request.items,
        packingOptions: [],
        packingGroups: new Map(),
        placementOptions: [],
        shipments: new Map(),
        boxes: [],
        nextBoxSequence: 1,
        transportationOptions: [],
        transportGeneratedFor: new Set(),
        transportConfirmed: false,
        deliveryWindows: [],
        contentUpdatePreviews: [],
        counts: { packingOptionConfirmations: 0, packingInformationSets: 0, placementConfirmations: 0, transportationConfirmations: 0, contentUpdateConfirmations: 0 },
      };
      store.plans.set(plan.id, plan);
      store.plansCreated += 1;
      return { status: 202, body: { inboundPlanId: plan.id, operationId } };
    },

    [op('listInboundPlans')]: ({ query, account }) => {
      const status = query.get('status');
      if (status !== null && !['ACTIVE', 'VOIDED', 'SHIPPED'].includes(status)) throw invalidInput(`status must be ACTIVE, VOIDED or SHIPPED, got "${status}".`);
      const sortBy = query.get('sortBy') ?? 'LAST_UPDATED_TIME';
      if (!['LAST_UPDATED_TIME', 'CREATION_TIME'].includes(sortBy)) throw invalidInput(`sortBy must be LAST_UPDATED_TIME or CREATION_TIME, got "${sortBy}".`);
      const sortOrder = query.get('sortOrder') ?? 'ASC';
      if (!['ASC', 'DESC'].includes(sortOrder)) throw invalidInput(`sortOrder must be ASC or DESC, got "${sortOrder}".`);
      const key = (p: PlanRecord) => (sortBy === 'CREATION_TIME' ? p.createdAt : p.lastUpdatedAt);
      const plans = [...store.plans.values()]
        .filter((p) => p.accountId === account.accountId && (status === null || p.status === status))
        .sort((a, b) => (sortOrder === 'ASC' ? key(a) - key(b) : key(b) - key(a)));
      const { page, nextToken } = paginate(plans, query, { defaultSize: 10, maxSize: 30 });
      return { status: 200, body: { inboundPlans: page.map(planSummaryView), ...paginationOf(nextToken) } };
    },

    [op('getInboundPlan')]: ({ pathParams, account, now }) => ({
      status: 200,
      body: planView(store.plan(account.accountId, pathParams.inboundPlanId ?? ''), now),
    }),

    [op('listInboundPlanItems')]: ({ pathParams, account, query }) => {
      const plan = store.plan(account.accountId, pathParams.inboundPlanId ?? '');
      const { page, nextToken } = paginate(plan.items, query, { defaultSize: 10, maxSize: 1000 });
      return { status: 200, body: { items: page.map((i) => store.itemView(i)), ...paginationOf(nextToken) } };
    },

    [op('listInboundPlanBoxes')]: ({ pathParams, account, query }) => {
      const plan = store.plan(account.accountId, pathParams.inboundPlanId ?? '');
      const { page, nextToken } = paginate(plan.boxes, query, { defaultSize: 10, maxSize: 1000 });
      return { status: 200, body: { boxes: page.map((b) => boxView(b, plan, store)), ...paginationOf(nextToken) } };
    },

    [op('listInboundPlanPallets')]: ({ pathParams, account, query }) => {
      const plan = store.plan(account.accountId, pathParams.inboundPlanId ?? '');
      const pallets = [...plan.shipments.values()].flatMap((s) => s.pallets);
      const { page, nextToken } = paginate(pallets, query, { defaultSize: 10, maxSize: 1000 });
      return { status: 200, body: { pallets: page, ...paginationOf(nextToken) } };
    },

    [op('updateInboundPlanName')]: ({ pathParams, account, body, spec, now }) => {
      const request = parseBody(updateNameRequest, body, spec.operationId);
      const plan = store.plan(account.accountId, pathParams.inboundPlanId ?? '');
      if (plan.status === 'VOIDED') throw invalidInput(`Inbound plan ${plan.id} is VOIDED and cannot be renamed.`);
      plan.name = request.name;
      plan.lastUpdatedAt = now;
      return { status: 204 };
    },

    [op('cancelInboundPlan')]: ({ pathParams, account, now }) => {
      const plan = store.plan(account.accountId, pathParams.inboundPlanId ?? '');
      if (plan.status === 'VOIDED') throw invalidInput(`Inbound plan ${plan.id} is already cancelled.`);
      const shipped = [...plan.shipments.values()].find((s) => s.status === 'SHIPPED');
      if (shipped) throw invalidInput(`Inbound plan ${plan.id} cannot be cancelled: shipment ${shipped.confirmationId ?? shipped.id} has shipped.`);
      const problems: OperationProblem[] = [];
      for (const shipment of plan.shipments.values()) {
        const option = plan.transportationOptions.find((o) => o.id === shipment.selectedTransportationOptionId);
        if (option?.shippingSolution === 'AMAZON_PARTNERED_CARRIER' && option.quote?.voidableUntil !== undefined && now > option.quote.voidableUntil) {
          const window = option.shippingMode === 'FREIGHT_LTL' ? '1 hour' : '24 hours';
          problems.push({
            code: 'FBA_INB_0310',
            severity: 'WARNING',
            message: `Shipment ${shipment.confirmationId ?? shipment.id} was cancelled after its ${window} void window; the carrier charge of ${option.quote.cost.amount} ${option.quote.cost.code} applies.`,
          });
        }
      }
      plan.status = 'VOIDED';
      plan.lastUpdatedAt = now;
      for (const shipment of plan.shipments.values()) shipment.status = 'CANCELLED';
      const { operationId } = operations.start('cancelInboundPlan', account.accountId, now, problems);
      return { status: 202, body: { operationId } };
    },

    [op('getInboundOperationStatus')]: ({ pathParams, account, now }) => ({
      status: 200,
      body: operations.status(pathParams.operationId ?? '', account.accountId, now),
    }),
  };
}
