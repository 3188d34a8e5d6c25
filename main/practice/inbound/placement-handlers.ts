import { invalidInput, notFound } from '../errors';
import type { HandlerTable } from '../handler-types';
import { paginate, paginationOf } from '../pagination';
import { RANDOM_STREAMS, seededRandom } from '../random';
import { parseBody } from '../validation';
import { INBOUND_API, type InboundContext } from './context';
import { HAZMAT_CENTERS, STANDARD_CENTERS } from './fulfillment-centers';
import { sumItems } from './inbound-store';
import type { BoxRecord, Incentive, PlacementOptionRecord, PlanItem, PlanRecord, ShipmentRecord, ShippingMode } from './model';
import { generatePlacementOptionsRequest } from './schemas';
import { INBOUND_TIMING } from './timing';
import { offerStatus, placementOptionView } from './views';

const op = (name: string) => `${INBOUND_API}.${name}`;

/** Placement fee per unit by number of shipments: fewer splits cost more, as Amazon's inbound placement service fee does. */
const FEE_PER_UNIT: Record<number, number> = { 1: 0.3, 2: 0.16, 3: 0 };

type Category = 'standard' | 'hazmat' | 'oversize';

/** What placement distributes: a box with known contents, all content-less boxes of a packing group, or (place-first) an item. */
interface Unit {
  category: Category;
  boxes: BoxRecord[];
  items: PlanItem[];
}

function unitsOf(plan: PlanRecord, ctx: InboundContext): Unit[] {
  const categoryOf = (items: readonly PlanItem[]): Category => {
    const entries = items.map((i) => ctx.catalogue.get(i.msku));
    if (entries.some((e) => e?.hazmat)) return 'hazmat';
    if (entries.some((e) => e?.oversize)) return 'oversize';
    return 'standard';
  };
  if (plan.flow === 'PLACE_FIRST') return plan.items.map((item) => ({ category: categoryOf([item]), boxes: [], items: [item] }));
  const units: Unit[] = plan.boxes.filter((b) => b.items.length > 0).map((box) => ({ category: categoryOf(box.items), boxes: [box], items: box.items }));
  for (const group of plan.packingGroups.values()) {
    const blind = plan.boxes.filter((b) => b.items.length === 0 && b.packingGroupId === group.id);
    if (blind.length > 0) units.push({ category: categoryOf(group.items), boxes: blind, items: group.items });
  }
  return units;
}

function mergeItems(plan: PlanRecord, lines: readonly PlanItem[]): PlanItem[] {
  return [...sumItems(lines)].map(([msku, quantity]) => {
    const planned = plan.items.find((i) => i.msku === msku);
    return { ...(planned ?? { labelOwner: 'SELLER', prepOwner: 'SELLER' }), msku, quantity };
  });
}

function checkReadyForPlacement(plan: PlanRecord): void {
  if (plan.confirmedPlacementOptionId) throw invalidInput(`Inbound plan ${plan.id} already has a confirmed placement option; placement options cannot be generated again.`);
  if (plan.flow === 'PACK_FIRST') {
    if (!plan.confirmedPackingOptionId) throw invalidInput(`Inbound plan ${plan.id} has packing options but none is confirmed; confirm a packing option and set packing information first.`);
    const option = plan.packingOptions.find((o) => o.id === plan.confirmedPackingOptionId);
    const missing = (option?.groupIds ?? []).filter((g) => !plan.boxes.some((b) => b.packingGroupId === g));
    if (missing.length > 0) throw invalidInput(`Packing information is missing for packing group(s) ${missing.join(', ')}; call setPackingInformation first.`);
  }
}

export function placementHandlers(ctx: InboundContext, seed: number): HandlerTable {
  const { store, operations, ids } = ctx;
  const random = seededRandom(seed, RANDOM_STREAMS.options);

  const buildOption = (plan: PlanRecord, units: Unit[], splits: number, now: number, visibleAt: number): PlacementOptionRecord => {
    const optionId = ids.entity('pl');
    const centres = [...STANDARD_CENTERS];
    const offset = random.int(0, centres.length - 1);
    const bins: { centre: (typeof centres)[number]; units: Unit[]; modes: ShippingMode[] }[] = [];
    const standard = units.filter((u) => u.category === 'standard');
    const placeFirst = plan.flow === 'PLACE_FIRST';
    const standardModes: ShippingMode[] = placeFirst ? ['FREIGHT_LTL'] : splits === 3 ? ['GROUND_SMALL_PARCEL'] : ['GROUND_SMALL_PARCEL', 'FREIGHT_LTL'];
    for (let s = 0; s < Math.min(splits, Math.max(1, standard.length)) && standard.length > 0; s += 1) {
      bins.push({ centre: centres[(offset + s) % centres.length] as (typeof centres)[number], units: [], modes: standardModes });
    }
    standard.forEach((u, i) => bins[i % bins.length]?.units.push(u));
    const hazmat = units.filter((u) => u.category === 'hazmat');
    if (hazmat.length > 0) bins.push({ centre: random.pick(HAZMAT_CENTERS), units: hazmat, modes: placeFirst ? ['FREIGHT_LTL'] : ['GROUND_SMALL_PARCEL', 'FREIGHT_LTL'] });
    const oversize = units.filter((u) => u.category === 'oversize');
    if (oversize.length > 0) bins.push({ centre: centres[(offset + splits) % centres.length] as (typeof centres)[number], units: oversize, modes: ['FREIGHT_LTL'] });

    const shipmentIds = bins.map((bin) => {
      const shipment: ShipmentRecord = {
        id: ids.entity('sh'),
        placementOptionId: optionId,
        destination: bin.centre,
        status: 'UNCONFIRMED',
        name: `${plan.name.slice(0, 30)}-${bin.centre.warehouseId}`,
        sourceAddress: plan.sourceAddress,
        supportedModes: bin.modes,
        items: mergeItems(plan, bin.units.flatMap((u) => u.items)),
        plannedPackageIds: bin.units.flatMap((u) => u.boxes.map((b) => b.packageId)),
        pallets: [],
        nextBoxNumber: 1,
      };
      plan.shipments.set(shipment.id, shipment);
      return shipment.id;
    });
    const totalUnits = plan.items.reduce((n, i) => n + i.quantity, 0);
    const feePerUnit = FEE_PER_UNIT[splits] ?? 0;
    const fees: Incentive[] = feePerUnit > 0
      ? [{ description: `Placement service fee for ${splits === 1 ? 'minimal' : 'partial'} shipment splits`, target: 'Placement Services', type: 'FEE', value: { amount: Number((feePerUnit * totalUnits).toFixed(2)), code: 'USD' } }]
      : [];
    const discounts: Incentive[] = splits === 3
      ? [{ description: 'Amazon-optimized splits', target: 'Fulfillment Fee Discount', type: 'DISCOUNT', value: { amount: Number((0.05 * totalUnits).toFixed(2)), code: 'USD' } }]
      : [];
    return { id: optionId, shipmentIds, status: 'OFFERED', expiresAt: now + INBOUND_TIMING.placementOptionTtlMs, visibleAt, fees, discounts };
  };

  return {
    [op('generatePlacementOptions')]: ({ pathParams, account, now, body, spec }) => {
      const request = parseBody(generatePlacementOptionsRequest, body ?? {}, spec.operationId);
      const plan = store.workablePlan(account.accountId, pathParams.inboundPlanId ?? '', now);
      if (request.customPlacement && request.customPlacement.length > 0) {
        throw invalidInput(`customPlacement is only available in the India marketplace, not ${plan.marketplaceId}.`);
      }
      checkReadyForPlacement(plan);
      if (!plan.flow) plan.flow = 'PLACE_FIRST';
      const { operationId, completesAt } = operations.start('generatePlacementOptions', account.accountId, now);
      for (const old of plan.placementOptions) for (const shipmentId of old.shipmentIds) plan.shipments.delete(shipmentId);
      plan.transportationOptions = [];
      plan.transportGeneratedFor.clear();
      const units = unitsOf(plan, ctx);
      const standardCount = units.filter((u) => u.category === 'standard').length;
      const splitChoices = [1, 2, 3].filter((s) => s === 1 || s <= standardCount);
      plan.placementOptions = splitChoices.map((splits) => buildOption(plan, units, splits, completesAt, completesAt));
      plan.lastUpdatedAt = now;
      return { status: 202, body: { operationId } };
    },

    [op('listPlacementOptions')]: ({ pathParams, account, now, query }) => {
      const plan = store.plan(account.accountId, pathParams.inboundPlanId ?? '');
      const visible = plan.placementOptions.filter((o) => o.visibleAt <= now);
      const { page, nextToken } = paginate(visible, query, { defaultSize: 10, maxSize: 20 });
      return { status: 200, body: { placementOptions: page.map((o) => placementOptionView(o, now)), ...paginationOf(nextToken) } };
    },

    [op('confirmPlacementOption')]: ({ pathParams, account, now }) => {
      const plan = store.workablePlan(account.accountId, pathParams.inboundPlanId ?? '', now);
      const option = plan.placementOptions.find((o) => o.id === pathParams.placementOptionId && o.visibleAt <= now);
      if (!option) throw notFound(`Placement option ${pathParams.placementOptionId} was not found in inbound plan ${plan.id}.`);
      if (plan.confirmedPlacementOptionId) {
        throw invalidInput(`Inbound plan ${plan.id} already has a confirmed placement option (${plan.confirmedPlacementOptionId}); it cannot be changed.`);
      }
      if (offerStatus(option, now) === 'EXPIRED') throw invalidInput(`Placement option ${option.id} expired at ${new Date(option.expiresAt).toISOString()}; generate placement options again.`);
      if (plan.flow === 'PACK_FIRST') {
        const unquoted = plan.placementOptions.filter((o) => offerStatus(o, now) === 'OFFERED' && !plan.transportGeneratedFor.has(o.id));
        if (unquoted.length > 0) {
          throw invalidInput(`Generate transportation options for every placement option before confirming one; missing for ${unquoted.map((o) => o.id).join(', ')}.`);
        }
      }
      option.status = 'ACCEPTED';
      plan.confirmedPlacementOptionId = option.id;
      for (const other of plan.placementOptions) {
        if (other === option) continue;
        other.status = 'EXPIRED';
        for (const shipmentId of other.shipmentIds) plan.shipments.delete(shipmentId);
      }
      plan.transportationOptions = plan.transportationOptions.filter((t) => t.placementOptionId === option.id);
      plan.deliveryWindows = plan.deliveryWindows.filter((w) => option.shipmentIds.includes(w.shipmentId));
      for (const shipmentId of option.shipmentIds) {
        const shipment = plan.shipments.get(shipmentId) as ShipmentRecord;
        shipment.status = 'WORKING';
        shipment.confirmationId = ids.shipmentConfirmationId();
        for (const box of plan.boxes) if (shipment.plannedPackageIds.includes(box.packageId)) box.shipmentId = shipment.id;
      }
      plan.counts.placementConfirmations += 1;
      plan.lastUpdatedAt = now;
      return { status: 202, body: { operationId: operations.start('confirmPlacementOption', account.accountId, now).operationId } };
    },
  };
}
