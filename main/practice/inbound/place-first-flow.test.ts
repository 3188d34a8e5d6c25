import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { conformanceLabel } from '../../../test/support/spapi-models';
import type { ManualClock } from '../clock';
import { PRACTICE_SELLER } from '../practice-accounts';
import type { PracticeMarketplace } from '../practice-marketplace';
import { PracticeCaller } from '../test-support/practice-caller';
import { boxesFor, completeOperation, itemInputOf, op, pickItems, placeFirstToPartneredLtl, SOURCE_ADDRESS } from '../test-support/inbound-steps';
import { closePracticeSession, openPracticeSession } from '../test-support/practice-session';

const DELAY = 1500;
const DAY = 86_400_000;

interface Item { msku: string; quantity: number; labelOwner: string; prepOwner?: string; expiration?: string }
interface TransportOption { transportationOptionId: string; shipmentId: string; shippingMode: string; shippingSolution: string }

describe(`place-first (LTL) inbound flow on the practice marketplace (${conformanceLabel()})`, () => {
  let market: PracticeMarketplace;
  let clock: ManualClock;
  let seller: PracticeCaller;
  const done = (operationId: string) => completeOperation(seller, clock, DELAY, operationId);

  beforeEach(async () => {
    ({ market, clock, caller: seller } = await openPracticeSession(PRACTICE_SELLER, '2026-04-06T14:00:00Z', { seed: 23, asyncDelayMs: DELAY, enforceRateLimits: false }));
  });
  afterEach(() => closePracticeSession(market, seller));

  it('places before packing, packs per shipment, ships partnered LTL with pallets and a bill of lading', async () => {
    const picked = pickItems(market.catalogue, 5, false);
    const created = await seller.call<{ inboundPlanId: string; operationId: string }>(op('createInboundPlan'), {
      body: { destinationMarketplaces: ['ATVPDKIKX0DER'], sourceAddress: SOURCE_ADDRESS, items: picked.map((c) => itemInputOf(c, 12)) },
    });
    const planId = created.body.inboundPlanId;
    expect((await done(created.body.operationId)).operationStatus).toBe('SUCCESS');

    const placementOp = await seller.call<{ operationId: string }>(op('generatePlacementOptions'), { path: { inboundPlanId: planId }, body: {} });
    await done(placementOp.body.operationId);
    const placements = (await seller.call<{ placementOptions: { placementOptionId: string; shipmentIds: string[] }[] }>(op('listPlacementOptions'), { path: { inboundPlanId: planId } })).body.placementOptions;
    expect(placements.length).toBeGreaterThanOrEqual(1);

    // Packing options belong to the pack-first flow only.
    const packingTooLate = await seller.call<{ errors: { message: string }[] }>(op('generatePackingOptions'), { path: { inboundPlanId: planId } });
    expect(packingTooLate.status).toBe(400);
    expect(packingTooLate.body.errors[0]?.message).toContain('place-first');

    const chosen = placements[placements.length - 1] as { placementOptionId: string; shipmentIds: string[] };
    const confirm = await seller.call<{ operationId: string }>(op('confirmPlacementOption'), { path: { inboundPlanId: planId, placementOptionId: chosen.placementOptionId } });
    expect((await done(confirm.body.operationId)).operationStatus).toBe('SUCCESS');

    // Transportation needs the boxes of each shipment first.
    const noBoxes = await seller.call<{ errors: { message: string }[] }>(op('generateTransportationOptions'), {
      path: { inboundPlanId: planId },
      body: { placementOptionId: chosen.placementOptionId, shipmentTransportationConfigurations: chosen.shipmentIds.map((shipmentId) => ({ shipmentId, readyToShipWindow: { start: new Date(clock.now() + DAY).toISOString() } })) },
    });
    expect(noBoxes.status).toBe(400);
    expect(noBoxes.body.errors[0]?.message).toContain('has no boxes');

    for (const shipmentId of chosen.shipmentIds) {
      const items = (await seller.call<{ items: Item[] }>(op('listShipmentItems'), { path: { inboundPlanId: planId, shipmentId }, query: { pageSize: 100 } })).body.items;
      expect(items.length).toBeGreaterThan(0);
      const pack = await seller.call<{ operationId: string }>(op('setPackingInformation'), {
        path: { inboundPlanId: planId },
        body: { packageGroupings: [{ shipmentId, boxes: boxesFor(items, market.catalogue) }] },
      });
      expect((await done(pack.body.operationId)).operationStatus).toBe('SUCCESS');
    }

    const configs = chosen.shipmentIds.map((shipmentId) => ({
      shipmentId,
      readyToShipWindow: { start: new Date(clock.now() + DAY).toISOString() },
      contactInformation: { name: 'Dock Lead', phoneNumber: '7755550100', email: 'dock@example.com' },
      freightInformation: { freightClass: 'FC_125', declaredValue: { amount: 1800, code: 'USD' } },
      pallets: [{ quantity: 2, stackability: 'STACKABLE', weight: { unit: 'LB', value: 310 }, dimensions: { length: 48, width: 40, height: 50, unitOfMeasurement: 'IN' } }],
    }));
    const transportOp = await seller.call<{ operationId: string }>(op('generateTransportationOptions'), { path: { inboundPlanId: planId }, body: { placementOptionId: chosen.placementOptionId, shipmentTransportationConfigurations: configs } });
    expect((await done(transportOp.body.operationId)).operationStatus).toBe('SUCCESS');
    const options = (await seller.call<{ transportationOptions: TransportOption[] }>(op('listTransportationOptions'), { path: { inboundPlanId: planId }, query: { placementOptionId: chosen.placementOptionId, pageSize: 20 } })).body.transportationOptions;
    expect(new Set(options.map((o) => o.shippingMode))).toEqual(new Set(['FREIGHT_LTL']));

    const selections = chosen.shipmentIds.map((shipmentId) => ({
      shipmentId,
      transportationOptionId: options.find((o) => o.shipmentId === shipmentId && o.shippingSolution === 'AMAZON_PARTNERED_CARRIER')?.transportationOptionId ?? '',
    }));
    const withoutWindow = await seller.call<{ errors: { message: string }[] }>(op('confirmTransportationOptions'), { path: { inboundPlanId: planId }, body: { transportationSelections: selections } });
    expect(withoutWindow.status).toBe(400);
    expect(withoutWindow.body.errors[0]?.message).toContain('requires a confirmed delivery window');

    for (const shipmentId of chosen.shipmentIds) {
      await done((await seller.call<{ operationId: string }>(op('generateDeliveryWindowOptions'), { path: { inboundPlanId: planId, shipmentId } })).body.operationId);
      const windows = (await seller.call<{ deliveryWindowOptions: { deliveryWindowOptionId: string }[] }>(op('listDeliveryWindowOptions'), { path: { inboundPlanId: planId, shipmentId } })).body.deliveryWindowOptions;
      await seller.call(op('confirmDeliveryWindowOptions'), { path: { inboundPlanId: planId, shipmentId, deliveryWindowOptionId: windows[0]?.deliveryWindowOptionId ?? '' } });
    }
    const confirmed = await seller.call<{ operationId: string }>(op('confirmTransportationOptions'), { path: { inboundPlanId: planId }, body: { transportationSelections: selections } });
    expect((await done(confirmed.body.operationId)).operationStatus).toBe('SUCCESS');

    const shipmentId = chosen.shipmentIds[0] as string;
    const shipment = (await seller.call<{ shipmentConfirmationId: string; amazonReferenceId: string }>(op('getShipment'), { path: { inboundPlanId: planId, shipmentId } })).body;
    expect(shipment.amazonReferenceId).toMatch(/^\d{10}$/);
    const pallets = (await seller.call<{ pallets: { quantity: number }[] }>(op('listShipmentPallets'), { path: { inboundPlanId: planId, shipmentId } })).body.pallets;
    expect(pallets.reduce((n, p) => n + p.quantity, 0)).toBe(2);

    const bol = await seller.call<{ payload: { DownloadURL: string } }>('fulfillmentInboundV0.getBillOfLading', { path: { shipmentId: shipment.shipmentConfirmationId } });
    expect(bol.status).toBe(200);
    const bolPdf = await PDFDocument.load(new Uint8Array(await (await fetch(bol.body.payload.DownloadURL)).arrayBuffer()));
    expect(bolPdf.getPageCount()).toBe(1);
    const palletLabels = await seller.call<{ payload: { DownloadURL: string } }>('fulfillmentInboundV0.getLabels', {
      path: { shipmentId: shipment.shipmentConfirmationId },
      query: { PageType: 'PackageLabel_Letter_4', LabelType: 'PALLET', NumberOfPallets: 2 },
    });
    const palletPdf = await PDFDocument.load(new Uint8Array(await (await fetch(palletLabels.body.payload.DownloadURL)).arrayBuffer()));
    expect(palletPdf.getPageCount()).toBe(2);

    const tracking = await seller.call(op('updateShipmentTrackingDetails'), {
      path: { inboundPlanId: planId, shipmentId },
      body: { trackingDetails: { ltlTrackingDetail: { freightBillNumber: ['PRO55501'], billOfLadingNumber: `BOL${shipment.amazonReferenceId}` } } },
    });
    expect(tracking.status).toBe(202);
    const wrongMode = await seller.call<{ errors: { message: string }[] }>(op('updateShipmentTrackingDetails'), {
      path: { inboundPlanId: planId, shipmentId },
      body: { trackingDetails: { spdTrackingDetail: { spdTrackingItems: [{ boxId: `${shipment.shipmentConfirmationId}U000001`, trackingId: '1Z1' }] } } },
    });
    expect(wrongMode.status).toBe(400);
    expect(wrongMode.body.errors[0]?.message).toContain('send ltlTrackingDetail');

    const [inspection] = market.inspect.plans();
    expect(inspection?.flow).toBe('PLACE_FIRST');
    expect(inspection?.counts.placementConfirmations).toBe(1);
    expect(inspection?.counts.packingInformationSets).toBe(chosen.shipmentIds.length);
  });

  it('cancels partnered LTL free within its one-hour void window and warns of the charge after it', async () => {
    const entries = pickItems(market.catalogue, 2, false);
    const early = await placeFirstToPartneredLtl(seller, clock, DELAY, market.catalogue, entries, 6);
    clock.advance(30 * 60_000);
    const inWindow = await done((await seller.call<{ operationId: string }>(op('cancelInboundPlan'), { path: { inboundPlanId: early.planId } })).body.operationId);
    expect(inWindow.operationProblems).toEqual([]);

    const late = await placeFirstToPartneredLtl(seller, clock, DELAY, market.catalogue, entries, 6);
    clock.advance(61 * 60_000);
    await seller.login();
    const outside = await done((await seller.call<{ operationId: string }>(op('cancelInboundPlan'), { path: { inboundPlanId: late.planId } })).body.operationId);
    expect(outside.operationStatus).toBe('SUCCESS');
    expect(outside.operationProblems.length).toBe(late.shipmentIds.length);
    expect(outside.operationProblems[0]?.message).toContain('after its 1 hour void window');
  });
});
