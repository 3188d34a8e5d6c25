import type { OutboxHandler } from '../../sync/outcome';
import type { Box } from '../../../shared/ipc/inbound';
import { PlanPayload } from './inbound-ops';
import type { InboundSyncDeps } from './deps';
import type { BoxBody, OperationStarted } from './inbound-api';

/** A box's content and size as one comparable string: identical boxes go to Amazon as one BoxInput with a quantity. */
export function boxSignature(box: { lines: { msku: string; quantity: number; expiration: string | null }[]; weight: { value: number; unit: string } | null; dimensions: Box['dimensions']; contentSource?: string }): string {
  const lines = [...box.lines].sort((a, b) => a.msku.localeCompare(b.msku) || (a.expiration ?? '').localeCompare(b.expiration ?? ''));
  return JSON.stringify([
    lines.map((l) => [l.msku, l.quantity, l.expiration ?? '']),
    box.weight ? [Number(box.weight.value.toFixed(2)), box.weight.unit] : null,
    box.dimensions ? [box.dimensions.length, box.dimensions.width, box.dimensions.height, box.dimensions.unit] : null,
  ]);
}

/** The signature of a box as Amazon lists it back, for matching Amazon's box ids to the station's boxes. */
export function amazonBoxSignature(box: BoxBody): string {
  return boxSignature({
    lines: (box.items ?? []).map((i) => ({ msku: i.msku, quantity: i.quantity, expiration: i.expiration ?? null })),
    weight: box.weight ?? null,
    dimensions: box.dimensions
      ? { length: box.dimensions.length, width: box.dimensions.width, height: box.dimensions.height, unit: box.dimensions.unitOfMeasurement as 'IN' | 'CM' }
      : null,
  });
}

/**
 * setPackingInformation with the station's current boxes, grouped by packing group (pack first) or shipment (place
 * first). When an earlier attempt may have reached Amazon, the plan's boxes on Amazon are compared first, so the same
 * box set is never sent twice.
 */
export function setPackingInformationHandler(deps: InboundSyncDeps): OutboxHandler<{ planId: string }> {
  return {
    payload: PlanPayload,
    async send({ payload, inDoubt }) {
      const plan = deps.requireAmazonPlan(payload.planId);
      if (!plan) return { kind: 'done' };
      const boxes = deps.repo.boxes(plan.id).filter((b) => b.status === 'closed');
      const api = deps.api(plan.account_id);
      if (inDoubt) {
        const remote = await api.planBoxes(plan.amazon_plan_id);
        const mine = boxes.map((b) => boxSignature(b)).sort();
        const theirs = remote.map(amazonBoxSignature).sort();
        if (mine.length === theirs.length && mine.every((s, i) => s === theirs[i])) return { kind: 'done' };
      }
      const key = (b: Box) => (plan.flow === 'pack_first' ? b.packingGroupId : b.shipmentId) ?? '';
      const groupings = new Map<string, Map<string, { box: Box; quantity: number }>>();
      for (const box of boxes) {
        const group = groupings.get(key(box)) ?? new Map<string, { box: Box; quantity: number }>();
        const signature = boxSignature(box) + box.contentSource;
        const same = group.get(signature);
        if (same) same.quantity++;
        else group.set(signature, { box, quantity: 1 });
        groupings.set(key(box), group);
      }
      const planItems = deps.repo.items(plan.id);
      const body = await api.call<OperationStarted>('setPackingInformation', {
        path: { inboundPlanId: plan.amazon_plan_id },
        body: {
          packageGroupings: [...groupings].map(([id, group]) => ({
            ...(plan.flow === 'pack_first' ? { packingGroupId: id } : { shipmentId: id }),
            boxes: [...group.values()].map(({ box, quantity }) => ({
              contentInformationSource: box.contentSource,
              quantity,
              weight: box.weight!,
              dimensions: { length: box.dimensions!.length, width: box.dimensions!.width, height: box.dimensions!.height, unitOfMeasurement: box.dimensions!.unit },
              ...(box.contentSource === 'BOX_CONTENT_PROVIDED'
                ? {
                    items: box.lines.map((l) => {
                      const item = planItems.find((i) => i.msku === l.msku && (i.expiration ?? null) === l.expiration) ?? planItems.find((i) => i.msku === l.msku);
                      return {
                        msku: l.msku,
                        quantity: l.quantity,
                        prepOwner: item?.prepOwner ?? 'SELLER',
                        labelOwner: item?.labelOwner ?? 'SELLER',
                        ...(l.expiration ? { expiration: l.expiration } : {}),
                      };
                    }),
                  }
                : {}),
            })),
          })),
        },
      });
      return { kind: 'await-operation', operationId: body.operationId };
    },
  };
}
