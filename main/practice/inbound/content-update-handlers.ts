import { isoAt } from '../clock';
import { invalidInput, notFound } from '../errors';
import type { HandlerTable } from '../handler-types';
import { paginate, paginationOf } from '../pagination';
import { parseBody } from '../validation';
import { hasErrors, type OperationProblem } from './async-operations';
import { boxLimitProblems, contentMismatchProblems, packedTotals, weightLb } from './box-rules';
import { INBOUND_API, type InboundContext } from './context';
import { sumItems } from './inbound-store';
import type { BoxRecord, ContentUpdatePreviewRecord, PlanRecord, ShipmentRecord } from './model';
import { contentUpdateRequest } from './schemas';
import { INBOUND_TIMING } from './timing';
import { assignBoxIds, shipmentBoxes } from './transport-handlers';
import { transportationOptionView } from './views';

const op = (name: string) => `${INBOUND_API}.${name}`;

/** Amazon lets each MSKU's quantity change by 5 % or 6 units, whichever is greater, once the carrier is confirmed. */
export function allowedChange(originalQuantity: number): number {
  return Math.max(6, Math.floor(originalQuantity * 0.05));
}

function previewView(preview: ContentUpdatePreviewRecord) {
  return {
    contentUpdatePreviewId: preview.id,
    expiration: isoAt(preview.expiresAt),
    requestedUpdates: {
      boxes: preview.requestedBoxes.map((b) => ({
        contentInformationSource: b.contentInformationSource,
        dimensions: b.dimensions,
        ...(b.items.length > 0 ? { items: b.items } : {}),
        ...(b.packageId ? { packageId: b.packageId } : {}),
        quantity: b.quantity,
        weight: b.weight,
      })),
      items: preview.requestedItems,
    },
    transportationOption: transportationOptionView(preview.transportationOption),
  };
}

export function contentUpdateHandlers(ctx: InboundContext): HandlerTable {
  const { store, operations, ids } = ctx;

  const previewOf = (plan: PlanRecord, shipment: ShipmentRecord, previewId: string, now: number): ContentUpdatePreviewRecord => {
    const preview = plan.contentUpdatePreviews.find((p) => p.id === previewId && p.shipmentId === shipment.id && p.visibleAt <= now);
    if (!preview) throw notFound(`Content update preview ${previewId} was not found for shipment ${shipment.id}.`);
    return preview;
  };

  return {
    [op('generateShipmentContentUpdatePreviews')]: ({ pathParams, account, now, body, spec }) => {
      const request = parseBody(contentUpdateRequest, body, spec.operationId);
      const plan = store.workablePlan(account.accountId, pathParams.inboundPlanId ?? '', now);
      const shipment = store.confirmedShipment(plan, pathParams.shipmentId ?? '');
      const selected = plan.transportationOptions.find((t) => t.id === shipment.selectedTransportationOptionId);
      if (!selected) throw invalidInput(`Shipment ${shipment.id} has no confirmed carrier; content update previews need confirmed transportation.`);
      if (shipment.status !== 'WORKING') throw invalidInput(`Shipment ${shipment.id} is ${shipment.status}; its contents can only change while it is WORKING.`);
      const existing = new Set(shipmentBoxes(plan, shipment).map((b) => b.packageId));
      for (const [i, box] of request.boxes.entries()) {
        if (box.packageId && !existing.has(box.packageId)) throw invalidInput(`boxes[${i}].packageId ${box.packageId} is not a box of shipment ${shipment.id}.`);
        const items = box.items ?? [];
        if (box.contentInformationSource === 'BOX_CONTENT_PROVIDED' && items.length === 0) throw invalidInput(`boxes[${i}] has contentInformationSource BOX_CONTENT_PROVIDED but no items.`);
        if (box.contentInformationSource !== 'BOX_CONTENT_PROVIDED' && items.length > 0) throw invalidInput(`boxes[${i}] has contentInformationSource ${box.contentInformationSource}; its items must be empty.`);
      }
      const problems: OperationProblem[] = [];
      const before = sumItems(shipment.items);
      const after = sumItems(request.items);
      for (const [msku, quantity] of after) {
        const original = before.get(msku);
        if (original === undefined) {
          problems.push({ code: 'FBA_INB_0340', severity: 'ERROR', message: `MSKU ${msku} is not in shipment ${shipment.confirmationId ?? shipment.id}; content updates cannot add new MSKUs.`, details: msku });
        } else if (Math.abs(quantity - original) > allowedChange(original)) {
          problems.push({
            code: 'FBA_INB_0341',
            severity: 'ERROR',
            message: `MSKU ${msku} would change from ${original} to ${quantity} units; after carrier confirmation each MSKU may change by at most ${allowedChange(original)} units (5 % or 6 units, whichever is greater).`,
            details: msku,
          });
        }
      }
      for (const [msku, original] of before) {
        if (!after.has(msku) && original > allowedChange(original)) {
          problems.push({ code: 'FBA_INB_0341', severity: 'ERROR', message: `MSKU ${msku} would be removed (${original} units); at most ${allowedChange(original)} units may be removed.`, details: msku });
        }
      }
      request.boxes.forEach((box, i) => problems.push(...boxLimitProblems({ ...box, items: box.items ?? [] }, `Box ${i + 1}`, ctx.catalogue)));
      if (request.boxes.every((b) => b.contentInformationSource === 'BOX_CONTENT_PROVIDED')) {
        problems.push(...contentMismatchProblems(after, packedTotals(request.boxes.map((b) => ({ items: b.items ?? [], quantity: b.quantity }))), `the requested items of shipment ${shipment.id}`));
      }
      const { operationId, completesAt } = operations.start('generateShipmentContentUpdatePreviews', account.accountId, now, problems);
      if (!hasErrors(problems)) {
        const boxCount = request.boxes.reduce((n, b) => n + b.quantity, 0);
        const pounds = request.boxes.reduce((n, b) => n + weightLb(b.weight) * b.quantity, 0);
        const cost = selected.quote ? { amount: Number((boxCount * 5.25 + pounds * 0.42).toFixed(2)), code: selected.quote.cost.code } : undefined;
        plan.contentUpdatePreviews.push({
          id: ids.entity('cu'),
          shipmentId: shipment.id,
          expiresAt: completesAt + INBOUND_TIMING.contentUpdatePreviewTtlMs,
          visibleAt: completesAt,
          status: 'OFFERED',
          requestedBoxes: request.boxes.map((b) => ({
            ...(b.packageId ? { packageId: b.packageId } : {}),
            contentInformationSource: b.contentInformationSource,
            dimensions: b.dimensions,
            weight: b.weight,
            items: b.items ?? [],
            quantity: b.quantity,
            shipmentId: shipment.id,
          })),
          requestedItems: request.items,
          transportationOption: {
            ...selected,
            id: ids.entity('to'),
            visibleAt: completesAt,
            ...(cost && selected.quote ? { quote: { cost, expiration: completesAt + INBOUND_TIMING.contentUpdatePreviewTtlMs } } : {}),
          },
        });
      }
      return { status: 202, body: { operationId } };
    },

    [op('listShipmentContentUpdatePreviews')]: ({ pathParams, account, now, query }) => {
      const plan = store.plan(account.accountId, pathParams.inboundPlanId ?? '');
      const shipment = store.shipment(plan, pathParams.shipmentId ?? '');
      const visible = plan.contentUpdatePreviews.filter((p) => p.shipmentId === shipment.id && p.visibleAt <= now && p.status === 'OFFERED' && now < p.expiresAt);
      const { page, nextToken } = paginate(visible, query, { defaultSize: 10, maxSize: 20 });
      return { status: 200, body: { contentUpdatePreviews: page.map(previewView), ...paginationOf(nextToken) } };
    },

    [op('getShipmentContentUpdatePreview')]: ({ pathParams, account, now }) => {
      const plan = store.plan(account.accountId, pathParams.inboundPlanId ?? '');
      const shipment = store.shipment(plan, pathParams.shipmentId ?? '');
      return { status: 200, body: previewView(previewOf(plan, shipment, pathParams.contentUpdatePreviewId ?? '', now)) };
    },

    [op('confirmShipmentContentUpdatePreview')]: ({ pathParams, account, now }) => {
      const plan = store.workablePlan(account.accountId, pathParams.inboundPlanId ?? '', now);
      const shipment = store.confirmedShipment(plan, pathParams.shipmentId ?? '');
      const preview = previewOf(plan, shipment, pathParams.contentUpdatePreviewId ?? '', now);
      if (preview.status === 'ACCEPTED') throw invalidInput(`Content update preview ${preview.id} is already confirmed.`);
      if (now >= preview.expiresAt) throw invalidInput(`Content update preview ${preview.id} expired at ${isoAt(preview.expiresAt)}; generate a new preview.`);
      if (shipment.status !== 'WORKING') throw invalidInput(`Shipment ${shipment.id} is ${shipment.status}; its contents can no longer change.`);
      const current = new Map(shipmentBoxes(plan, shipment).map((b) => [b.packageId, b]));
      const kept = new Set<string>();
      const added: BoxRecord[] = [];
      for (const requested of preview.requestedBoxes) {
        const target = requested.packageId ? current.get(requested.packageId) : undefined;
        const copies = target ? requested.quantity - 1 : requested.quantity;
        if (target) {
          Object.assign(target, { contentInformationSource: requested.contentInformationSource, dimensions: requested.dimensions, weight: requested.weight, items: requested.items });
          kept.add(target.packageId);
        }
        for (let c = 0; c < copies; c += 1) {
          added.push({ packageId: ids.entity('pk'), shipmentId: shipment.id, contentInformationSource: requested.contentInformationSource, dimensions: requested.dimensions, weight: requested.weight, items: requested.items, sequence: plan.nextBoxSequence++ });
        }
      }
      plan.boxes = plan.boxes.filter((b) => !current.has(b.packageId) || kept.has(b.packageId));
      shipment.plannedPackageIds = shipment.plannedPackageIds.filter((id) => kept.has(id));
      plan.boxes.push(...added);
      shipment.items = preview.requestedItems;
      preview.status = 'ACCEPTED';
      plan.transportationOptions.push(preview.transportationOption);
      shipment.selectedTransportationOptionId = preview.transportationOption.id;
      assignBoxIds(plan, shipment);
      plan.counts.contentUpdateConfirmations += 1;
      plan.lastUpdatedAt = now;
      return { status: 202, body: { operationId: operations.start('confirmShipmentContentUpdatePreview', account.accountId, now).operationId } };
    },
  };
}
