import type { Box, PlanDetail } from '../../../shared/ipc/inbound';

/** Plans, items and boxes for the renderer's tests of the packing screen: only what a test names differs. */

type Item = PlanDetail['items'][number];

export const testItem = (msku: string, fnsku: string | null, quantity: number, expiration?: string): Item => ({
  msku,
  fnsku,
  title: msku,
  quantity,
  prepOwner: 'NONE',
  labelOwner: 'SELLER',
  ...(expiration ? { expiration } : {}),
});

/** A box of a packing group; each line is [msku, quantity] or [msku, quantity, expiration]. */
export function testBox(id: string, lines: [string, number, (string | null)?][], fields: Partial<Omit<Box, 'id' | 'lines'>> = {}): Box {
  return {
    id,
    number: 1,
    packingGroupId: 'g1',
    shipmentId: null,
    status: 'open',
    weight: null,
    dimensions: null,
    contentSource: 'BOX_CONTENT_PROVIDED',
    amazonBoxId: null,
    trackingId: null,
    ...fields,
    lines: lines.map(([msku, quantity, expiration]) => ({ msku, quantity, expiration: expiration ?? null })),
  };
}

/** A plan at the packing step with nothing chosen or planned beyond what `fields` gives. */
export function testPlan(fields: Partial<PlanDetail>): PlanDetail {
  const boxes = fields.boxes ?? [];
  return {
    id: 'p1', accountId: 'a', marketplaceId: 'ATVPDKIKX0DER', name: 'Test', flow: 'pack_first', step: 'packing', amazonPlanId: 'wf1',
    skuCount: 0, unitCount: 0, packedUnits: 0, boxCount: boxes.length, shipmentIds: [], confirmationIds: [],
    sync: { pending: 0, failed: 0, lastError: null }, updatedAt: 0,
    shipFrom: { id: 's', accountId: 'a', label: 'Home', address: { name: 'A', addressLine1: 'B', city: 'C', postalCode: '1', countryCode: 'US', phoneNumber: '1' } },
    items: [], packingOptionId: null, placementOptionId: null, packingOptions: [], packingGroups: [],
    placementOptions: [], shipments: [], transportationOptions: [], deliveryWindows: [], boxes: [], problems: [],
    ...fields,
  };
}
