import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { conformanceLabel } from '../../../test/support/spapi-models';
import type { ManualClock } from '../clock';
import { PRACTICE_SELLER } from '../practice-accounts';
import type { PracticeMarketplace } from '../practice-marketplace';
import { PracticeCaller } from '../test-support/practice-caller';
import { completeOperation, itemInputOf, op, packFirstToConfirmedTransport, pickItems, SOURCE_ADDRESS } from '../test-support/inbound-steps';
import { closePracticeSession, openPracticeSession } from '../test-support/practice-session';

const US = 'ATVPDKIKX0DER';
interface ErrorBody { errors: { message: string }[] }

describe(`other inbound operations of the practice marketplace (${conformanceLabel()})`, () => {
  let market: PracticeMarketplace;
  let clock: ManualClock;
  let seller: PracticeCaller;
  const done = (operationId: string) => completeOperation(seller, clock, 0, operationId);

  beforeEach(async () => {
    ({ market, clock, caller: seller } = await openPracticeSession(PRACTICE_SELLER, '2026-09-07T08:00:00Z', { seed: 41, asyncDelayMs: 0, enforceRateLimits: false, tokenLifetimeSec: 86_400 }));
  });
  afterEach(() => closePracticeSession(market, seller));

  it('lists plans page by page in the requested order, renames them, and filters by status', async () => {
    const items = pickItems(market.catalogue, 1, false).map((c) => itemInputOf(c, 1));
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const res = await seller.call<{ inboundPlanId: string }>(op('createInboundPlan'), { body: { destinationMarketplaces: [US], sourceAddress: SOURCE_ADDRESS, items, name: `Plan ${i}` } });
      ids.push(res.body.inboundPlanId);
      clock.advance(1000);
    }
    const first = await seller.call<{ inboundPlans: { inboundPlanId: string }[]; pagination?: { nextToken: string } }>(op('listInboundPlans'), { query: { pageSize: 3, sortBy: 'CREATION_TIME', sortOrder: 'DESC' } });
    expect(first.body.inboundPlans.map((p) => p.inboundPlanId)).toEqual(ids.slice().reverse().slice(0, 3));
    const second = await seller.call<{ inboundPlans: { inboundPlanId: string }[]; pagination?: { nextToken: string } }>(op('listInboundPlans'), {
      query: { pageSize: 3, sortBy: 'CREATION_TIME', sortOrder: 'DESC', paginationToken: first.body.pagination?.nextToken ?? '' },
    });
    expect(second.body.inboundPlans.map((p) => p.inboundPlanId)).toEqual(ids.slice().reverse().slice(3));
    expect(second.body.pagination).toBeUndefined();

    expect((await seller.call(op('updateInboundPlanName'), { path: { inboundPlanId: ids[0] as string }, body: { name: 'Renamed plan' } })).status).toBe(204);
    expect((await seller.call<{ name: string }>(op('getInboundPlan'), { path: { inboundPlanId: ids[0] as string } })).body.name).toBe('Renamed plan');
    await done((await seller.call<{ operationId: string }>(op('cancelInboundPlan'), { path: { inboundPlanId: ids[1] as string } })).body.operationId);
    const voided = await seller.call<{ inboundPlans: { inboundPlanId: string }[] }>(op('listInboundPlans'), { query: { status: 'VOIDED' } });
    expect(voided.body.inboundPlans.map((p) => p.inboundPlanId)).toEqual([ids[1]]);
  });

  it('answers prep, compliance and item label requests from the catalogue', async () => {
    const [a, b] = pickItems(market.catalogue, 2, false);
    if (!a || !b) throw new Error('catalogue too small');
    const prep = await seller.call<{ mskuPrepDetails: { msku: string; prepCategory: string; prepTypes: string[] }[] }>(op('listPrepDetails'), { query: { marketplaceId: US, mskus: [a.msku, b.msku] } });
    expect(prep.body.mskuPrepDetails.map((d) => d.msku)).toEqual([a.msku, b.msku]);
    expect(prep.body.mskuPrepDetails[0]?.prepTypes).toEqual(a.prepTypes);

    await done((await seller.call<{ operationId: string }>(op('setPrepDetails'), { body: { marketplaceId: US, mskuPrepDetails: [{ msku: a.msku, prepCategory: 'FRAGILE', prepTypes: ['ITEM_BUBBLEWRAP'] }] } })).body.operationId);
    const updated = await seller.call<{ mskuPrepDetails: { prepCategory: string }[] }>(op('listPrepDetails'), { query: { marketplaceId: US, mskus: [a.msku] } });
    expect(updated.body.mskuPrepDetails[0]?.prepCategory).toBe('FRAGILE');

    const compliance = await seller.call<{ complianceDetails: { msku: string; fnsku: string; asin: string }[] }>(op('listItemComplianceDetails'), { query: { marketplaceId: US, mskus: [b.msku] } });
    expect(compliance.body.complianceDetails[0]).toMatchObject({ msku: b.msku, fnsku: b.fnsku, asin: b.asin });

    const labels = await seller.call<{ documentDownloads: { uri: string }[] }>(op('createMarketplaceItemLabels'), {
      body: { marketplaceId: US, labelType: 'STANDARD_FORMAT', pageType: 'Letter_30', mskuQuantities: [{ msku: a.msku, quantity: 7 }] },
    });
    const pdf = await PDFDocument.load(new Uint8Array(await (await fetch(labels.body.documentDownloads[0]?.uri ?? '')).arrayBuffer()));
    // Letter_30 sheets hold thirty labels: seven fit on one US letter page.
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getPage(0).getSize()).toEqual({ width: 612, height: 792 });

    const prepV0 = await seller.call<{ payload: { SKUPrepInstructionsList: { SellerSKU: string; BarcodeInstruction: string }[]; InvalidSKUList: { SellerSKU: string }[] } }>('fulfillmentInboundV0.getPrepInstructions', {
      query: { ShipToCountryCode: 'US', SellerSKUList: `${a.msku},NOPE-1` },
    });
    expect(prepV0.body.payload.SKUPrepInstructionsList[0]?.SellerSKU).toBe(a.msku);
    expect(prepV0.body.payload.SKUPrepInstructionsList[0]?.BarcodeInstruction).toBe(a.canUseManufacturerBarcode ? 'CanUseOriginalBarcode' : 'RequiresFNSKULabel');
    expect(prepV0.body.payload.InvalidSKUList).toEqual([{ SellerSKU: 'NOPE-1', ErrorReason: 'DoesNotExist' }]);
  });

  it('renames shipments, refuses self-ship and challan outside their marketplaces, and lists group boxes', async () => {
    const plan = await packFirstToConfirmedTransport(seller, clock, 0, market.catalogue, pickItems(market.catalogue, 2, false), 4);
    const shipmentId = plan.shipmentIds[0] as string;
    const path = { inboundPlanId: plan.planId, shipmentId };
    expect((await seller.call(op('updateShipmentName'), { path, body: { name: 'Truck Tuesday' } })).status).toBe(204);
    expect((await seller.call<{ name: string }>(op('getShipment'), { path })).body.name).toBe('Truck Tuesday');

    const slots = await seller.call<ErrorBody>(op('getSelfShipAppointmentSlots'), { path });
    expect(slots.status).toBe(400);
    expect(slots.body.errors[0]?.message).toContain('only available in the MX, BR, EG, SA, AE and IN marketplaces');
    const challan = await seller.call<ErrorBody>(op('getDeliveryChallanDocument'), { path });
    expect(challan.status).toBe(400);

    const moved = await seller.call<ErrorBody>(op('updateShipmentSourceAddress'), { path, body: { address: { ...SOURCE_ADDRESS, addressLine1: '9 Other Rd' } } });
    expect(moved.status).toBe(400);
    expect(moved.body.errors[0]?.message).toContain('carrier of shipment');

    const planView = await seller.call<{ packingOptions: { packingOptionId: string; status: string }[] }>(op('getInboundPlan'), { path: { inboundPlanId: plan.planId } });
    const accepted = planView.body.packingOptions.find((o) => o.status === 'ACCEPTED');
    const options = await seller.call<{ packingOptions: { packingOptionId: string; packingGroups: string[] }[] }>(op('listPackingOptions'), { path: { inboundPlanId: plan.planId } });
    const group = options.body.packingOptions.find((o) => o.packingOptionId === accepted?.packingOptionId)?.packingGroups[0] ?? '';
    const groupBoxes = await seller.call<{ boxes: { boxId?: string }[] }>(op('listPackingGroupBoxes'), { path: { inboundPlanId: plan.planId, packingGroupId: group }, query: { pageSize: 100 } });
    expect(groupBoxes.body.boxes.length).toBeGreaterThan(0);
    expect(groupBoxes.body.boxes.every((b) => /^FBA[A-Z0-9]{9}U\d{6}$/.test(b.boxId ?? ''))).toBe(true);
  });

  it('invalidates transportation quotes when a source address changes before carrier confirmation', async () => {
    const created = await seller.call<{ inboundPlanId: string; operationId: string }>(op('createInboundPlan'), {
      body: { destinationMarketplaces: [US], sourceAddress: SOURCE_ADDRESS, items: pickItems(market.catalogue, 3, false).map((c) => itemInputOf(c, 2)) },
    });
    const path = { inboundPlanId: created.body.inboundPlanId };
    await done((await seller.call<{ operationId: string }>(op('generatePlacementOptions'), { path, body: {} })).body.operationId);
    const [placement] = (await seller.call<{ placementOptions: { placementOptionId: string; shipmentIds: string[] }[] }>(op('listPlacementOptions'), { path })).body.placementOptions;
    if (!placement) throw new Error('no placement');
    await done((await seller.call<{ operationId: string }>(op('confirmPlacementOption'), { path: { ...path, placementOptionId: placement.placementOptionId } })).body.operationId);
    const shipmentId = placement.shipmentIds[0] as string;
    const moved = await seller.call<{ operationId: string }>(op('updateShipmentSourceAddress'), { path: { ...path, shipmentId }, body: { address: { ...SOURCE_ADDRESS, addressLine1: '9 Other Rd' } } });
    expect(moved.status).toBe(202);
    const shipment = await seller.call<{ source: { address: { addressLine1: string } } }>(op('getShipment'), { path: { ...path, shipmentId } });
    expect(shipment.body.source.address.addressLine1).toBe('9 Other Rd');
    const pallets = await seller.call<{ pallets: unknown[] }>(op('listInboundPlanPallets'), { path });
    expect(pallets.body.pallets).toEqual([]);
  });
});
