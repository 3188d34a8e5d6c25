import { expect } from 'vitest';
import type { CatalogueItem } from '../catalogue';
import type { ManualClock } from '../clock';
import type { PracticeCaller } from './practice-caller';

export const INBOUND = 'fulfillmentInbound_2024-03-20';
export const op = (name: string) => `${INBOUND}.${name}`;

export const SOURCE_ADDRESS = {
  name: 'Dock Lead',
  companyName: 'Packbench Practice Warehouse',
  addressLine1: '1200 Industrial Pkwy',
  city: 'Reno',
  stateOrProvinceCode: 'NV',
  postalCode: '89502',
  countryCode: 'US',
  phoneNumber: '7755550100',
};

export interface OperationStatusBody {
  operationStatus: 'IN_PROGRESS' | 'SUCCESS' | 'FAILED';
  operationProblems: { code: string; message: string; severity: string }[];
}

/** Asserts the operation is IN_PROGRESS, moves the clock past the simulator's delay and returns the final status. */
export async function completeOperation(caller: PracticeCaller, clock: ManualClock, delayMs: number, operationId: string): Promise<OperationStatusBody> {
  const pending = await caller.call<OperationStatusBody>(op('getInboundOperationStatus'), { path: { operationId } });
  expect(pending.status).toBe(200);
  if (delayMs > 0) {
    expect(pending.body.operationStatus).toBe('IN_PROGRESS');
    clock.advance(delayMs);
  }
  const done = await caller.call<OperationStatusBody>(op('getInboundOperationStatus'), { path: { operationId } });
  expect(done.status).toBe(200);
  return done.body;
}

export function itemInputOf(entry: CatalogueItem, quantity: number) {
  return {
    msku: entry.msku,
    quantity,
    labelOwner: 'SELLER',
    prepOwner: 'SELLER',
    ...(entry.requiresExpiration ? { expiration: '2027-06-30' } : {}),
  };
}

/**
 * Boxes per MSKU within the US limits (at most 45 lb of units per box, oversize units one per box); identical full
 * boxes share one entry with a quantity. Listed items carry no prepOwner, so SELLER is assumed.
 */
export function boxesFor(items: { msku: string; quantity: number; labelOwner: string; prepOwner?: string; expiration?: string }[], catalogue: readonly CatalogueItem[]) {
  return items.flatMap((item) => {
    const entry = catalogue.find((c) => c.msku === item.msku) as CatalogueItem;
    const perBox = entry.oversize ? 1 : Math.max(1, Math.min(item.quantity, Math.floor(45 / entry.weightLb)));
    const side = entry.oversize ? Math.ceil(entry.dimensionsIn.length) + 2 : 18;
    const box = (units: number, count: number) => ({
      contentInformationSource: 'BOX_CONTENT_PROVIDED',
      items: [{ msku: item.msku, quantity: units, labelOwner: item.labelOwner, prepOwner: item.prepOwner ?? 'SELLER', ...(item.expiration ? { expiration: item.expiration } : {}) }],
      quantity: count,
      weight: { unit: 'LB', value: Number((entry.weightLb * units + 1).toFixed(2)) },
      dimensions: { length: side, width: 14, height: 12, unitOfMeasurement: 'IN' },
    });
    const full = Math.floor(item.quantity / perBox);
    const rest = item.quantity - full * perBox;
    return [box(perBox, full), ...(rest > 0 ? [box(rest, 1)] : [])];
  });
}

/** A mix of catalogue items: standard ones plus one dangerous-goods and one oversize item when available. */
export function pickItems(catalogue: readonly CatalogueItem[], standardCount: number, withSpecials: boolean): CatalogueItem[] {
  const standard = catalogue.filter((c) => !c.hazmat && !c.oversize && c.weightLb < 2).slice(0, standardCount);
  if (!withSpecials) return standard;
  const hazmat = catalogue.find((c) => c.hazmat && c.weightLb < 2);
  const oversize = catalogue.find((c) => c.oversize);
  return [...standard, ...(hazmat ? [hazmat] : []), ...(oversize ? [oversize] : [])];
}

export interface ConfirmedPlan {
  planId: string;
  shipmentIds: string[];
  items: { msku: string; quantity: number; labelOwner: string; prepOwner: string; expiration?: string }[];
}

type Finish = (res: { status: number; body: { operationId: string } }) => Promise<void>;

/** Waits for an accepted asynchronous call's operation to end, and expects it to have ended without an error. */
function operationFinisher(caller: PracticeCaller, clock: ManualClock, delayMs: number): Finish {
  return async (res) => {
    expect(res.status).toBe(202);
    const status = await completeOperation(caller, clock, delayMs, res.body.operationId);
    expect(status.operationProblems.filter((p) => p.severity === 'ERROR')).toEqual([]);
  };
}

/** Creates an inbound plan of `items` shipped from the practice address; returns its id once the operation has ended. */
async function createdPlan(caller: PracticeCaller, finish: Finish, items: ReturnType<typeof itemInputOf>[]): Promise<string> {
  const created = await caller.call<{ inboundPlanId: string; operationId: string }>(op('createInboundPlan'), {
    body: { destinationMarketplaces: ['ATVPDKIKX0DER'], sourceAddress: SOURCE_ADDRESS, items },
  });
  await finish(created);
  return created.body.inboundPlanId;
}

/**
 * Runs the pack-first flow to confirmed transportation: first packing option, one box per MSKU, first placement
 * option, and for every shipment the small-parcel option of the chosen solution (partnered needs no delivery window).
 */
export async function packFirstToConfirmedTransport(
  caller: PracticeCaller,
  clock: ManualClock,
  delayMs: number,
  catalogue: readonly CatalogueItem[],
  entries: readonly CatalogueItem[],
  quantity: number,
): Promise<ConfirmedPlan> {
  const finish = operationFinisher(caller, clock, delayMs);
  const items = entries.map((c) => itemInputOf(c, quantity));
  const planId = await createdPlan(caller, finish, items);
  const path = { inboundPlanId: planId };
  await finish(await caller.call(op('generatePackingOptions'), { path }));
  const packing = (await caller.call<{ packingOptions: { packingOptionId: string; packingGroups: string[] }[] }>(op('listPackingOptions'), { path })).body.packingOptions[0];
  if (!packing) throw new Error('no packing option');
  await finish(await caller.call(op('confirmPackingOption'), { path: { ...path, packingOptionId: packing.packingOptionId } }));
  const groupings = [];
  for (const packingGroupId of packing.packingGroups) {
    const groupItems = (await caller.call<{ items: { msku: string; quantity: number; labelOwner: string }[] }>(op('listPackingGroupItems'), { path: { ...path, packingGroupId }, query: { pageSize: 100 } })).body.items;
    groupings.push({ packingGroupId, boxes: boxesFor(groupItems, catalogue) });
  }
  await finish(await caller.call(op('setPackingInformation'), { path, body: { packageGroupings: groupings } }));
  await finish(await caller.call(op('generatePlacementOptions'), { path, body: {} }));
  const placements = (await caller.call<{ placementOptions: { placementOptionId: string; shipmentIds: string[] }[] }>(op('listPlacementOptions'), { path })).body.placementOptions;
  const options: { transportationOptionId: string; shipmentId: string; shippingMode: string; shippingSolution: string }[] = [];
  for (const placement of placements) {
    await finish(await caller.call(op('generateTransportationOptions'), {
      path,
      body: { placementOptionId: placement.placementOptionId, shipmentTransportationConfigurations: placement.shipmentIds.map((shipmentId) => ({ shipmentId, readyToShipWindow: { start: new Date(clock.now() + 86_400_000).toISOString() } })) },
    }));
    options.push(...(await caller.call<{ transportationOptions: typeof options }>(op('listTransportationOptions'), { path, query: { placementOptionId: placement.placementOptionId, pageSize: 20 } })).body.transportationOptions);
  }
  const chosen = placements.find((p) => p.shipmentIds.every((s) => options.some((o) => o.shipmentId === s && o.shippingMode === 'GROUND_SMALL_PARCEL')));
  if (!chosen) throw new Error('no placement option ships entirely by small parcel');
  await finish(await caller.call(op('confirmPlacementOption'), { path: { ...path, placementOptionId: chosen.placementOptionId } }));
  const transportationSelections = chosen.shipmentIds.map((shipmentId) => ({
    shipmentId,
    transportationOptionId: options.find((o) => o.shipmentId === shipmentId && o.shippingMode === 'GROUND_SMALL_PARCEL' && o.shippingSolution === 'AMAZON_PARTNERED_CARRIER')?.transportationOptionId ?? '',
  }));
  await finish(await caller.call(op('confirmTransportationOptions'), { path, body: { transportationSelections } }));
  return { planId, shipmentIds: chosen.shipmentIds, items };
}

/** Runs the place-first flow to confirmed Amazon-partnered LTL for every shipment, with pallets and delivery windows. */
export async function placeFirstToPartneredLtl(
  caller: PracticeCaller,
  clock: ManualClock,
  delayMs: number,
  catalogue: readonly CatalogueItem[],
  entries: readonly CatalogueItem[],
  quantity: number,
): Promise<ConfirmedPlan> {
  const finish = operationFinisher(caller, clock, delayMs);
  const items = entries.map((c) => itemInputOf(c, quantity));
  const path = { inboundPlanId: await createdPlan(caller, finish, items) };
  await finish(await caller.call(op('generatePlacementOptions'), { path, body: {} }));
  const [placement] = (await caller.call<{ placementOptions: { placementOptionId: string; shipmentIds: string[] }[] }>(op('listPlacementOptions'), { path })).body.placementOptions;
  if (!placement) throw new Error('no placement option');
  await finish(await caller.call(op('confirmPlacementOption'), { path: { ...path, placementOptionId: placement.placementOptionId } }));
  for (const shipmentId of placement.shipmentIds) {
    const shipmentItems = (await caller.call<{ items: { msku: string; quantity: number; labelOwner: string }[] }>(op('listShipmentItems'), { path: { ...path, shipmentId }, query: { pageSize: 100 } })).body.items;
    await finish(await caller.call(op('setPackingInformation'), { path, body: { packageGroupings: [{ shipmentId, boxes: boxesFor(shipmentItems, catalogue) }] } }));
    await finish(await caller.call(op('generateDeliveryWindowOptions'), { path: { ...path, shipmentId } }));
    const [window] = (await caller.call<{ deliveryWindowOptions: { deliveryWindowOptionId: string }[] }>(op('listDeliveryWindowOptions'), { path: { ...path, shipmentId } })).body.deliveryWindowOptions;
    await finish(await caller.call(op('confirmDeliveryWindowOptions'), { path: { ...path, shipmentId, deliveryWindowOptionId: window?.deliveryWindowOptionId ?? '' } }));
  }
  await finish(await caller.call(op('generateTransportationOptions'), {
    path,
    body: {
      placementOptionId: placement.placementOptionId,
      shipmentTransportationConfigurations: placement.shipmentIds.map((shipmentId) => ({
        shipmentId,
        readyToShipWindow: { start: new Date(clock.now() + 86_400_000).toISOString() },
        contactInformation: { name: 'Dock Lead', phoneNumber: '7755550100' },
        freightInformation: { freightClass: 'FC_125', declaredValue: { amount: 900, code: 'USD' } },
        pallets: [{ quantity: 1, stackability: 'STACKABLE' }],
      })),
    },
  }));
  const options = (await caller.call<{ transportationOptions: { transportationOptionId: string; shipmentId: string; shippingSolution: string }[] }>(op('listTransportationOptions'), { path, query: { placementOptionId: placement.placementOptionId, pageSize: 20 } })).body.transportationOptions;
  const transportationSelections = placement.shipmentIds.map((shipmentId) => ({
    shipmentId,
    transportationOptionId: options.find((o) => o.shipmentId === shipmentId && o.shippingSolution === 'AMAZON_PARTNERED_CARRIER')?.transportationOptionId ?? '',
  }));
  await finish(await caller.call(op('confirmTransportationOptions'), { path, body: { transportationSelections } }));
  return { planId: path.inboundPlanId, shipmentIds: placement.shipmentIds, items };
}
