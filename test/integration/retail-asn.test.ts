import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { practiceStation, type PracticeStation } from '../support/practice-station';
import { conformanceLabel } from '../support/spapi-models';
import { retailFlow, practiceRetailSettings } from '../support/retail-flow';
import { validSscc } from '../../shared/labels/gs1';
import { invoke, reply } from '../support/invoke';

let t: PracticeStation;
const ctx = { origin: 'test' as const };

beforeAll(async () => {
  t = await practiceStation({ seed: 41 });
});
afterAll(async () => {
  await t?.close();
});

describe(`Retail Procurement ASN at the station (${conformanceLabel()})`, () => {
  it('refuses a GS1 company prefix that is not 6 to 12 digits, and a shipment before the vendor settings exist', async () => {
    const bad = await t.station.dispatch('retail:settings-save', { accountId: t.vendorId, sellingParty: 'PBVND', shipFromParty: 'PBWH1', gs1CompanyPrefix: '12345' }, ctx);
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', message: expect.stringContaining('6 to 12 digits') } });
    const early = await t.station.dispatch('retail:create', { accountId: t.vendorId, shipToParty: 'ABE2', shipmentType: 'LessThanTruckLoad' }, ctx);
    expect(early).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('GS1 company prefix') } });
    const forSeller = await t.station.dispatch('retail:settings-save', { accountId: t.sellerId, ...practiceRetailSettings }, ctx);
    expect(forSeller).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('packs purchase order lines into cartons on a pallet, labels them with SSCCs and confirms the ASN with Amazon', async () => {
    const outcome = await retailFlow(t);
    const { shipment, refusals } = outcome;
    expect(refusals).toEqual(['NOT_ON_SHIPMENT', 'TOO_MANY', 'CARTON_OPEN', 'NOT_A_CARTON']);
    expect(shipment.step).toBe('confirmed');
    expect(shipment.problems).toEqual([]);
    expect(shipment.packedUnits).toBe(shipment.expectedUnits);

    // Every carton and pallet has its own valid SSCC from the vendor's prefix; cartons carry extension 0, pallets 1.
    const ssccs = shipment.containers.map((c) => c.sscc);
    expect(new Set(ssccs).size).toBe(ssccs.length);
    for (const c of shipment.containers) {
      expect(validSscc(c.sscc)).toBe(c.sscc);
      expect(c.sscc.slice(1, 1 + practiceRetailSettings.gs1CompanyPrefix.length)).toBe(practiceRetailSettings.gs1CompanyPrefix);
      expect(c.sscc[0]).toBe(c.kind === 'pallet' ? '1' : '0');
    }
    const pallet = shipment.containers.find((c) => c.kind === 'pallet')!;
    expect(pallet.cartonIds.sort()).toEqual(shipment.containers.filter((c) => c.kind === 'carton').map((c) => c.id).sort());

    // SSCC labels for the cartons and the pallet, content labels for the cartons, on the virtual printer.
    expect(outcome.printed.sscc).toMatchObject([{ printer: 'Virtual printer', format: 'zpl' }]);
    expect(outcome.printed.contents).toMatchObject([{ printer: 'Virtual printer', format: 'zpl' }]);
    const zpl = t.station.printing.jobs(10, `retail:${shipment.id}`).map((j) => j.title);
    expect(zpl).toEqual(expect.arrayContaining([`SSCC ${shipment.shipmentIdentifier}`, `Carton contents ${shipment.shipmentIdentifier}`]));

    // The marketplace holds the ASN once, under the station's identifier.
    expect(t.market.inspect.asnShipmentIds()).toEqual([shipment.shipmentIdentifier]);
    expect(t.station.retail.repo.list({ query: `(00) ${pallet.sscc}` }).map((s) => s.id)).toEqual([shipment.id]);

    const submittedAgain = await t.station.dispatch('retail:submit', { shipmentId: shipment.id }, ctx);
    expect(submittedAgain).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // No transport was requested: Amazon's Vendor Shipments lists nothing under the identifier yet.
    expect(await invoke(t.station, 'retail:transport-details', { shipmentId: shipment.id })).toEqual({ found: false, status: null, statusDate: null });
    expect(t.requests.failures).toEqual([]);
    expect(t.responses.failures).toEqual([]);
  }, 120_000);

  it('asks Amazon to collect a shipment, shows the transport status and prints the carrier labels once a carrier is assigned', async () => {
    const [shipment] = t.station.retail.repo.list({ step: 'confirmed' });
    const early = await reply(t.station, 'retail:print-carrier-labels', { shipmentId: shipment!.id });
    expect(early).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('request transport') } });
    const requested = await invoke(t.station, 'retail:request-transport', { shipmentId: shipment!.id });
    expect(requested.transportRequested).toBe(true);
    expect(await reply(t.station, 'retail:request-transport', { shipmentId: shipment!.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await t.settle();
    expect(await invoke(t.station, 'retail:transport-details', { shipmentId: shipment!.id })).toMatchObject({ found: true, status: 'TransportationRequested' });
    let jobs: Awaited<ReturnType<typeof reply<'retail:print-carrier-labels'>>> = early;
    // The practice carrier is assigned about a second after the request.
    for (let i = 0; i < 30 && !jobs.ok; i++) {
      await new Promise((r) => setTimeout(r, 200));
      jobs = await reply(t.station, 'retail:print-carrier-labels', { shipmentId: shipment!.id });
    }
    expect(jobs).toMatchObject({ ok: true, value: [{ printer: 'Virtual printer' }] });
    expect(await invoke(t.station, 'retail:transport-details', { shipmentId: shipment!.id })).toMatchObject({ found: true, status: 'CarrierAssigned' });
    expect(t.requests.failures).toEqual([]);
    expect(t.responses.failures).toEqual([]);
  }, 60_000);

  it('shows why Amazon refused an ASN on the shipment and lets the packer correct and resend it', async () => {
    const { station, market } = t;
    const po = market.inspect.retailPurchaseOrders()[1]!;
    const line = po.items[0]!;
    const item = market.catalogue.find((c) => c.msku === line.vendorSku)!;
    // The wrong fulfillment centre: Amazon checks the PO's ship-to.
    const wrongTo = 'WRONG1';
    let shipment = station.retail.create({ accountId: t.vendorId, shipToParty: wrongTo, shipmentType: 'LessThanTruckLoad', lines: [{ purchaseOrderNumber: po.purchaseOrderNumber, code: item.asin, quantity: 2 }] });
    const carton = station.retail.openCarton(shipment.id);
    expect(station.retail.scan(carton.id, item.asin, 2)).toMatchObject({ ok: true, packed: 2, expected: 2 });
    station.retail.closeCarton(carton.id, { value: 4, unit: 'KG' }, { length: 40, width: 30, height: 20, unit: 'CM' });
    station.retail.submit(shipment.id);
    await expect(t.settle()).rejects.toThrow(/ships to/);
    shipment = station.retail.repo.detail(shipment.id);
    expect(shipment.step).toBe('rejected');
    expect(shipment.problems.map((p) => p.message).join(' ')).toContain(`ships to ${po.shipToPartyId}`);

    expect(await station.dispatch('retail:update', { shipmentId: shipment.id, shipToParty: po.shipToPartyId }, ctx)).toMatchObject({ ok: true, value: { shipToParty: po.shipToPartyId, step: 'rejected' } });
    station.retail.submit(shipment.id);
    await t.settle();
    expect(station.retail.repo.detail(shipment.id).step).toBe('confirmed');
    expect(market.inspect.asnShipmentIds()).toContain(shipment.shipmentIdentifier);
  }, 60_000);
});
