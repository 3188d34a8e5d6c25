import type { ContentUpdateBox } from '../../../shared/ipc/inbound-after';
import type { PlanItem } from '../../../shared/ipc/inbound';

/** An item line as Amazon's ItemInput has it. */
export interface ItemInput {
  msku: string;
  quantity: number;
  prepOwner: string;
  labelOwner: string;
  expiration?: string;
}

export interface BoxUpdateInput {
  packageId?: string;
  contentInformationSource: string;
  quantity: number;
  weight: { value: number; unit: string };
  dimensions: { length: number; width: number; height: number; unitOfMeasurement: string };
  items?: ItemInput[];
}

export interface ContentUpdateRequest {
  boxes: BoxUpdateInput[];
  items: ItemInput[];
}

/** Units per MSKU in a box set, as Amazon counts a shipment's items. */
export function unitsByMsku(boxes: readonly { lines: readonly { msku: string; quantity: number }[] }[]): Map<string, number> {
  const units = new Map<string, number>();
  for (const box of boxes) for (const line of box.lines) units.set(line.msku, (units.get(line.msku) ?? 0) + line.quantity);
  return units;
}

function owners(planItems: readonly PlanItem[], msku: string, expiration: string | null) {
  const item = planItems.find((i) => i.msku === msku && (i.expiration ?? null) === expiration) ?? planItems.find((i) => i.msku === msku);
  return { prepOwner: item?.prepOwner ?? 'SELLER', labelOwner: item?.labelOwner ?? 'SELLER' };
}

/**
 * generateShipmentContentUpdatePreviews' body for the whole box set the shipment should hold: kept boxes by Amazon's
 * package id (boxes left out are removed by Amazon), new boxes without one; the shipment's items are the boxes' sum.
 */
export function contentUpdateRequest(boxes: readonly ContentUpdateBox[], packageIdOf: (boxId: string) => string, planItems: readonly PlanItem[]): ContentUpdateRequest {
  const totals = new Map<string, ItemInput>();
  const requested = boxes.map((box) => {
    const items = box.lines.map((l) => ({ msku: l.msku, quantity: l.quantity, ...owners(planItems, l.msku, l.expiration), ...(l.expiration ? { expiration: l.expiration } : {}) }));
    for (const item of items) {
      const key = `${item.msku}|${item.expiration ?? ''}`;
      const total = totals.get(key);
      if (total) total.quantity += item.quantity;
      else totals.set(key, { ...item });
    }
    return {
      ...(box.boxId ? { packageId: packageIdOf(box.boxId) } : {}),
      contentInformationSource: box.contentSource,
      quantity: 1,
      weight: { value: box.weight.value, unit: box.weight.unit },
      dimensions: { length: box.dimensions.length, width: box.dimensions.width, height: box.dimensions.height, unitOfMeasurement: box.dimensions.unit },
      ...(box.contentSource === 'BOX_CONTENT_PROVIDED' ? { items } : {}),
    };
  });
  return { boxes: requested, items: [...totals.values()] };
}

/**
 * A request (or a preview's requestedUpdates) as one comparable string: finds the preview Amazon made for a request
 * whose reply was lost, and tells whether an edit changes anything at all.
 */
export function requestSignature(request: { boxes?: readonly BoxUpdateInput[]; items?: readonly ItemInput[] }): string {
  const lines = (items: readonly ItemInput[] | undefined) =>
    (items ?? []).map((i) => `${i.msku}:${i.quantity}:${i.expiration ?? ''}`).sort();
  const boxes = (request.boxes ?? []).flatMap((b) => {
    const one = JSON.stringify([
      b.packageId ?? 'new',
      b.contentInformationSource,
      Number(b.weight.value.toFixed(2)),
      b.weight.unit,
      b.dimensions.length,
      b.dimensions.width,
      b.dimensions.height,
      b.dimensions.unitOfMeasurement,
      lines(b.items),
    ]);
    return Array.from({ length: b.quantity }, () => one);
  });
  return JSON.stringify([boxes.sort(), lines(request.items)]);
}
