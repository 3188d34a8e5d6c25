import { isoAt } from '../clock';
import { invalidInput } from '../errors';
import type { HandlerTable } from '../handler-types';
import { paginate } from '../pagination';
import { parseBody } from '../validation';
import { PRACTICE_VENDOR_CODE, PRACTICE_WAREHOUSE_ID, type DfOrder } from './vendor-data';
import type { VendorStore } from './vendor-store';
import { acknowledgementRequest } from './vendor-schemas';

const ORDERS = 'vendorDirectFulfillmentOrders_2021-12-28';
/** Acknowledgement code 00 accepts the order; the others cancel it (out of stock, invalid SKU, ...). */
const ACCEPT = '00';
const CANCEL_CODES = ['02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15'];

const money = (amount: number) => ({ currencyCode: 'USD', amount: amount.toFixed(2) });

export function orderView(order: DfOrder, includeDetails = true) {
  if (!includeDetails) return { purchaseOrderNumber: order.purchaseOrderNumber };
  const billTo = { partyId: 'AMZN_US', address: { name: 'Amazon.com Services LLC', addressLine1: '410 Terry Ave N', city: 'Seattle', stateOrRegion: 'WA', postalCode: '98109', countryCode: 'US' } };
  return {
    purchaseOrderNumber: order.purchaseOrderNumber,
    orderDetails: {
      customerOrderNumber: order.customerOrderNumber,
      orderDate: isoAt(order.createdAt),
      orderStatus: order.status,
      shipmentDetails: {
        isPriorityShipment: order.isPriorityShipment,
        isScheduledDeliveryShipment: false,
        isPslipRequired: order.isPslipRequired,
        isGift: order.isGift,
        shipMethod: order.shipMethod,
        shipmentDates: { requiredShipDate: isoAt(order.requiredShipDate), promisedDeliveryDate: isoAt(order.promisedDeliveryDate) },
        messageToCustomer: 'Thank you for your order.',
      },
      sellingParty: { partyId: PRACTICE_VENDOR_CODE },
      shipFromParty: { partyId: PRACTICE_WAREHOUSE_ID },
      shipToParty: order.shipTo,
      billToParty: billTo,
      items: order.items.map((item) => ({
        itemSequenceNumber: item.itemSequenceNumber,
        buyerProductIdentifier: item.buyerProductIdentifier,
        vendorProductIdentifier: item.vendorProductIdentifier,
        title: item.title,
        orderedQuantity: { amount: item.quantity, unitOfMeasure: 'Each' },
        netPrice: money(item.netPrice),
        totalPrice: money(item.netPrice * item.quantity),
        ...(order.isGift ? { giftDetails: { giftMessage: 'Enjoy!' } } : {}),
      })),
    },
  };
}

export function dfOrdersHandlers(vendor: VendorStore): HandlerTable {
  return {
    [`${ORDERS}.getOrders`]: ({ query, account, now }) => {
      vendor.requireVendor(account);
      const status = query.get('status');
      if (status !== null && !['NEW', 'SHIPPED', 'ACCEPTED', 'CANCELLED'].includes(status)) throw invalidInput(`status must be NEW, SHIPPED, ACCEPTED or CANCELLED, got "${status}".`);
      const shipFrom = query.get('shipFromPartyId');
      const includeDetails = (query.get('includeDetails') ?? 'true') !== 'false';
      const orders = vendor.ordersBetween(query, now).filter((o) => (status === null || o.status === status) && (shipFrom === null || shipFrom === PRACTICE_WAREHOUSE_ID));
      const { page, nextToken } = paginate(orders, query, { sizeParam: 'limit', tokenParam: 'nextToken', defaultSize: 50, maxSize: 100 });
      return { status: 200, body: { ...(nextToken ? { pagination: { nextToken } } : {}), orders: page.map((o) => orderView(o, includeDetails)) } };
    },

    [`${ORDERS}.getOrder`]: ({ pathParams, account, now }) => {
      vendor.requireVendor(account);
      return { status: 200, body: orderView(vendor.order(pathParams.purchaseOrderNumber ?? '', now)) };
    },

    [`${ORDERS}.submitAcknowledgement`]: ({ body, spec, account, now }) => {
      vendor.requireVendor(account);
      const request = parseBody(acknowledgementRequest, body, spec.operationId);
      const errors: { code: string; message: string }[] = [];
      const accepted: { order: DfOrder; code: string }[] = [];
      for (const ack of request.orderAcknowledgements) {
        const order = vendor.orders.find((o) => o.purchaseOrderNumber === ack.purchaseOrderNumber && o.createdAt <= now);
        const code = ack.acknowledgementStatus.code;
        if (!order) errors.push({ code: 'InvalidInput', message: `Purchase order ${ack.purchaseOrderNumber} was not found.` });
        else if (order.status !== 'NEW') errors.push({ code: 'InvalidInput', message: `Purchase order ${order.purchaseOrderNumber} is ${order.status}; only NEW orders can be acknowledged.` });
        else if (ack.sellingParty.partyId !== PRACTICE_VENDOR_CODE || ack.shipFromParty.partyId !== PRACTICE_WAREHOUSE_ID) {
          errors.push({ code: 'InvalidInput', message: `Purchase order ${order.purchaseOrderNumber} belongs to selling party ${PRACTICE_VENDOR_CODE} shipping from ${PRACTICE_WAREHOUSE_ID}.` });
        } else if (code !== ACCEPT && !CANCEL_CODES.includes(code)) {
          errors.push({ code: 'InvalidInput', message: `Acknowledgement code ${code} is unknown; use 00 to accept or 02-15 to cancel.` });
        } else {
          for (const item of ack.itemAcknowledgements) {
            const line = order.items.find((i) => i.itemSequenceNumber === item.itemSequenceNumber);
            if (!line) errors.push({ code: 'InvalidInput', message: `Purchase order ${order.purchaseOrderNumber} has no item ${item.itemSequenceNumber}.` });
            else if (code === ACCEPT && item.acknowledgedQuantity.amount !== line.quantity) {
              errors.push({ code: 'InvalidInput', message: `Item ${line.itemSequenceNumber} of ${order.purchaseOrderNumber}: acknowledged ${item.acknowledgedQuantity.amount}, ordered ${line.quantity}.` });
            }
          }
          accepted.push({ order, code });
        }
      }
      const transaction = vendor.startTransaction(account.accountId, now, errors);
      if (errors.length === 0) {
        for (const { order, code } of accepted) order.status = code === ACCEPT ? 'ACCEPTED' : 'CANCELLED';
        vendor.counts.acknowledgements += 1;
      }
      return { status: 202, body: { transactionId: transaction.transactionId } };
    },

    ['vendorDirectFulfillmentTransactions_2021-12-28.getTransactionStatus']: ({ pathParams, account, now }) => {
      vendor.requireVendor(account);
      return { status: 200, body: { transactionStatus: vendor.transactionStatus(pathParams.transactionId ?? '', account.accountId, now) } };
    },
  };
}
