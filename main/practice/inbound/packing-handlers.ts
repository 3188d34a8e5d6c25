import { invalidInput, notFound } from '../errors';
import type { HandlerTable } from '../handler-types';
import { paginate, paginationOf } from '../pagination';
import { parseBody } from '../validation';
import { hasErrors, type OperationProblem } from './async-operations';
import { boxLimitProblems, contentMismatchProblems, packedTotals } from './box-rules';
import { INBOUND_API, type InboundContext } from './context';
import { sumItems } from './inbound-store';
import type { BoxRecord, PackingGroupRecord, PackingOptionRecord, PlanItem, PlanRecord } from './model';
import { setPackingInformationRequest } from './schemas';
import { INBOUND_TIMING } from './timing';
import { boxView, offerStatus, packingGroupItemsOf, packingOptionView } from './views';

const op = (name: string) => `${INBOUND_API}.${name}`;

/**
 * Packing groups as Amazon forms them: dangerous goods and oversize items are always packed apart from standard
 * items; a second option splits the standard items in two when there are at least two of them.
 */
function packingLayouts(plan: PlanRecord, ctx: InboundContext): PlanItem[][][] {
  const hazmat = plan.items.filter((i) => ctx.catalogue.get(i.msku)?.hazmat);
  const oversize = plan.items.filter((i) => ctx.catalogue.get(i.msku)?.oversize);
  const standard = plan.items.filter((i) => !hazmat.includes(i) && !oversize.includes(i));
  const special = [hazmat, oversize].filter((g) => g.length > 0);
  const layouts: PlanItem[][][] = [[...(standard.length > 0 ? [standard] : []), ...special]];
  if (standard.length >= 2) {
    const sorted = [...standard].sort((a, b) => a.msku.localeCompare(b.msku));
    const half = Math.ceil(sorted.length / 2);
    layouts.push([sorted.slice(0, half), sorted.slice(half), ...special]);
  } else if (hazmat.length >= 2) {
    layouts.push([...(standard.length > 0 ? [standard] : []), hazmat.slice(0, 1), hazmat.slice(1), ...(oversize.length > 0 ? [oversize] : [])]);
  }
  return layouts;
}

function packingGroupOf(plan: PlanRecord, packingGroupId: string, now: number): PackingGroupRecord {
  const group = plan.packingGroups.get(packingGroupId);
  const option = plan.packingOptions.find((o) => o.groupIds.includes(packingGroupId));
  if (!group || !option || option.visibleAt > now) throw notFound(`Packing group ${packingGroupId} was not found in inbound plan ${plan.id}.`);
  return group;
}

export function packingHandlers(ctx: InboundContext): HandlerTable {
  const { store, operations, ids } = ctx;
  return {
    [op('generatePackingOptions')]: ({ pathParams, account, now }) => {
      const plan = store.workablePlan(account.accountId, pathParams.inboundPlanId ?? '', now);
      if (plan.flow === 'PLACE_FIRST') {
        throw invalidInput(`Inbound plan ${plan.id} follows the place-first flow (placement options came first); packing options do not apply. Set packing information per shipment instead.`);
      }
      if (plan.confirmedPackingOptionId) throw invalidInput(`Inbound plan ${plan.id} already has a confirmed packing option (${plan.confirmedPackingOptionId}); packing options cannot be generated again.`);
      plan.flow = 'PACK_FIRST';
      const { operationId, completesAt } = operations.start('generatePackingOptions', account.accountId, now);
      for (const old of plan.packingOptions) for (const groupId of old.groupIds) plan.packingGroups.delete(groupId);
      plan.packingOptions = packingLayouts(plan, ctx).map((layout): PackingOptionRecord => {
        const groupIds = layout.map((items) => {
          const id = ids.entity('pg');
          plan.packingGroups.set(id, { id, items });
          return id;
        });
        return {
          id: ids.entity('po'),
          groupIds,
          status: 'OFFERED',
          expiresAt: completesAt + INBOUND_TIMING.packingOptionTtlMs,
          visibleAt: completesAt,
          fees: [],
          discounts: [],
          modes: ['GROUND_SMALL_PARCEL', 'FREIGHT_LTL'],
        };
      });
      plan.lastUpdatedAt = now;
      return { status: 202, body: { operationId } };
    },

    [op('listPackingOptions')]: ({ pathParams, account, now, query }) => {
      const plan = store.plan(account.accountId, pathParams.inboundPlanId ?? '');
      const visible = plan.packingOptions.filter((o) => o.visibleAt <= now);
      const { page, nextToken } = paginate(visible, query, { defaultSize: 10, maxSize: 20 });
      return { status: 200, body: { packingOptions: page.map((o) => packingOptionView(o, now)), ...paginationOf(nextToken) } };
    },

    [op('confirmPackingOption')]: ({ pathParams, account, now }) => {
      const plan = store.workablePlan(account.accountId, pathParams.inboundPlanId ?? '', now);
      const option = plan.packingOptions.find((o) => o.id === pathParams.packingOptionId && o.visibleAt <= now);
      if (!option) throw notFound(`Packing option ${pathParams.packingOptionId} was not found in inbound plan ${plan.id}.`);
      if (plan.confirmedPackingOptionId) {
        throw invalidInput(`Inbound plan ${plan.id} already has a confirmed packing option (${plan.confirmedPackingOptionId}); it cannot be changed.`);
      }
      const status = offerStatus(option, now);
      if (status === 'EXPIRED') throw invalidInput(`Packing option ${option.id} expired at ${new Date(option.expiresAt).toISOString()}; generate packing options again.`);
      option.status = 'ACCEPTED';
      for (const other of plan.packingOptions) if (other !== option) other.status = 'EXPIRED';
      plan.confirmedPackingOptionId = option.id;
      plan.counts.packingOptionConfirmations += 1;
      plan.lastUpdatedAt = now;
      return { status: 202, body: { operationId: operations.start('confirmPackingOption', account.accountId, now).operationId } };
    },

    [op('listPackingGroupItems')]: ({ pathParams, account, now, query }) => {
      const plan = store.plan(account.accountId, pathParams.inboundPlanId ?? '');
      const group = packingGroupOf(plan, pathParams.packingGroupId ?? '', now);
      const { page, nextToken } = paginate(packingGroupItemsOf(group, store), query, { defaultSize: 10, maxSize: 100 });
      return { status: 200, body: { items: page, ...paginationOf(nextToken) } };
    },

    [op('listPackingGroupBoxes')]: ({ pathParams, account, now, query }) => {
      const plan = store.plan(account.accountId, pathParams.inboundPlanId ?? '');
      const group = packingGroupOf(plan, pathParams.packingGroupId ?? '', now);
      const boxes = plan.boxes.filter((b) => b.packingGroupId === group.id);
      const { page, nextToken } = paginate(boxes, query, { defaultSize: 10, maxSize: 100 });
      return { status: 200, body: { boxes: page.map((b) => boxView(b, plan, store)), ...paginationOf(nextToken) } };
    },

    [op('setPackingInformation')]: ({ pathParams, account, now, body, spec }) => {
      const request = parseBody(setPackingInformationRequest, body, spec.operationId);
      const plan = store.workablePlan(account.accountId, pathParams.inboundPlanId ?? '', now);
      if (plan.transportConfirmed) {
        throw invalidInput(`Transportation of inbound plan ${plan.id} is confirmed; change box contents through shipment content update previews.`);
      }
      const targets = new Set<string>();
      const problems: OperationProblem[] = [];
      const replacements: { key: 'packingGroupId' | 'shipmentId'; id: string; boxes: BoxRecord[] }[] = [];
      for (const [g, grouping] of request.packageGroupings.entries()) {
        let expected: PlanItem[];
        let key: 'packingGroupId' | 'shipmentId';
        let id: string;
        if (grouping.packingGroupId) {
          if (!plan.confirmedPackingOptionId) throw invalidInput(`Inbound plan ${plan.id} has no confirmed packing option; confirm one before setting packing information by packingGroupId.`);
          if (plan.confirmedPlacementOptionId) throw invalidInput(`Placement of inbound plan ${plan.id} is confirmed; packingGroupId can only be given before placement confirmation, use shipmentId.`);
          const option = plan.packingOptions.find((o) => o.id === plan.confirmedPackingOptionId);
          if (!option?.groupIds.includes(grouping.packingGroupId)) {
            throw invalidInput(`packageGroupings[${g}].packingGroupId ${grouping.packingGroupId} is not a packing group of the confirmed packing option ${plan.confirmedPackingOptionId}.`);
          }
          expected = plan.packingGroups.get(grouping.packingGroupId)?.items ?? [];
          key = 'packingGroupId';
          id = grouping.packingGroupId;
        } else {
          if (!plan.confirmedPlacementOptionId) throw invalidInput(`Inbound plan ${plan.id} has no confirmed placement option; shipmentId can only be given after placement confirmation.`);
          const shipment = store.confirmedShipment(plan, grouping.shipmentId ?? '');
          expected = shipment.items;
          key = 'shipmentId';
          id = shipment.id;
        }
        if (targets.has(id)) throw invalidInput(`packageGroupings[${g}] repeats ${key} ${id}; give all boxes of a group in one grouping.`);
        targets.add(id);
        const boxes: BoxRecord[] = [];
        for (const [b, box] of grouping.boxes.entries()) {
          const items = box.items ?? [];
          if (box.contentInformationSource === 'BOX_CONTENT_PROVIDED' && items.length === 0) {
            throw invalidInput(`packageGroupings[${g}].boxes[${b}] has contentInformationSource BOX_CONTENT_PROVIDED but no items.`);
          }
          if (box.contentInformationSource !== 'BOX_CONTENT_PROVIDED' && items.length > 0) {
            throw invalidInput(`packageGroupings[${g}].boxes[${b}] has contentInformationSource ${box.contentInformationSource}; its items must be empty.`);
          }
          problems.push(...boxLimitProblems({ ...box, items }, `Box ${b + 1} of ${key} ${id}`, ctx.catalogue));
          for (let copy = 0; copy < box.quantity; copy += 1) {
            boxes.push({
              packageId: ids.entity('pk'),
              ...(key === 'packingGroupId' ? { packingGroupId: id } : { shipmentId: id }),
              contentInformationSource: box.contentInformationSource,
              dimensions: box.dimensions,
              weight: box.weight,
              items,
              sequence: 0,
            });
          }
        }
        if (grouping.boxes.every((b) => b.contentInformationSource === 'BOX_CONTENT_PROVIDED')) {
          problems.push(...contentMismatchProblems(sumItems(expected), packedTotals(grouping.boxes.map((b) => ({ items: b.items ?? [], quantity: b.quantity }))), `${key} ${id}`));
        }
        replacements.push({ key, id, boxes });
      }
      const { operationId } = operations.start('setPackingInformation', account.accountId, now, problems);
      if (!hasErrors(problems)) {
        for (const { key, id, boxes } of replacements) {
          plan.boxes = plan.boxes.filter((b) => b[key] !== id);
          for (const box of boxes) {
            box.sequence = plan.nextBoxSequence++;
            plan.boxes.push(box);
          }
        }
        plan.counts.packingInformationSets += 1;
        plan.lastUpdatedAt = now;
      }
      return { status: 202, body: { operationId } };
    },
  };
}
