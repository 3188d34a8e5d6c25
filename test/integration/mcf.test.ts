import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { practiceStation, type PracticeStation } from '../support/practice-station';
import { conformanceLabel } from '../support/spapi-models';
import { manualClock, type ManualClock } from '../../main/practice/clock';
import { invoke, reply } from '../support/invoke';
import { mcfFlow, mcfItems, mcfRecipient, type McfFlowOutcome } from '../support/mcf-flow';
import { eraseMcfPersonalData, MCF_PERSONAL_DATA_RETENTION_MS } from '../../main/mcf/mcf-orders';

const OUTBOUND = 'fulfillmentOutbound_2020-07-01';
let t: PracticeStation;
let clock: ManualClock;
let flow: McfFlowOutcome;

beforeAll(async () => {
  clock = manualClock(Date.now());
  // The marketplace's clock only moves when the test moves it, so its rate limits would never refill.
  t = await practiceStation({ seed: 53, clock, enforceRateLimits: false });
});
afterAll(async () => {
  await t?.close();
});

describe(`Multi-Channel Fulfillment at the station (${conformanceLabel()})`, () => {
  it('previews, creates, updates and follows an order to Complete, then shows its package tracking', async () => {
    flow = await mcfFlow(t, clock, 'A');
    const { preview, created, order, tracking, statuses } = flow;

    // Two scans of the same item make one line; the preview quotes every speed with fees and dates.
    expect(preview.items.map((i) => i.quantity)).toEqual([3, 1]);
    expect(preview.previews.map((p) => p.shippingSpeedCategory)).toEqual(['Standard', 'Expedited', 'Priority']);
    for (const p of preview.previews) {
      expect(p.fulfillable).toBe(true);
      expect(Number(p.totalFee!.amount)).toBeCloseTo(p.fees.reduce((s, f) => s + Number(f.amount), 0), 2);
      expect(Date.parse(p.earliestArrivalDate!)).toBeGreaterThanOrEqual(Date.parse(p.earliestShipDate!));
    }
    expect(Number(preview.previews[2]!.totalFee!.amount)).toBeGreaterThan(Number(preview.previews[0]!.totalFee!.amount));

    expect(created.step).toBe('creating');
    expect(created.sync.pending).toBe(1);
    expect(statuses).toEqual(['Received', 'Planning', 'Processing', 'Complete']);
    expect(order.step).toBe('complete');
    expect(order.completedAt).not.toBeNull();
    expect(order.items.map((i) => i.quantity)).toEqual([3, 2]);
    expect(order.packages.length).toBeGreaterThan(0);
    expect(order.packages.every((p) => /\S{8,}/.test(p.trackingNumber ?? ''))).toBe(true);
    expect(tracking.map((p) => p.packageNumber)).toEqual(order.packages.map((p) => p.packageNumber));
    expect(tracking[0]).toMatchObject({ currentStatus: 'IN_TRANSIT', carrierCode: 'UPS' });
    expect(tracking[0]!.events.map((e) => e.code)).toEqual(['EVENT_101', 'EVENT_102']);

    // Found by its tracking number; Amazon holds it once; every request and reply matched the model.
    expect(t.station.mcf.repo.list({ query: order.packages[0]!.trackingNumber! }).map((o) => o.id)).toEqual([order.id]);
    expect(t.market.inspect.callCount(`${OUTBOUND}.createFulfillmentOrder`)).toBe(1);
    expect(t.market.inspect.callCount(`${OUTBOUND}.updateFulfillmentOrder`)).toBe(1);
    expect(t.requests.failures).toEqual([]);
    expect(t.responses.failures).toEqual([]);
    const late = await reply(t.station, 'mcf:cancel', { orderId: order.id });
    expect(late).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  }, 120_000);

  it('names unfulfillable items in the preview, and refuses codes the seller catalogue does not know', async () => {
    const [a] = mcfItems(t.market.catalogue);
    const preview = await invoke(t.station, 'mcf:preview', { accountId: t.sellerId, destination: mcfRecipient('B'), items: [{ code: a!.msku, quantity: 501 }], speeds: ['Standard'] });
    expect(preview.previews[0]).toMatchObject({ fulfillable: false, totalFee: null, unfulfillableItems: [{ sellerSku: a!.msku, quantity: 501, reasons: ['InventoryUnavailable'] }] });
    const unknown = await reply(t.station, 'mcf:create', { accountId: t.sellerId, destination: mcfRecipient('B'), items: [{ code: 'NO-SUCH-SKU', quantity: 1 }], shippingSpeed: 'Standard' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('NO-SUCH-SKU') } });
    const vendor = await reply(t.station, 'mcf:create', { accountId: t.vendorId, destination: mcfRecipient('B'), items: [{ code: a!.msku, quantity: 1 }], shippingSpeed: 'Standard' });
    expect(vendor).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('seller account') } });
  });

  it('says plainly that the preview needs the network, creates the order offline and sends it once back online', async () => {
    const [a] = mcfItems(t.market.catalogue);
    const destination = mcfRecipient('C');
    const items = [{ code: a!.msku, quantity: 1 }];
    t.routeSpApiThrough('http://127.0.0.1:9');
    const preview = await reply(t.station, 'mcf:preview', { accountId: t.sellerId, destination, items });
    expect(preview).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', message: expect.stringContaining('cannot be reached') } });
    const offline = await invoke(t.station, 'mcf:create', { accountId: t.sellerId, destination, items, shippingSpeed: 'Standard', hold: true });
    await t.station.sync.drain();
    expect((await invoke(t.station, 'mcf:get', { orderId: offline.id })).step).toBe('creating');
    t.routeSpApiThrough(t.market.baseUrl);
    await t.settle();
    // "Sync now" on the list refreshes the one unfinished order Amazon has (the first one is complete).
    expect(await invoke(t.station, 'mcf:refresh-open', { accountId: t.sellerId })).toEqual({ refreshed: 1, failed: [] });
    expect((await invoke(t.station, 'mcf:get', { orderId: offline.id })).amazonStatus).toBe('Received');

    // Held orders wait; a cancellation before processing ends the order (and starts the personal-data clock).
    const cancelled = await invoke(t.station, 'mcf:cancel', { orderId: offline.id });
    expect(cancelled.step).toBe('cancelling');
    await t.settle();
    const after = await invoke(t.station, 'mcf:refresh', { orderId: offline.id });
    expect(after).toMatchObject({ step: 'cancelled', amazonStatus: 'Cancelled' });
    expect(after.completedAt).not.toBeNull();
  }, 60_000);

  it('keeps the recipient unreadable without the key, out of every log, and gone 30 days after the order finished', async () => {
    const { station, dataDir } = t;
    const { name, addressLine1 } = flow.order.destination!;
    station.db.pragma('wal_checkpoint(TRUNCATE)');
    for (const file of readdirSync(dataDir).filter((f) => f.startsWith('packbench.db'))) {
      const bytes = readFileSync(join(dataDir, file)).toString('latin1');
      expect(bytes).not.toContain(name);
      expect(bytes).not.toContain(addressLine1);
      expect(bytes).not.toContain('Quillfeather');
    }
    expect(t.logLines.length).toBeGreaterThan(10);
    expect(t.logLines.join('\n')).not.toContain('Quillfeather');
    expect(t.logLines.join('\n')).not.toContain('Rosalind');

    expect(eraseMcfPersonalData(station.mcf.repo, station.audit, Date.now() + MCF_PERSONAL_DATA_RETENTION_MS - 60_000)).toBe(0);
    // Two finished orders (the completed one and the cancelled one); the pending ones keep their address.
    expect(eraseMcfPersonalData(station.mcf.repo, station.audit, Date.now() + MCF_PERSONAL_DATA_RETENTION_MS + 60_000)).toBe(2);
    const erased = await invoke(station, 'mcf:get', { orderId: flow.order.id });
    expect(erased.destination).toBeNull();
    expect(erased.packages).toEqual(flow.order.packages);
    expect(station.db.prepare('SELECT count(*) AS n FROM mcf_orders WHERE destination IS NOT NULL AND completed_at IS NOT NULL').get()).toEqual({ n: 0 });
  });
});
