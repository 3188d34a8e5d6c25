import type { PlanDetail } from '../../shared/ipc/inbound';
import type { CatalogueItem } from '../../main/practice/catalogue';
import type { PracticeStation } from './practice-station';

/** What the flows need of a station: its services, its marketplace's catalogue, the practice seller and a way to sync. */
export type FlowStation = Pick<PracticeStation, 'station' | 'market' | 'sellerId' | 'shipFromId' | 'settle'>;

export const US = 'ATVPDKIKX0DER';

/** Two standard 48×40 in pallets of 310 lb, as LTL freight tests send them. */
export const PALLET = { quantity: 2, length: 48, width: 40, height: 50, dimensionUnit: 'IN', weight: 310, weightUnit: 'LB', stackability: 'STACKABLE' } as const;

/** Ready to ship from tomorrow: a window Amazon accepts for freight. */
export const tomorrow = () => new Date(Date.now() + 24 * 3600_000).toISOString();

/** Items that pack together in ordinary boxes: no dangerous goods, nothing oversize, light enough for ten a box. */
export function lightItems(catalogue: readonly CatalogueItem[], count: number): CatalogueItem[] {
  const chosen = catalogue.filter((c) => !c.hazmat && !c.oversize && c.weightLb < 3 && !c.requiresExpiration).slice(0, count);
  if (chosen.length < count) throw new Error(`The practice catalogue has only ${chosen.length} light items, ${count} asked for`);
  return chosen;
}

function planItem(c: CatalogueItem, quantity: number) {
  return {
    msku: c.msku,
    quantity,
    prepOwner: c.prepTypes.length ? ('SELLER' as const) : ('NONE' as const),
    labelOwner: c.canUseManufacturerBarcode ? ('NONE' as const) : ('SELLER' as const),
    ...(c.requiresExpiration ? { expiration: '2027-06-30' } : {}),
  };
}

/**
 * Packs every group of the chosen packing option into boxes of `perBox` units (one SKU run after another, as a packer
 * empties totes), scanning each box's units of a SKU at once. Returns the number of boxes closed.
 */
export function packByGroup(t: FlowStation, plan: PlanDetail, perBox: number): number {
  const option = plan.packingOptions.find((o) => o.packingOptionId === plan.packingOptionId);
  const groups = plan.packingGroups.filter((g) => option?.groupIds.includes(g.packingGroupId));
  let boxes = 0;
  for (const group of groups) {
    const units = group.items.flatMap((i) => Array.from({ length: i.quantity }, () => i.msku));
    for (let start = 0; start < units.length; start += perBox) {
      const box = t.station.packing.openBox(plan.id, { packingGroupId: group.packingGroupId });
      boxes++;
      let weightLb = 1;
      const counts = new Map<string, number>();
      for (const msku of units.slice(start, start + perBox)) counts.set(msku, (counts.get(msku) ?? 0) + 1);
      for (const [msku, quantity] of counts) {
        const item = t.market.catalogue.find((c) => c.msku === msku)!;
        const outcome = t.station.packing.scan({ boxId: box.id, code: item.fnsku, quantity });
        if (!outcome.ok) throw new Error(`Scan of ${item.fnsku} refused: ${outcome.message}`);
        weightLb += item.weightLb * quantity;
      }
      t.station.packing.closeBox({
        boxId: box.id,
        weight: { value: Number(weightLb.toFixed(2)), unit: 'LB' },
        dimensions: { length: 22, width: 16, height: 14, unit: 'IN' },
      });
    }
  }
  return boxes;
}

export interface FlowOutcome {
  plan: PlanDetail;
  /** Boxes the station closed. */
  boxes: number;
  shipmentIds: string[];
}

/**
 * The whole pack-first flow through the station's services and its outbox: plan, packing option, boxes, placement,
 * small-parcel transport with a delivery window, box ids, tracking.
 */
export async function packFirstFlow(t: FlowStation, items: readonly CatalogueItem[], quantity: number, perBox: number, settleMs = 60_000): Promise<FlowOutcome> {
  const { station } = t;
  const created = station.plans.create({
    accountId: t.sellerId,
    marketplaceId: US,
    shipFromId: t.shipFromId,
    flow: 'pack_first',
    name: `Pack first ${items.length}x${quantity}`,
    items: items.map((c) => planItem(c, quantity)),
  });
  await t.settle(settleMs);
  let plan = station.plans.get(created.id);
  if (plan.step !== 'choose_packing') throw new Error(`Plan stopped at ${plan.step}, expected choose_packing`);
  plan = station.plans.choosePackingOption(plan.id, plan.packingOptions[0]!.packingOptionId);
  await t.settle(settleMs);

  const boxes = packByGroup(t, station.plans.get(plan.id), perBox);
  station.plans.submitPacking(plan.id);
  await t.settle(settleMs);

  plan = station.plans.get(plan.id);
  const placement = plan.placementOptions[0]!;
  station.plans.choosePlacement(plan.id, placement.placementOptionId);
  await t.settle(settleMs);

  plan = station.plans.get(plan.id);
  const selections = placement.shipmentIds.map((shipmentId) => {
    const own = plan.transportationOptions.find((o) => o.shipmentId === shipmentId && o.shippingSolution === 'USE_YOUR_OWN_CARRIER' && o.shippingMode === 'GROUND_SMALL_PARCEL');
    const chosen = own ?? plan.transportationOptions.find((o) => o.shipmentId === shipmentId)!;
    const window = plan.deliveryWindows.find((w) => w.shipmentId === shipmentId)!;
    return { shipmentId, transportationOptionId: chosen.transportationOptionId, deliveryWindowOptionId: window.deliveryWindowOptionId };
  });
  station.plans.chooseTransport(plan.id, selections);
  await t.settle(settleMs);

  plan = station.plans.get(plan.id);
  for (const shipmentId of placement.shipmentIds) {
    const inShipment = plan.boxes.filter((b) => b.shipmentId === shipmentId);
    plan = station.plans.setTracking(plan.id, shipmentId, { boxes: inShipment.map((b, i) => ({ amazonBoxId: b.amazonBoxId!, trackingId: `1Z999AA1${String(i).padStart(10, '0')}` })) });
  }
  await t.settle(settleMs);
  return { plan: station.plans.get(plan.id), boxes, shipmentIds: placement.shipmentIds };
}

/** The whole place-first flow: placement before packing, boxes per shipment, partnered or own LTL, PRO numbers. */
export async function placeFirstFlow(t: FlowStation, items: readonly CatalogueItem[], settleMs = 60_000): Promise<FlowOutcome> {
  const { station } = t;
  const created = station.plans.create({
    accountId: t.sellerId,
    marketplaceId: US,
    shipFromId: t.shipFromId,
    flow: 'place_first',
    name: `Place first ${items.length}`,
    items: items.map((c) => planItem(c, 10)),
  });
  await t.settle(settleMs);
  let plan = station.plans.get(created.id);
  if (plan.step !== 'placement') throw new Error(`Plan stopped at ${plan.step}, expected placement`);
  const placement = plan.placementOptions[0]!;
  station.plans.choosePlacement(plan.id, placement.placementOptionId);
  await t.settle(settleMs);

  const shipments = placement.shipmentIds;
  items.forEach((item, index) => {
    const box = station.packing.openBox(plan.id, { shipmentId: shipments[index % shipments.length]! });
    const outcome = station.packing.scan({ boxId: box.id, code: item.upc ?? item.ean ?? item.fnsku, quantity: 10 });
    if (!outcome.ok) throw new Error(`Scan of ${item.msku} refused: ${outcome.message}`);
    station.packing.closeBox({ boxId: box.id, weight: { value: 18, unit: 'LB' }, dimensions: { length: 20, width: 16, height: 12, unit: 'IN' } });
  });
  // LTL quotes need each shipment's pallets and freight details.
  for (const shipmentId of shipments) {
    station.freight.set(plan.id, shipmentId, {
      pallets: [{ quantity: 1, length: 48, width: 40, height: 40, dimensionUnit: 'IN', weight: 200, weightUnit: 'LB', stackability: 'STACKABLE' }],
      freightClass: 'FC_125',
      declaredValue: { amount: 500, code: 'USD' },
      readyToShip: new Date(Date.now() + 24 * 3600_000).toISOString(),
    });
  }
  station.plans.submitPacking(plan.id);
  await t.settle(settleMs);

  plan = station.plans.get(plan.id);
  const selections = shipments.map((shipmentId) => {
    const ltl = plan.transportationOptions.find((o) => o.shipmentId === shipmentId && o.shippingMode === 'FREIGHT_LTL');
    if (!ltl) throw new Error(`No LTL option for ${shipmentId}`);
    const window = plan.deliveryWindows.find((w) => w.shipmentId === shipmentId);
    if (!window) throw new Error(`No delivery window for ${shipmentId}`);
    // Every LTL option, partnered or not, is confirmed after a delivery window.
    return { shipmentId, transportationOptionId: ltl.transportationOptionId, deliveryWindowOptionId: window.deliveryWindowOptionId };
  });
  station.plans.chooseTransport(plan.id, selections);
  await t.settle(settleMs);

  for (const shipmentId of shipments) {
    station.plans.setTracking(plan.id, shipmentId, { freight: { proNumber: `PRO${shipmentId.slice(-6)}`, billOfLadingNumber: `BOL${shipmentId.slice(-6)}` } });
  }
  await t.settle(settleMs);
  return { plan: station.plans.get(plan.id), boxes: items.length, shipmentIds: shipments };
}
