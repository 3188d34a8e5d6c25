import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { conformanceLabel } from '../../../test/support/spapi-models';
import { manualClock, type ManualClock } from '../clock';
import { PRACTICE_VENDOR } from '../practice-accounts';
import { startPracticeMarketplace, type PracticeMarketplace } from '../practice-marketplace';
import { PracticeCaller } from '../test-support/practice-caller';

const DELAY = 1500;

describe(`retail ASNs and transport requests on the practice marketplace (${conformanceLabel()})`, () => {
  let market: PracticeMarketplace;
  let clock: ManualClock;
  let vendor: PracticeCaller;
  const parties = { sellingParty: { partyId: 'PBVND' }, shipFromParty: { partyId: 'PBWH1' } };

  const transaction = async (transactionId: string) => {
    const pending = await vendor.call<{ payload: { transactionStatus: { status: string } } }>('vendorTransactionStatus.getTransaction', { path: { transactionId } });
    expect(pending.body.payload.transactionStatus.status).toBe('Processing');
    clock.advance(DELAY);
    return (await vendor.call<{ payload: { transactionStatus: { status: string; errors?: { message: string }[] } } }>('vendorTransactionStatus.getTransaction', { path: { transactionId } })).body.payload.transactionStatus;
  };

  beforeEach(async () => {
    clock = manualClock(Date.parse('2026-08-03T09:00:00Z'));
    market = await startPracticeMarketplace({ seed: 8, clock, asyncDelayMs: DELAY, enforceRateLimits: false });
    vendor = new PracticeCaller(market, PRACTICE_VENDOR);
    await vendor.login();
  });
  afterEach(async () => {
    expect(vendor.conformanceFailures).toEqual([]);
    expect(market.inspect.internalErrors()).toEqual([]);
    await market.close();
  });

  it('accepts an ASN against an open purchase order once, and refuses a second Original', async () => {
    const [po] = market.inspect.retailPurchaseOrders();
    if (!po) throw new Error('no retail purchase order');
    const asn = (type: 'Original' | 'Replace', cases: number) => ({
      shipmentConfirmations: [{
        shipmentIdentifier: 'ASN-20260803-01',
        shipmentConfirmationType: type,
        shipmentType: 'SmallParcel',
        shipmentConfirmationDate: new Date(clock.now()).toISOString(),
        shippedDate: new Date(clock.now()).toISOString(),
        ...parties,
        shipToParty: { partyId: po.shipToPartyId },
        shippedItems: po.items.slice(0, 2).map((line) => ({
          itemSequenceNumber: line.itemSequenceNumber,
          amazonProductIdentifier: line.asin,
          vendorProductIdentifier: line.vendorSku,
          shippedQuantity: { amount: cases, unitOfMeasure: 'Cases', unitSize: line.unitsPerCase },
          itemDetails: { purchaseOrderNumber: po.purchaseOrderNumber },
        })),
        cartons: po.items.slice(0, 2).map((line, i) => ({
          cartonSequenceNumber: String(i + 1).padStart(3, '0'),
          trackingNumber: `1ZPRACTICE0${i}`,
          items: [{ itemReference: line.itemSequenceNumber, shippedQuantity: { amount: cases, unitOfMeasure: 'Cases', unitSize: line.unitsPerCase } }],
        })),
      }],
    });
    const first = await vendor.call<{ payload: { transactionId: string } }>('vendorShipments.SubmitShipmentConfirmations', { body: asn('Original', 1) });
    expect(first.status).toBe(202);
    expect((await transaction(first.body.payload.transactionId)).status).toBe('Success');
    expect(market.inspect.asnShipmentIds()).toEqual(['ASN-20260803-01']);

    const again = await vendor.call<{ payload: { transactionId: string } }>('vendorShipments.SubmitShipmentConfirmations', { body: asn('Original', 1) });
    const refused = await transaction(again.body.payload.transactionId);
    expect(refused.status).toBe('Failure');
    expect(refused.errors?.[0]?.message).toContain('already confirmed');

    const tooMany = await vendor.call<{ payload: { transactionId: string } }>('vendorShipments.SubmitShipmentConfirmations', { body: asn('Replace', 10_000) });
    const overshipped = await transaction(tooMany.body.payload.transactionId);
    expect(overshipped.status).toBe('Failure');
    expect(overshipped.errors?.[0]?.message).toMatch(/units shipped, purchase order \d+ ordered/);
  });

  it('assigns a carrier to a transport request and serves its labels as a PDF', async () => {
    const [po] = market.inspect.retailPurchaseOrders();
    const request = await vendor.call<{ payload: { transactionId: string } }>('vendorShipments.SubmitShipments', {
      body: {
        shipments: [{
          vendorShipmentIdentifier: 'TR-0001',
          transactionType: 'New',
          transactionDate: new Date(clock.now()).toISOString(),
          shipmentFreightTerm: 'Collect',
          ...parties,
          shipToParty: { partyId: po?.shipToPartyId ?? 'ABE8' },
          containers: [1, 2, 3].map((n) => ({ containerType: 'carton', containerIdentifiers: [{ containerIdentificationType: 'SSCC', containerIdentificationNumber: `00312345678901234${n}` }] })),
        }],
      },
    });
    expect((await transaction(request.body.payload.transactionId)).status).toBe('Success');
    const details = await vendor.call<{ payload: { shipments: { currentShipmentStatus: string }[] } }>('vendorShipments.GetShipmentDetails', { query: { vendorShipmentIdentifier: 'TR-0001' } });
    expect(details.body.payload.shipments[0]?.currentShipmentStatus).toBe('CarrierAssigned');
    const labels = await vendor.call<{ payload: { transportLabels: { labelData: { label: string; trackingId: string }[] }[] } }>('vendorShipments.GetShipmentLabels', { query: { vendorShipmentIdentifier: 'TR-0001' } });
    const [label] = labels.body.payload.transportLabels;
    const pdf = await PDFDocument.load(Buffer.from(label?.labelData[0]?.label ?? '', 'base64'));
    expect(pdf.getPageCount()).toBe(3);
    expect(label?.labelData[0]?.trackingId).toMatch(/^1Z/);
  });
});
