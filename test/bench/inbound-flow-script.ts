import type { CatalogueItem } from '../../main/practice/catalogue';

/** One SP-API call of Fulfillment Inbound 2024-03-20, whatever client makes it; resolves to the parsed reply. */
export interface FlowCaller {
  call<T>(operationId: string, request: { path?: Record<string, string>; query?: Record<string, string | number>; body?: unknown }): Promise<T>;
}

/** What the flow met, to work out the minimum number of calls it needs. */
export interface FlowShape {
  asyncOperations: number;
  /** Pages each list operation needed at its largest page size, per operation. */
  pages: Map<string, number>;
  packingGroups: number;
  placementOptions: number;
  shipments: number;
  boxes: number;
}

const SOURCE_ADDRESS = {
  name: 'Dock Lead',
  companyName: 'Packbench Practice Warehouse',
  addressLine1: '1200 Industrial Pkwy',
  city: 'Reno',
  stateOrProvinceCode: 'NV',
  postalCode: '89502',
  countryCode: 'US',
  phoneNumber: '7755550100',
};

/** The largest page each list operation allows in the official model, so a list takes as few pages as it can. */
const PAGE_SIZE: Record<string, number> = {
  listPackingOptions: 20,
  listPackingGroupItems: 100,
  listPlacementOptions: 20,
  listTransportationOptions: 20,
  listDeliveryWindowOptions: 100,
  listShipmentBoxes: 1000,
};

interface Page {
  pagination?: { nextToken?: string };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The pack-first flow as a client script, calls one after another (as one plan's steps must go): create the plan,
 * generate and confirm packing, send every box, generate placement, quote transport for every placement option (Amazon
 * requires it before one is confirmed), confirm placement, a delivery window and small-parcel transport per shipment,
 * read the box ids, send tracking. Each asynchronous operation is polled after `asyncDelayMs`, as a client that knows
 * the usual completion time would; the same script drives every client so the calls it makes are comparable.
 */
export async function packFirstScript(caller: FlowCaller, items: readonly CatalogueItem[], unitsPerSku: number, unitsPerBox: number, asyncDelayMs: number): Promise<FlowShape> {
  const shape: FlowShape = { asyncOperations: 0, pages: new Map(), packingGroups: 0, placementOptions: 0, shipments: 0, boxes: 0 };

  const settle = async (started: { operationId: string }) => {
    shape.asyncOperations++;
    for (;;) {
      await sleep(asyncDelayMs);
      const status = await caller.call<{ operationStatus: string; operationProblems?: { message: string; severity: string }[] }>('getInboundOperationStatus', {
        path: { operationId: started.operationId },
      });
      if (status.operationStatus === 'SUCCESS') return;
      if (status.operationStatus === 'FAILED') {
        throw new Error(`Operation ${started.operationId} failed: ${(status.operationProblems ?? []).map((p) => p.message).join('; ')}`);
      }
    }
  };

  const list = async <I>(operationId: string, path: Record<string, string>, key: string, query: Record<string, string> = {}): Promise<I[]> => {
    const out: I[] = [];
    let token: string | undefined;
    do {
      const page = await caller.call<Page & Record<string, unknown>>(operationId, {
        path,
        query: { ...query, pageSize: PAGE_SIZE[operationId]!, ...(token ? { paginationToken: token } : {}) },
      });
      out.push(...((page[key] as I[] | undefined) ?? []));
      token = page.pagination?.nextToken;
    } while (token);
    const minimum = Math.max(1, Math.ceil(out.length / PAGE_SIZE[operationId]!));
    shape.pages.set(operationId, (shape.pages.get(operationId) ?? 0) + minimum);
    return out;
  };

  const plan = await caller.call<{ inboundPlanId: string; operationId: string }>('createInboundPlan', {
    body: {
      destinationMarketplaces: ['ATVPDKIKX0DER'],
      name: `Bench ${items.length} SKUs`,
      sourceAddress: SOURCE_ADDRESS,
      items: items.map((c) => ({ msku: c.msku, quantity: unitsPerSku, labelOwner: 'SELLER', prepOwner: 'SELLER' })),
    },
  });
  await settle(plan);
  const planPath = { inboundPlanId: plan.inboundPlanId };

  await settle(await caller.call<{ operationId: string }>('generatePackingOptions', { path: planPath }));
  const packingOptions = await list<{ packingOptionId: string; packingGroups: string[] }>('listPackingOptions', planPath, 'packingOptions');
  const option = packingOptions[0]!;
  shape.packingGroups = option.packingGroups.length;
  const groups = [];
  for (const packingGroupId of option.packingGroups) {
    groups.push({ packingGroupId, items: await list<{ msku: string; quantity: number }>('listPackingGroupItems', { ...planPath, packingGroupId }, 'items') });
  }
  await settle(await caller.call<{ operationId: string }>('confirmPackingOption', { path: { ...planPath, packingOptionId: option.packingOptionId } }));

  // Each SKU fills identical boxes of `unitsPerBox`; identical boxes travel as one entry with a quantity, as Amazon allows.
  const packageGroupings = groups.map((group) => ({
    packingGroupId: group.packingGroupId,
    boxes: group.items.map((item) => {
      const entry = items.find((c) => c.msku === item.msku)!;
      const count = Math.ceil(item.quantity / unitsPerBox);
      shape.boxes += count;
      return {
        contentInformationSource: 'BOX_CONTENT_PROVIDED',
        quantity: count,
        weight: { value: Number((1 + entry.weightLb * unitsPerBox).toFixed(2)), unit: 'LB' },
        dimensions: { length: 22, width: 16, height: 14, unitOfMeasurement: 'IN' },
        items: [{ msku: item.msku, quantity: unitsPerBox, labelOwner: 'SELLER', prepOwner: 'SELLER' }],
      };
    }),
  }));
  await settle(await caller.call<{ operationId: string }>('setPackingInformation', { path: planPath, body: { packageGroupings } }));

  await settle(await caller.call<{ operationId: string }>('generatePlacementOptions', { path: planPath, body: {} }));
  const placements = await list<{ placementOptionId: string; shipmentIds: string[] }>('listPlacementOptions', planPath, 'placementOptions');
  shape.placementOptions = placements.length;
  const readyToShip = new Date(Date.now() + 24 * 3600_000);
  readyToShip.setUTCHours(0, 0, 0, 0);
  const transport = new Map<string, { transportationOptionId: string; shipmentId: string; shippingMode: string; shippingSolution: string }[]>();
  for (const placement of placements) {
    await settle(
      await caller.call<{ operationId: string }>('generateTransportationOptions', {
        path: planPath,
        body: {
          placementOptionId: placement.placementOptionId,
          shipmentTransportationConfigurations: placement.shipmentIds.map((shipmentId) => ({ shipmentId, readyToShipWindow: { start: readyToShip.toISOString() } })),
        },
      }),
    );
    transport.set(placement.placementOptionId, await list('listTransportationOptions', planPath, 'transportationOptions', { placementOptionId: placement.placementOptionId }));
  }

  const chosen = placements[0]!;
  shape.shipments = chosen.shipmentIds.length;
  await settle(await caller.call<{ operationId: string }>('confirmPlacementOption', { path: { ...planPath, placementOptionId: chosen.placementOptionId } }));
  const selections = [];
  for (const shipmentId of chosen.shipmentIds) {
    const shipmentPath = { ...planPath, shipmentId };
    await settle(await caller.call<{ operationId: string }>('generateDeliveryWindowOptions', { path: shipmentPath }));
    const windows = await list<{ deliveryWindowOptionId: string }>('listDeliveryWindowOptions', shipmentPath, 'deliveryWindowOptions');
    await settle(await caller.call<{ operationId: string }>('confirmDeliveryWindowOptions', { path: { ...shipmentPath, deliveryWindowOptionId: windows[0]!.deliveryWindowOptionId } }));
    const options = transport.get(chosen.placementOptionId)!.filter((o) => o.shipmentId === shipmentId);
    const own = options.find((o) => o.shippingMode === 'GROUND_SMALL_PARCEL' && o.shippingSolution === 'USE_YOUR_OWN_CARRIER') ?? options[0]!;
    selections.push({ shipmentId, transportationOptionId: own.transportationOptionId, contactInformation: { name: 'Dock Lead', phoneNumber: '7755550100' } });
  }
  await settle(await caller.call<{ operationId: string }>('confirmTransportationOptions', { path: planPath, body: { transportationSelections: selections } }));

  for (const shipmentId of chosen.shipmentIds) {
    const shipmentPath = { ...planPath, shipmentId };
    const boxes = await list<{ boxId: string }>('listShipmentBoxes', shipmentPath, 'boxes');
    const spdTrackingItems = boxes.map((b, i) => ({ boxId: b.boxId, trackingId: `1Z999AA1${String(i).padStart(10, '0')}` }));
    await settle(await caller.call<{ operationId: string }>('updateShipmentTrackingDetails', { path: shipmentPath, body: { trackingDetails: { spdTrackingDetail: { spdTrackingItems } } } }));
  }
  return shape;
}

/**
 * The calls the flow needs at the least, per operation, for the shape it met: one call per step, one status poll
 * per asynchronous operation (polled once it is done), and each list read in as few pages as the model allows.
 *   createInboundPlan 1 · generatePackingOptions 1 · listPackingOptions ≥1 · listPackingGroupItems ≥1 per group ·
 *   confirmPackingOption 1 · setPackingInformation 1 (all groups, identical boxes as one entry) · generatePlacementOptions 1 ·
 *   listPlacementOptions ≥1 · generateTransportationOptions and listTransportationOptions ≥1 per placement option ·
 *   confirmPlacementOption 1 · generateDeliveryWindowOptions, listDeliveryWindowOptions ≥1 and
 *   confirmDeliveryWindowOptions per shipment · confirmTransportationOptions 1 · listShipmentBoxes ≥1 and
 *   updateShipmentTrackingDetails per shipment · getInboundOperationStatus 1 per asynchronous operation.
 */
export function minimumCalls(shape: FlowShape): Map<string, number> {
  const minimum = new Map<string, number>([
    ['createInboundPlan', 1],
    ['generatePackingOptions', 1],
    ['confirmPackingOption', 1],
    ['setPackingInformation', 1],
    ['generatePlacementOptions', 1],
    ['generateTransportationOptions', shape.placementOptions],
    ['confirmPlacementOption', 1],
    ['generateDeliveryWindowOptions', shape.shipments],
    ['confirmDeliveryWindowOptions', shape.shipments],
    ['confirmTransportationOptions', 1],
    ['updateShipmentTrackingDetails', shape.shipments],
    ['getInboundOperationStatus', shape.asyncOperations],
  ]);
  for (const [operationId, pages] of shape.pages) minimum.set(operationId, pages);
  return minimum;
}
