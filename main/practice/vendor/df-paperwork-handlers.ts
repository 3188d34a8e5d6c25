import { invalidInput, notFound } from '../errors';
import type { HandlerTable } from '../handler-types';
import { paginate } from '../pagination';
import { customerInvoiceView, packingSlipView } from './df-shipping-handlers';
import { parseBody } from '../validation';
import { PRACTICE_VENDOR_CODE, PRACTICE_WAREHOUSE_ID } from './vendor-data';
import type { VendorStore } from './vendor-store';
import { containerLabelBody } from './vendor-schemas';

const SHIPPING = 'vendorDirectFulfillmentShipping_2021-12-28';

/** Packing slips (real PDFs, only for orders that require one), customer invoices and container (pallet) labels. */
export function dfPaperworkHandlers(vendor: VendorStore): HandlerTable {
  return {
    [`${SHIPPING}.createContainerLabel`]: ({ body, spec, account }) => {
      vendor.requireVendor(account);
      const request = parseBody(containerLabelBody, body, spec.operationId);
      if (request.sellingParty.partyId !== PRACTICE_VENDOR_CODE || request.shipFromParty.partyId !== PRACTICE_WAREHOUSE_ID) {
        throw invalidInput(`Selling party must be ${PRACTICE_VENDOR_CODE} and ship-from party ${PRACTICE_WAREHOUSE_ID}.`);
      }
      const labelled = new Set([...vendor.labels.values()].flatMap((l) => l.packages.map((p) => p.trackingNumber)));
      const unknown = request.packages.find((p) => !labelled.has(p.packageTrackingNumber));
      if (unknown) throw invalidInput(`Package ${unknown.packageTrackingNumber} has no shipping label from this vendor.`);
      const containerTrackingNumber = `SWA${request.vendorContainerId.replace(/[^A-Za-z0-9]/g, '').toUpperCase().slice(0, 12)}`;
      const zpl = [
        '^XA', '^PW812', '^LL1218',
        `^FO40,40^A0N,48,48^FDPALLET ${request.vendorContainerId.replace(/[\^~]/g, ' ')}^FS`,
        `^FO40,110^A0N,32,32^FD${request.packages.length} PACKAGES - CARRIER SWA^FS`,
        `^FO60,180^BY3^BCN,220,Y,N,N^FD${containerTrackingNumber}^FS`,
        '^XZ',
      ].join('\n');
      return { status: 200, body: { containerLabel: { containerTrackingNumber, content: Buffer.from(zpl).toString('base64'), format: 'ZPL' } } };
    },

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
