import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { conformanceLabel } from '../../../test/support/spapi-models';
import type { ManualClock } from '../clock';
import { PRACTICE_SELLER } from '../practice-accounts';
import type { PracticeMarketplace } from '../practice-marketplace';
import { PracticeCaller } from '../test-support/practice-caller';
import { boxesFor, completeOperation, itemInputOf, op, pickItems, SOURCE_ADDRESS } from '../test-support/inbound-steps';
import { closePracticeSession, openPracticeSession } from '../test-support/practice-session';

const DELAY = 3000;
const DAY = 86_400_000;

interface Item { msku: string; quantity: number; labelOwner: string; prepOwner: string; expiration?: string }
interface PackingOption { packingOptionId: string; packingGroups: string[]; status: string }
interface PlacementOption { placementOptionId: string; shipmentIds: string[]; status: string; fees: { value: { amount: number } }[] }
interface TransportOption { transportationOptionId: string; shipmentId: string; shippingMode: string; shippingSolution: string; preconditions: string[] }
interface Box { packageId: string; boxId?: string; items: Item[] }

describe(`pack-first inbound flow on the practice marketplace (${conformanceLabel()})`, () => {
  let market: PracticeMarketplace;
  let clock: ManualClock;
  let seller: PracticeCaller;
  const done = (operationId: string) => completeOperation(seller, clock, DELAY, operationId);

  /** Labels come as a real PDF behind a URL that stops working after 15 seconds. */
  const checkLabels = async (confirmationId: string, boxIds: string[]) => {
    const some = boxIds.slice(0, 3);
    const unique = await seller.call<{ payload: { DownloadURL: string } }>('fulfillmentInboundV0.getLabels', {
      path: { shipmentId: confirmationId },
      query: { PageType: 'PackageLabel_Thermal', LabelType: 'UNIQUE', PackageLabelsToPrint: some.join(',') },
    });
    expect(unique.status).toBe(200);
    const url = unique.body.payload.DownloadURL;
    const pdf = await fetch(url);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const doc = await PDFDocument.load(new Uint8Array(await pdf.arrayBuffer()));
    expect(doc.getPageCount()).toBe(some.length);
    expect(doc.getPage(0).getSize()).toEqual({ width: 288, height: 432 });

    const sheet = await seller.call<{ payload: { DownloadURL: string } }>('fulfillmentInboundV0.getLabels', {
      path: { shipmentId: confirmationId },
      query: { PageType: 'PackageLabel_Letter_6', LabelType: 'BARCODE_2D', NumberOfPackages: boxIds.length },
    });
    const sheetDoc = await PDFDocument.load(new Uint8Array(await (await fetch(sheet.body.payload.DownloadURL)).arrayBuffer()));
    expect(sheetDoc.getPageCount()).toBe(Math.ceil(boxIds.length / 6));

    const stranger = await seller.call<{ errors: { message: string }[] }>('fulfillmentInboundV0.getLabels', {
      path: { shipmentId: confirmationId },
      query: { PageType: 'PackageLabel_Thermal', LabelType: 'UNIQUE', PackageLabelsToPrint: `${confirmationId}U999999` },
    });
    expect(stranger.status).toBe(400);
    expect(stranger.body.errors[0]?.message).toContain(`${confirmationId}U999999 is not a box`);

    clock.advance(15_000);
    const late = await fetch(url);
    expect(late.status).toBe(403);
    expect(await late.text()).toContain('Request has expired');
  };

  beforeEach(async () => {
    ({ market, clock, caller: seller } = await openPracticeSession(PRACTICE_SELLER, '2026-03-02T08:00:00Z', { seed: 11, asyncDelayMs: DELAY, enforceRateLimits: false }));
  });
  afterEach(() => closePracticeSession(market, seller));

  it('goes from plan to tracking: packing groups apart for dangerous goods and oversize, transport quoted for every placement, FBA box ids', async () => {
    const picked = pickItems(market.catalogue, 6, true);
    const hazmat = picked.find((c) => c.hazmat);
    const oversize = picked.find((c) => c.oversize);
    expect(hazmat && oversize).toBeTruthy();

    const created = await seller.call<{ inboundPlanId: string; operationId: string }>(op('createInboundPlan'), {
      body: { destinationMarketplaces: ['ATVPDKIKX0DER'], sourceAddress: SOURCE_ADDRESS, name: 'Spring restock', items: picked.map((c) => itemInputOf(c, 4)) },
    });
    expect(created.status).toBe(202);
    const planId = created.body.inboundPlanId;
    const creation = await done(created.body.operationId);
    expect(creation.operationStatus).toBe('SUCCESS');
    expect(creation.operationProblems.some((p) => p.severity === 'WARNING' && p.message.includes(hazmat?.msku ?? '?'))).toBe(true);

    // Packing options: at least two, and dangerous goods and oversize items never share a group with others.
    const packingOp = await seller.call<{ operationId: string }>(op('generatePackingOptions'), { path: { inboundPlanId: planId } });
    expect((await seller.call<{ packingOptions: PackingOption[] }>(op('listPackingOptions'), { path: { inboundPlanId: planId } })).body.packingOptions).toEqual([]);
    expect((await done(packingOp.body.operationId)).operationStatus).toBe('SUCCESS');
    const packingOptions = (await seller.call<{ packingOptions: PackingOption[] }>(op('listPackingOptions'), { path: { inboundPlanId: planId } })).body.packingOptions;
    expect(packingOptions.length).toBeGreaterThanOrEqual(2);
    const chosenPacking = packingOptions[0] as PackingOption;
    const groupItems = new Map<string, Item[]>();
    for (const groupId of chosenPacking.packingGroups) {
      const res = await seller.call<{ items: Item[] }>(op('listPackingGroupItems'), { path: { inboundPlanId: planId, packingGroupId: groupId }, query: { pageSize: 100 } });
      groupItems.set(groupId, res.body.items);
      const mskus = res.body.items.map((i) => i.msku);
      if (mskus.includes(hazmat?.msku ?? '')) expect(mskus).toEqual([hazmat?.msku]);
      if (mskus.includes(oversize?.msku ?? '')) expect(mskus).toEqual([oversize?.msku]);
    }
    expect([...groupItems.values()].flat().reduce((n, i) => n + i.quantity, 0)).toBe(picked.length * 4);

    // Workflow order: boxes before a confirmed packing option are refused, with the reason.
    const early = await seller.call<{ errors: { code: string; message: string }[] }>(op('setPackingInformation'), {
      path: { inboundPlanId: planId },
      body: { packageGroupings: [{ packingGroupId: chosenPacking.packingGroups[0], boxes: boxesFor(groupItems.get(chosenPacking.packingGroups[0] as string) ?? [], market.catalogue) }] },
    });
    expect(early.status).toBe(400);
    expect(early.body.errors[0]?.message).toContain('no confirmed packing option');

    const confirmPacking = await seller.call<{ operationId: string }>(op('confirmPackingOption'), { path: { inboundPlanId: planId, packingOptionId: chosenPacking.packingOptionId } });
    expect((await done(confirmPacking.body.operationId)).operationStatus).toBe('SUCCESS');
    const afterConfirm = (await seller.call<{ packingOptions: PackingOption[] }>(op('listPackingOptions'), { path: { inboundPlanId: planId } })).body.packingOptions;
    expect(afterConfirm.map((o) => o.status).sort()).toEqual(['ACCEPTED', ...Array(afterConfirm.length - 1).fill('EXPIRED')].sort());

    const noBoxes = await seller.call<{ errors: { message: string }[] }>(op('generatePlacementOptions'), { path: { inboundPlanId: planId }, body: {} });
    expect(noBoxes.status).toBe(400);
    expect(noBoxes.body.errors[0]?.message).toContain('Packing information is missing');

    const packing = await seller.call<{ operationId: string }>(op('setPackingInformation'), {
      path: { inboundPlanId: planId },
      body: { packageGroupings: chosenPacking.packingGroups.map((g) => ({ packingGroupId: g, boxes: boxesFor(groupItems.get(g) ?? [], market.catalogue) })) },
    });
    expect(packing.status).toBe(202);
    expect((await done(packing.body.operationId)).operationStatus).toBe('SUCCESS');
    const packedBoxes = (await seller.call<{ boxes: Box[] }>(op('listInboundPlanBoxes'), { path: { inboundPlanId: planId }, query: { pageSize: 100 } })).body.boxes;
    expect(packedBoxes.length).toBeGreaterThan(picked.length);

    // Placement: one to three options with different splits; transportation is quoted for every option before confirming.
    const placementOp = await seller.call<{ operationId: string }>(op('generatePlacementOptions'), { path: { inboundPlanId: planId }, body: {} });
    expect((await done(placementOp.body.operationId)).operationStatus).toBe('SUCCESS');
    const placements = (await seller.call<{ placementOptions: PlacementOption[] }>(op('listPlacementOptions'), { path: { inboundPlanId: planId } })).body.placementOptions;
    expect(placements.length).toBeGreaterThanOrEqual(2);
    expect(placements.length).toBeLessThanOrEqual(3);
    expect(new Set(placements.map((p) => p.shipmentIds.length)).size).toBe(placements.length);

    const optionsByPlacement = new Map<string, TransportOption[]>();
    for (const [index, placement] of placements.entries()) {
      const gen = await seller.call<{ operationId: string }>(op('generateTransportationOptions'), {
        path: { inboundPlanId: planId },
        body: {
          placementOptionId: placement.placementOptionId,
          shipmentTransportationConfigurations: placement.shipmentIds.map((shipmentId) => ({ shipmentId, readyToShipWindow: { start: new Date(clock.now() + DAY).toISOString() } })),
        },
      });
      expect((await done(gen.body.operationId)).operationStatus).toBe('SUCCESS');
      const listed = await seller.call<{ transportationOptions: TransportOption[] }>(op('listTransportationOptions'), {
        path: { inboundPlanId: planId },
        query: { placementOptionId: placement.placementOptionId, pageSize: 20 },
      });
      optionsByPlacement.set(placement.placementOptionId, listed.body.transportationOptions);
      for (const shipmentId of placement.shipmentIds) expect(listed.body.transportationOptions.some((t) => t.shipmentId === shipmentId)).toBe(true);
      if (index === 0 && placements.length > 1) {
        const tooEarly = await seller.call<{ errors: { message: string }[] }>(op('confirmPlacementOption'), { path: { inboundPlanId: planId, placementOptionId: placement.placementOptionId } });
        expect(tooEarly.status).toBe(400);
        expect(tooEarly.body.errors[0]?.message).toContain('Generate transportation options for every placement option');
      }
    }
    const modeSets = [...optionsByPlacement.values()].map((opts) => [...new Set(opts.map((o) => o.shippingMode))].sort().join('+'));
    expect(modeSets.some((m) => m === 'GROUND_SMALL_PARCEL+FREIGHT_LTL' || m === 'FREIGHT_LTL+GROUND_SMALL_PARCEL')).toBe(true);

    const chosen = placements[0] as PlacementOption;
    const confirmPlacement = await seller.call<{ operationId: string }>(op('confirmPlacementOption'), { path: { inboundPlanId: planId, placementOptionId: chosen.placementOptionId } });
    expect((await done(confirmPlacement.body.operationId)).operationStatus).toBe('SUCCESS');
    const again = await seller.call<{ errors: { message: string }[] }>(op('confirmPlacementOption'), { path: { inboundPlanId: planId, placementOptionId: chosen.placementOptionId } });
    expect(again.status).toBe(400);
    expect(again.body.errors[0]?.message).toContain('already has a confirmed placement option');

    // Delivery windows (seven days in the US), then transportation for every shipment.
    const selections: { shipmentId: string; transportationOptionId: string }[] = [];
    for (const shipmentId of chosen.shipmentIds) {
      const gen = await seller.call<{ operationId: string }>(op('generateDeliveryWindowOptions'), { path: { inboundPlanId: planId, shipmentId } });
      await done(gen.body.operationId);
      const windows = (await seller.call<{ deliveryWindowOptions: { deliveryWindowOptionId: string; startDate: string; endDate: string; availabilityType: string }[] }>(
        op('listDeliveryWindowOptions'), { path: { inboundPlanId: planId, shipmentId } },
      )).body.deliveryWindowOptions;
      expect(windows.length).toBeGreaterThan(0);
      for (const w of windows) expect(Math.round((Date.parse(w.endDate) - Date.parse(w.startDate)) / DAY)).toBe(7);
      const window = windows.find((w) => w.availabilityType === 'AVAILABLE');
      const confirmWindow = await seller.call<{ operationId: string }>(op('confirmDeliveryWindowOptions'), {
        path: { inboundPlanId: planId, shipmentId, deliveryWindowOptionId: window?.deliveryWindowOptionId ?? '' },
      });
      expect(confirmWindow.status).toBe(202);
      const options = (optionsByPlacement.get(chosen.placementOptionId) ?? []).filter((t) => t.shipmentId === shipmentId);
      const pick = options.find((t) => t.shippingMode === 'GROUND_SMALL_PARCEL' && t.shippingSolution === 'USE_YOUR_OWN_CARRIER') ?? options.find((t) => t.shippingSolution === 'USE_YOUR_OWN_CARRIER');
      selections.push({ shipmentId, transportationOptionId: pick?.transportationOptionId ?? '' });
    }
    const confirmTransport = await seller.call<{ operationId: string }>(op('confirmTransportationOptions'), { path: { inboundPlanId: planId }, body: { transportationSelections: selections } });
    expect(confirmTransport.status).toBe(202);
    expect((await done(confirmTransport.body.operationId)).operationStatus).toBe('SUCCESS');

    // Shipment ids and box ids in Amazon's shape; boxes are listed in another order than they were packed.
    const planBoxOrder = packedBoxes.map((b) => b.packageId);
    for (const { shipmentId, transportationOptionId } of selections) {
      const shipment = (await seller.call<{ shipmentConfirmationId: string; status: string; selectedTransportationOptionId: string }>(op('getShipment'), { path: { inboundPlanId: planId, shipmentId } })).body;
      expect(shipment.shipmentConfirmationId).toMatch(/^FBA[A-Z0-9]{9,10}$/);
      expect(shipment.selectedTransportationOptionId).toBe(transportationOptionId);
      const boxes = (await seller.call<{ boxes: Box[] }>(op('listShipmentBoxes'), { path: { inboundPlanId: planId, shipmentId }, query: { pageSize: 100 } })).body.boxes;
      for (const box of boxes) expect(box.boxId).toMatch(new RegExp(`^${shipment.shipmentConfirmationId}U\\d{6}$`));
      if (boxes.length > 1) {
        const packedOrder = planBoxOrder.filter((id) => boxes.some((b) => b.packageId === id));
        expect(boxes.map((b) => b.packageId)).not.toEqual(packedOrder);
      }
      await checkLabels(shipment.shipmentConfirmationId, boxes.map((b) => b.boxId ?? ''));
      const mode = (optionsByPlacement.get(chosen.placementOptionId) ?? []).find((t) => t.transportationOptionId === transportationOptionId)?.shippingMode;
      const trackingDetails = mode === 'GROUND_SMALL_PARCEL'
        ? { spdTrackingDetail: { spdTrackingItems: boxes.map((b, i) => ({ boxId: b.boxId, trackingId: `1Z999AA1012345678${i}` })) } }
        : { ltlTrackingDetail: { freightBillNumber: ['PRO123456'], billOfLadingNumber: 'BOL778899' } };
      const tracking = await seller.call<{ operationId: string }>(op('updateShipmentTrackingDetails'), { path: { inboundPlanId: planId, shipmentId }, body: { trackingDetails } });
      expect(tracking.status).toBe(202);
    }

    const [inspection] = market.inspect.plans();
    expect(market.inspect.plansCreated()).toBe(1);
    expect(inspection?.counts).toEqual({ packingOptionConfirmations: 1, packingInformationSets: 1, placementConfirmations: 1, transportationConfirmations: 1, contentUpdateConfirmations: 0 });
    expect(inspection?.status).toBe('SHIPPED');
  });
});
