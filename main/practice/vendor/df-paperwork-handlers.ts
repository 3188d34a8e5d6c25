import { notFound } from '../errors';
import type { HandlerTable } from '../handler-types';
import { paginate } from '../pagination';
import { customerInvoiceView, packingSlipView } from './df-shipping-handlers';
import type { VendorStore } from './vendor-store';

const SHIPPING = 'vendorDirectFulfillmentShipping_2021-12-28';

/** Packing slips (real PDFs, only for orders that require one) and customer invoices. */
export function dfPaperworkHandlers(vendor: VendorStore): HandlerTable {
  return {
    [`${SHIPPING}.getPackingSlip`]: async ({ pathParams, account, now }) => {
      vendor.requireVendor(account);
      const order = vendor.order(pathParams.purchaseOrderNumber ?? '', now);
      if (!order.isPslipRequired) throw notFound(`Purchase order ${order.purchaseOrderNumber} does not require a packing slip.`);
      return { status: 200, body: await packingSlipView(order) };
    },

    [`${SHIPPING}.getPackingSlips`]: async ({ query, account, now }) => {
      vendor.requireVendor(account);
      const orders = vendor.ordersBetween(query, now).filter((o) => o.isPslipRequired);
      const { page, nextToken } = paginate(orders, query, { sizeParam: 'limit', tokenParam: 'nextToken', defaultSize: 50, maxSize: 100 });
      const packingSlips = await Promise.all(page.map(packingSlipView));
      return { status: 200, body: { ...(nextToken ? { pagination: { nextToken } } : {}), packingSlips } };
    },

    [`${SHIPPING}.getCustomerInvoice`]: async ({ pathParams, account, now }) => {
      vendor.requireVendor(account);
      return { status: 200, body: await customerInvoiceView(vendor.order(pathParams.purchaseOrderNumber ?? '', now)) };
    },

    [`${SHIPPING}.getCustomerInvoices`]: async ({ query, account, now }) => {
      vendor.requireVendor(account);
      const { page, nextToken } = paginate(vendor.ordersBetween(query, now), query, { sizeParam: 'limit', tokenParam: 'nextToken', defaultSize: 50, maxSize: 100 });
      const customerInvoices = await Promise.all(page.map(customerInvoiceView));
      return { status: 200, body: { ...(nextToken ? { pagination: { nextToken } } : {}), customerInvoices } };
    },
  };
}
