import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manualClock, type ManualClock } from './clock';
import { PRACTICE_SELLER, PRACTICE_VENDOR } from './practice-accounts';
import { startPracticeMarketplace, type PracticeMarketplace } from './practice-marketplace';
import { PRACTICE_STATE_VERSION } from './persistence';
import { PracticeCaller } from './test-support/practice-caller';
import { itemInputOf, op, packFirstToConfirmedTransport, pickItems, SOURCE_ADDRESS } from './test-support/inbound-steps';

const DELAY = 1000;
const DAY = 86_400_000;
const MCF = 'fulfillmentOutbound_2020-07-01';
const ORDERS = 'vendorDirectFulfillmentOrders_2021-12-28';
const TRANSACTIONS = 'vendorDirectFulfillmentTransactions_2021-12-28';
const START = Date.parse('2026-09-01T08:00:00Z');

describe('practice marketplace state across restarts', () => {
  let dir: string;
  let statePath: string;
  let market: PracticeMarketplace | null = null;
  const logs: string[] = [];

  const start = (clock: ManualClock, seed = 23) =>
    startPracticeMarketplace({ seed, clock, asyncDelayMs: DELAY, enforceRateLimits: false, tokenLifetimeSec: 86_400, statePath, log: (line) => logs.push(line) });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'packbench-practice-state-'));
    statePath = join(dir, 'practice-marketplace.json');
    logs.length = 0;
  });
  afterEach(async () => {
    await market?.close();
    market = null;
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps an inbound plan with its boxes, a DF order and an MCF order, and carries on where it stopped', async () => {
    const clock = manualClock(START);
    market = await start(clock);
    const seller = new PracticeCaller(market, PRACTICE_SELLER);
    const vendor = new PracticeCaller(market, PRACTICE_VENDOR);
    const sellerToken = String((await seller.login()).body.access_token);
    const vendorToken = String((await vendor.login()).body.access_token);

    const plan = await packFirstToConfirmedTransport(seller, clock, DELAY, market.catalogue, pickItems(market.catalogue, 3, false), 4);
    const before = market.inspect.state().plans.find((p) => p.inboundPlanId === plan.planId);
    expect(before?.boxes.length).toBeGreaterThan(0);
    expect(before?.boxes.every((b) => b.boxId !== null)).toBe(true);

    const rdt = async (method: string, path: string) =>
      (await vendor.call<{ restrictedDataToken: string }>('tokens_2021-03-01.createRestrictedDataToken', { body: { restrictedResources: [{ method, path }] } })).body.restrictedDataToken;
    const listPath = '/vendor/directFulfillment/orders/2021-12-28/purchaseOrders';
    const listed = await vendor.call<{ orders: { purchaseOrderNumber: string; orderDetails: { items: { itemSequenceNumber: string; vendorProductIdentifier: string; orderedQuantity: { amount: number } }[] } }[] }>(`${ORDERS}.getOrders`, {
      query: { createdAfter: new Date(clock.now() - 7 * DAY).toISOString(), createdBefore: new Date(clock.now()).toISOString(), status: 'NEW', limit: 100 },
      token: await rdt('GET', listPath),
    });
    const order = listed.body.orders[0];
    if (!order) throw new Error('the practice vendor has no NEW order');
    const po = order.purchaseOrderNumber;
    const ack = await vendor.call<{ transactionId: string }>(`${ORDERS}.submitAcknowledgement`, {
      body: {
        orderAcknowledgements: [{
          purchaseOrderNumber: po,
          vendorOrderNumber: `V-${po}`,
          acknowledgementDate: new Date(clock.now()).toISOString(),
          acknowledgementStatus: { code: '00', description: 'Shipping 100 percent of ordered product' },
          sellingParty: { partyId: 'PBVND' },
          shipFromParty: { partyId: 'PBWH1' },
          itemAcknowledgements: order.orderDetails.items.map((i) => ({ itemSequenceNumber: i.itemSequenceNumber, vendorProductIdentifier: i.vendorProductIdentifier, acknowledgedQuantity: { amount: i.orderedQuantity.amount, unitOfMeasure: 'Each' } })),
        }],
      },
    });
    expect(ack.status).toBe(202);

    const sku = market.catalogue.find((c) => !c.hazmat && !c.oversize)?.msku ?? '';
    const created = await seller.call(`${MCF}.createFulfillmentOrder`, {
      body: {
        sellerFulfillmentOrderId: 'MCF-RESTART-1',
        displayableOrderId: 'MCF-RESTART-1',
        displayableOrderDate: new Date(clock.now()).toISOString(),
        displayableOrderComment: 'Thank you',
        shippingSpeedCategory: 'Standard',
        destinationAddress: { name: 'Ana Lima', addressLine1: '77 Harbor St', city: 'Portland', stateOrRegion: 'OR', postalCode: '97205', countryCode: 'US' },
        items: [{ sellerSku: sku, sellerFulfillmentOrderItemId: 'line-1', quantity: 2 }],
      },
    });
    expect(created.status).toBe(200);

    // A change is on disk before its reply leaves: a marketplace killed now would still know the MCF order.
    expect(readFileSync(statePath, 'utf8')).toContain('MCF-RESTART-1');

    const callsBefore = market.inspect.callCount(op('setPackingInformation'));
    expect(callsBefore).toBe(1);
    const savedAt = clock.now();
    await market.close();
    market = null;

    // A new process: its clock starts from an earlier reading, yet marketplace time carries on from the saved state.
    const laterClock = manualClock(START);
    market = await start(laterClock, 99);
    expect(market.seed).toBe(23);
    expect(logs.some((line) => line.includes('with its seed 23 (not 99)'))).toBe(true);
    expect(market.inspect.state().now).toBeGreaterThanOrEqual(savedAt);

    const after = market.inspect.state().plans.find((p) => p.inboundPlanId === plan.planId);
    expect(after).toEqual(before);
    expect(market.inspect.callCount(op('setPackingInformation'))).toBe(callsBefore);

    // The access tokens issued before the restart still open the marketplace.
    const reseller = new PracticeCaller(market, PRACTICE_SELLER);
    const shipment = await reseller.call<{ shipmentConfirmationId: string }>(op('getShipment'), { path: { inboundPlanId: plan.planId, shipmentId: plan.shipmentIds[0] ?? '' }, token: sellerToken });
    expect(shipment.status).toBe(200);
    expect(shipment.body.shipmentConfirmationId).toBe(before?.shipments[0]?.confirmationId);
    await reseller.login();
    const boxes = await reseller.call<{ boxes: { boxId?: string }[] }>(op('listShipmentBoxes'), { path: { inboundPlanId: plan.planId, shipmentId: plan.shipmentIds[0] ?? '' } });
    expect(boxes.status).toBe(200);
    expect(boxes.body.boxes.length).toBeGreaterThan(0);

    // The DF acknowledgement's transaction, started before the restart, completes after it; the order stays accepted.
    const revendor = new PracticeCaller(market, PRACTICE_VENDOR);
    laterClock.advance(DELAY);
    const status = await revendor.call<{ transactionStatus: { status: string } }>(`${TRANSACTIONS}.getTransactionStatus`, { path: { transactionId: ack.body.transactionId }, token: vendorToken });
    expect(status.body.transactionStatus.status).toBe('Success');
    expect(market.inspect.state().df.orders.find((o) => o.purchaseOrderNumber === po)?.status).toBe('ACCEPTED');
    expect(market.inspect.dfCounts().acknowledgements).toBe(1);

    // The MCF order is still there and ships as simulated time passes.
    laterClock.advance(121 * 60_000);
    const mcf = await reseller.call<{ payload: { fulfillmentOrder: { fulfillmentOrderStatus: string } } }>(`${MCF}.getFulfillmentOrder`, { path: { sellerFulfillmentOrderId: 'MCF-RESTART-1' } });
    expect(mcf.status).toBe(200);
    expect(mcf.body.payload.fulfillmentOrder.fulfillmentOrderStatus).toBe('Complete');

    // Identifiers continue the sequence instead of repeating the first run's.
    const second = await reseller.call<{ inboundPlanId: string }>(op('createInboundPlan'), {
      body: { destinationMarketplaces: ['ATVPDKIKX0DER'], sourceAddress: SOURCE_ADDRESS, items: pickItems(market.catalogue, 1, false).map((c) => itemInputOf(c, 2)) },
    });
    expect(second.status).toBe(202);
    expect(second.body.inboundPlanId).not.toBe(plan.planId);
    expect(market.inspect.plansCreated()).toBe(2);
    expect([...seller.conformanceFailures, ...reseller.conformanceFailures, ...vendor.conformanceFailures, ...revendor.conformanceFailures]).toEqual([]);
    expect(market.inspect.internalErrors()).toEqual([]);
  });

  it('moves a damaged state file aside, says so, and starts fresh', async () => {
    writeFileSync(statePath, '{"format":"packbench-practice-marketplace","version":1,"state":{"seed":');
    market = await start(manualClock(START));
    expect(market.inspect.plansCreated()).toBe(0);
    const aside = readdirSync(dir).filter((name) => name.startsWith('practice-marketplace.json.unreadable-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dir, aside[0] ?? ''), 'utf8')).toContain('"seed":');
    expect(logs.join('\n')).toMatch(/cannot be used because it is not valid JSON .* moved to .*unreadable-.* starts fresh/);
    // The fresh state is written at once, so the next start reads it.
    expect(JSON.parse(readFileSync(statePath, 'utf8'))).toMatchObject({ format: 'packbench-practice-marketplace', version: PRACTICE_STATE_VERSION, state: { seed: 23 } });
  });

  it('starts fresh when the state path cannot even be read as a file', async () => {
    mkdirSync(statePath);
    market = await start(manualClock(START));
    expect(logs.join('\n')).toMatch(/cannot be used because it cannot be read \(EISDIR/);
    expect(market.inspect.plansCreated()).toBe(0);
    expect(JSON.parse(readFileSync(statePath, 'utf8'))).toMatchObject({ state: { seed: 23 } });
  });

  it('refuses a state file of another version or shape in the same way', async () => {
    writeFileSync(statePath, JSON.stringify({ format: 'packbench-practice-marketplace', version: PRACTICE_STATE_VERSION + 1, state: {} }));
    market = await start(manualClock(START));
    expect(logs.join('\n')).toContain(`it has version ${PRACTICE_STATE_VERSION + 1}, and this Packbench reads version ${PRACTICE_STATE_VERSION} only`);
    await market.close();
    market = null;

    writeFileSync(statePath, JSON.stringify({ format: 'packbench-practice-marketplace', version: PRACTICE_STATE_VERSION, state: { seed: 5, plans: [] } }));
    logs.length = 0;
    market = await start(manualClock(START));
    expect(logs.join('\n')).toContain('its content is damaged');
    expect(market.seed).toBe(23);
    expect(readdirSync(dir).filter((name) => name.includes('.unreadable-'))).toHaveLength(2);
  });
});
