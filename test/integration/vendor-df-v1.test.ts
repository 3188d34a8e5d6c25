import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { practiceStation, type PracticeStation } from '../support/practice-station';
import { conformanceLabel } from '../support/spapi-models';
import { DfInvoice } from '../../shared/ipc/vendor-df';

let t: PracticeStation;
const ctx = { origin: 'test' as const };

beforeAll(async () => {
  t = await practiceStation({ seed: 47 });
});
afterAll(async () => {
  await t?.close();
});

const V1 = { orders: 'vendorDirectFulfillmentOrdersV1', shipping: 'vendorDirectFulfillmentShippingV1', transactions: 'vendorDirectFulfillmentTransactionsV1' };
const CURRENT = { orders: 'vendorDirectFulfillmentOrders_2021-12-28', shipping: 'vendorDirectFulfillmentShipping_2021-12-28', transactions: 'vendorDirectFulfillmentTransactions_2021-12-28' };

describe(`Vendor Direct Fulfillment through the v1 APIs (${conformanceLabel()})`, () => {
  it('refuses a version for a seller account and an unknown version, and reads 2021-12-28 until told otherwise', async () => {
    const { station, vendorId, sellerId } = t;
    expect(await station.dispatch('df:api-version', { accountId: vendorId }, ctx)).toEqual({ ok: true, value: { accountId: vendorId, version: '2021-12-28' } });
    expect(await station.dispatch('df:api-version', { accountId: sellerId, version: 'v1' }, ctx)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await station.dispatch('df:api-version', { accountId: vendorId, version: 'v2' }, ctx)).toMatchObject({ ok: false });
  });

  it('takes an order from pull to confirmed shipment with v1 calls only: label request, transaction status, label, confirmation', async () => {
    const { station, vendorId, market } = t;
    expect(await station.dispatch('df:api-version', { accountId: vendorId, version: 'v1' }, ctx)).toEqual({ ok: true, value: { accountId: vendorId, version: 'v1' } });

    const pulled = await station.df.pull(vendorId);
    expect(pulled.added).toBeGreaterThan(0);
    expect(pulled).toMatchObject({ invoices: pulled.added, invoicesError: null });
    const first = station.df.repo.list(undefined, 'new')[0]!;
    let order = station.df.acknowledge(first.id);
    await t.settle();
    expect(station.df.repo.detail(order.id).step).toBe('acknowledged');

    const pkg = station.df.openPackage(order.id);
    for (const line of order.lines) {
      const item = market.catalogue.find((c) => c.msku === line.vendorProductIdentifier)!;
      expect(station.df.scan(pkg.id, item.upc ?? item.ean ?? item.msku, line.ordered)).toMatchObject({ ok: true });
    }
    station.df.closePackage(pkg.id, { value: 1.4, unit: 'KG' }, { length: 30, width: 20, height: 10, unit: 'CM' });
    station.df.requestLabels(order.id);
    await t.settle();
    order = station.df.repo.detail(order.id);
    expect(order.step).toBe('labelled');
    expect(order.packages[0]!.trackingNumber).toMatch(/\S{8,}/);
    expect(order.packages[0]!.labelFormat).toMatch(/^(ZPL|PNG)$/);
    const printed = await station.dispatch('df:print', { orderId: order.id, what: 'labels' }, ctx);
    expect(printed).toMatchObject({ ok: true, value: [{ printer: 'Virtual printer', format: 'zpl' }] });

    const invoice = await station.dispatch('df:invoice', { orderId: order.id }, ctx);
    expect(DfInvoice.parse(invoice.ok ? invoice.value : null)).toMatchObject({ purchaseOrderNumber: order.purchaseOrderNumber, format: 'pdf' });

    station.df.confirm(order.id);
    await t.settle();
    order = station.df.repo.detail(order.id);
    expect(order.step).toBe('shipped');

    // Every step went out through v1 and was followed with v1's getTransactionStatus; nothing through 2021-12-28.
    for (const op of ['getOrders', 'submitAcknowledgement']) expect(market.inspect.callCount(`${V1.orders}.${op}`), op).toBeGreaterThan(0);
    for (const op of ['submitShippingLabelRequest', 'getShippingLabel', 'submitShipmentConfirmations', 'getCustomerInvoices']) {
      expect(market.inspect.callCount(`${V1.shipping}.${op}`), op).toBeGreaterThan(0);
    }
    expect(market.inspect.callCount(`${V1.transactions}.getTransactionStatus`)).toBeGreaterThanOrEqual(3);
    for (const [area, api] of Object.entries(CURRENT)) {
      for (const op of ['getOrders', 'submitAcknowledgement', 'submitShippingLabelRequest', 'getShippingLabel', 'submitShipmentConfirmations', 'getTransactionStatus', 'getCustomerInvoices']) {
        expect(market.inspect.callCount(`${api}.${op}`), `${area} ${op}`).toBe(0);
      }
    }
    expect(t.requests.failures).toEqual([]);
    expect(t.responses.failures).toEqual([]);
  }, 120_000);
});
