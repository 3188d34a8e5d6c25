import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { practiceStation, type PracticeStation } from '../support/practice-station';
import { conformanceLabel } from '../support/spapi-models';
import type { DfOrderDetail } from '../../shared/ipc/vendor-df';

let t: PracticeStation;
const ctx = { origin: 'test' as const };
const HUB = { name: 'Carrier hub Reno', addressLine1: '1 Hub Road', city: 'Reno', stateOrRegion: 'NV', postalCode: '89502', countryCode: 'US' };

beforeAll(async () => {
  t = await practiceStation({ seed: 53 });
});
afterAll(async () => {
  await t?.close();
});

/** Acknowledges the next new order, packs it into one closed package and returns it, packed and without labels. */
async function packedOrder(weightKg: number): Promise<DfOrderDetail> {
  const { station, market } = t;
  const first = station.df.repo.list(undefined, 'new')[0]!;
  const order = station.df.acknowledge(first.id);
  await t.settle();
  const pkg = station.df.openPackage(order.id);
  for (const line of order.lines) {
    const item = market.catalogue.find((c) => c.msku === line.vendorProductIdentifier)!;
    expect(station.df.scan(pkg.id, item.upc ?? item.ean ?? item.msku, line.ordered)).toMatchObject({ ok: true });
  }
  station.df.closePackage(pkg.id, { value: weightKg, unit: 'KG' }, { length: 30, width: 20, height: 10, unit: 'CM' });
  return station.df.repo.detail(order.id);
}

async function shipOwnCarrier(order: DfOrderDetail, trackingNumber: string): Promise<DfOrderDetail> {
  const { station } = t;
  const chosen = await station.dispatch('df:use-own-carrier', { orderId: order.id, carrier: 'Reno Express', scacCode: 'RNEX', tracking: [{ packageId: order.packages[0]!.id, trackingNumber }] }, ctx);
  expect(chosen).toMatchObject({ ok: true, value: { step: 'labelled', ownCarrier: { carrier: 'Reno Express', scacCode: 'RNEX' } } });
  station.df.confirm(order.id);
  await t.settle();
  return station.df.repo.detail(order.id);
}

const sendStatus = (order: DfOrderDetail, fields: Record<string, unknown>) =>
  t.station.dispatch('df:send-status', { orderId: order.id, packageId: order.packages[0]!.id, location: HUB, ...fields } as never, ctx);

describe(`Vendor-own-carrier DF shipments and their status updates (${conformanceLabel()})`, () => {
  it('confirms a vendor-own-carrier order with its carrier, tracking and weight, and sends a status update once despite a fault after processing', async () => {
    const { station, vendorId, market } = t;
    await station.df.pull(vendorId);
    let order = await packedOrder(2.5);
    const labelRequests = market.inspect.dfCounts().labelRequests;

    // Before the shipment is confirmed there is nothing to report.
    const early = await sendStatus(order, { statusCode: 'AF', reasonCode: 'NS', statusDateTime: new Date().toISOString() });
    expect(early).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: `Status updates follow the shipment confirmation (order ${order.purchaseOrderNumber} is packing).` } });

    order = await shipOwnCarrier(order, 'RNX0012345678');
    expect(order.step).toBe('shipped');
    expect(order.trackingNumbers).toEqual(['RNX0012345678']);
    // No Amazon label was asked for; the marketplace holds the confirmation with the carrier and the package as weighed.
    expect(market.inspect.dfCounts().labelRequests).toBe(labelRequests);
    const confirmed = market.inspect.state().df.confirmations.find((c) => c.purchaseOrderNumber === order.purchaseOrderNumber)!;
    expect(confirmed.trackingNumbers).toEqual(['RNX0012345678']);
    expect(confirmed.packages).toEqual([
      { containerIdentifier: `${order.purchaseOrderNumber}-1`, trackingNumber: 'RNX0012345678', carrier: 'Reno Express', scacCode: 'RNEX', weight: { value: 2.5, unit: 'KG' }, dimensions: { length: 30, width: 20, height: 10, unit: 'CM' } },
    ]);

    // Every SP-API request meets a server error after the marketplace processed it, until the status update has met one.
    market.setFaults({ percent: 100, kinds: { serverError: 1 }, afterProcessingPercent: 100 });
    const statusDateTime = new Date(Date.now() - 60_000).toISOString();
    const sent = await sendStatus(order, { statusCode: 'OD', reasonCode: 'NS', statusDateTime, estimatedDeliveryDateTime: new Date(Date.now() + 3_600_000).toISOString() });
    expect(sent).toMatchObject({ ok: true, value: { statusUpdates: [{ statusCode: 'OD', state: 'sending' }] } });
    const struck = () => market.inspect.faults().filter((f) => f.operation.endsWith('.submitShipmentStatusUpdates') && f.phase === 'after');
    for (let i = 0; i < 200 && struck().length === 0; i++) {
      await station.sync.drain();
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(struck().length).toBe(1);
    market.setFaults(null);
    await t.settle();

    order = station.df.repo.detail(order.id);
    expect(order.statusUpdates).toMatchObject([{ statusCode: 'OD', reasonCode: 'NS', trackingNumber: 'RNX0012345678', state: 'success', error: null }]);
    // The marketplace processed the first attempt and the repeat, and holds the carrier event once.
    const held = market.inspect.state().df.statusUpdates.find((s) => s.purchaseOrderNumber === order.purchaseOrderNumber)!;
    expect(held.updates).toHaveLength(1);
    expect(held.updates[0]).toMatchObject({ trackingNumber: 'RNX0012345678', statusCode: 'OD', reasonCode: 'NS', at: Date.parse(statusDateTime), location: { city: 'Reno', countryCode: 'US' } });

    // Delivered, later: a second event.
    await t.settle();
    expect(await sendStatus(order, { statusCode: 'D1', reasonCode: 'NS', statusDateTime: new Date().toISOString() })).toMatchObject({ ok: true });
    await t.settle();
    expect(station.df.repo.detail(order.id).statusUpdates.map((u) => [u.statusCode, u.state])).toEqual([['OD', 'success'], ['D1', 'success']]);
    expect(market.inspect.state().df.statusUpdates.find((s) => s.purchaseOrderNumber === order.purchaseOrderNumber)!.updates.map((u) => u.statusCode)).toEqual(['OD', 'D1']);
    expect(t.requests.failures).toEqual([]);
    expect(t.responses.failures).toEqual([]);
  }, 120_000);

  it('refuses status input that cannot go to Amazon, each with its reason', async () => {
    const { station } = t;
    const order = station.df.repo.list(undefined, 'shipped').map((o) => station.df.repo.detail(o.id)).find((o) => o.ownCarrier)!;
    const now = Date.now();
    const refusal = async (fields: Record<string, unknown>) => {
      const reply = await sendStatus(order, fields);
      expect(reply.ok, JSON.stringify(reply)).toBe(false);
      return reply.ok ? '' : reply.error.message;
    };
    expect(await refusal({ statusCode: 'AP', reasonCode: 'NS', statusDateTime: new Date(now).toISOString() })).toBe('Status AP reports an exception: choose the reason (not NS, normal status).');
    expect(await refusal({ statusCode: 'D1', reasonCode: 'A2', statusDateTime: new Date(now).toISOString() })).toBe('Status D1 is a normal status: its reason is NS, not A2.');
    expect(await refusal({ statusCode: 'D1', reasonCode: 'NS', statusDateTime: new Date(now + 3_600_000).toISOString() })).toBe('The status time is in the future: a status update reports what already happened.');
    expect(await refusal({ statusCode: 'OD', reasonCode: 'NS', statusDateTime: new Date(now).toISOString(), estimatedDeliveryDateTime: new Date(now - 3_600_000).toISOString() })).toBe('The estimated delivery is before the status time.');
    expect(await refusal({ statusCode: 'ZZ', reasonCode: 'NS', statusDateTime: new Date(now).toISOString() })).toMatch(/statusCode/);
    expect(await refusal({ statusCode: 'D1', reasonCode: 'NS', statusDateTime: new Date(now).toISOString(), location: { ...HUB, countryCode: 'usa' } })).toMatch(/two-letter ISO code/);
    // The same event twice is one event.
    const again = order.statusUpdates[0]!;
    expect(await refusal({ statusCode: again.statusCode, reasonCode: again.reasonCode, statusDateTime: again.statusDateTime })).toMatch(/already has status OD \(NS\)/);
    // An attempted delivery with its reason goes.
    expect(await sendStatus(order, { statusCode: 'AP', reasonCode: 'A5', statusDateTime: new Date(now).toISOString() })).toMatchObject({ ok: true });
    await t.settle();
    expect(station.df.repo.detail(order.id).statusUpdates.at(-1)).toMatchObject({ statusCode: 'AP', reasonCode: 'A5', state: 'success' });

    // Carrier input: every package needs its own tracking number.
    const packed = await packedOrder(1.2);
    const missing = await station.dispatch('df:use-own-carrier', { orderId: packed.id, carrier: 'Reno Express', tracking: [{ packageId: 'elsewhere', trackingNumber: 'RNX0099999999' }] }, ctx);
    expect(missing).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: `Package elsewhere is not part of order ${packed.purchaseOrderNumber}.` } });
    const taken = await station.dispatch('df:use-own-carrier', { orderId: packed.id, carrier: 'Reno Express', tracking: [{ packageId: packed.packages[0]!.id, trackingNumber: order.trackingNumbers[0]! }] }, ctx);
    expect(taken).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: `Tracking number ${order.trackingNumbers[0]} already belongs to order ${order.purchaseOrderNumber}.` } });
    expect(station.df.repo.detail(packed.id)).toMatchObject({ step: 'packing', ownCarrier: null });

    // The same order shipped on Amazon's labels instead: Amazon's carrier reports its status, the station sends none.
    station.df.requestLabels(packed.id);
    await t.settle();
    station.df.confirm(packed.id);
    await t.settle();
    const labelled = station.df.repo.detail(packed.id);
    expect(labelled).toMatchObject({ step: 'shipped', ownCarrier: null });
    const onAmazonLabels = await sendStatus(labelled, { statusCode: 'D1', reasonCode: 'NS', statusDateTime: new Date().toISOString() });
    expect(onAmazonLabels).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: `Order ${packed.purchaseOrderNumber} ships on Amazon's labels: Amazon's carrier reports its status.` } });
  }, 120_000);

  it('follows a status update Amazon refuses to FAILURE on the order, with Amazon\'s reason', async () => {
    const { station } = t;
    const order = station.df.repo.list(undefined, 'shipped').map((o) => station.df.repo.detail(o.id)).find((o) => o.ownCarrier)!;
    // The station's record of the tracking number drifted from what it confirmed: Amazon does not know the new one.
    station.db.prepare('UPDATE df_packages SET tracking_number = ? WHERE id = ?').run('RNX0000000000', order.packages[0]!.id);
    expect(await sendStatus(order, { statusCode: 'X6', reasonCode: 'NS', statusDateTime: new Date().toISOString() })).toMatchObject({ ok: true });
    for (let i = 0; i < 500 && station.df.repo.detail(order.id).statusUpdates.at(-1)!.state === 'sending'; i++) {
      await station.sync.drain();
      await new Promise((r) => setTimeout(r, 10));
    }
    const detail = station.df.repo.detail(order.id);
    expect(detail.statusUpdates.at(-1)).toMatchObject({ statusCode: 'X6', state: 'failure', error: `Tracking number RNX0000000000 does not belong to purchase order ${order.purchaseOrderNumber}.` });
    expect(detail.sync.failed).toBe(1);
    // The packer drops the refused update; the order's outbox goes on.
    const failed = station.outbox.problems().find((p) => p.state === 'failed' && p.op === 'df.statusUpdate')!;
    expect(station.outbox.discard(failed.id)).toBe(true);
  }, 120_000);
});

describe(`Vendor-own-carrier status updates through v1 (${conformanceLabel()})`, () => {
  it('confirms and sends a status update with the v1 shipping API', async () => {
    const { station, vendorId, market } = t;
    expect(await station.dispatch('df:api-version', { accountId: vendorId, version: 'v1' }, ctx)).toMatchObject({ ok: true });
    const before = market.inspect.callCount('vendorDirectFulfillmentShippingV1.submitShipmentStatusUpdates');
    let order = await shipOwnCarrier(await packedOrder(0.8), 'RNX0087654321');
    expect(order.step).toBe('shipped');
    expect(await sendStatus(order, { statusCode: 'AF', reasonCode: 'NS', statusDateTime: new Date().toISOString() })).toMatchObject({ ok: true });
    await t.settle();
    order = station.df.repo.detail(order.id);
    expect(order.statusUpdates).toMatchObject([{ statusCode: 'AF', state: 'success' }]);
    expect(market.inspect.callCount('vendorDirectFulfillmentShippingV1.submitShipmentStatusUpdates')).toBe(before + 1);
    const confirmed = market.inspect.state().df.confirmations.find((c) => c.purchaseOrderNumber === order.purchaseOrderNumber)!;
    expect(confirmed.packages).toMatchObject([{ trackingNumber: 'RNX0087654321', carrier: 'Reno Express', weight: { value: 0.8, unit: 'KG' } }]);
    expect(t.requests.failures).toEqual([]);
    expect(t.responses.failures).toEqual([]);
  }, 120_000);
});
