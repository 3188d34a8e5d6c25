import type { Catalogue, CatalogueItem } from '../catalogue';
import { isoAt } from '../clock';
import { invalidInput, notFound } from '../errors';
import type { HandlerTable } from '../handler-types';
import { paginate } from '../pagination';
import { US_MARKETPLACE_ID, type PracticeAccount } from '../practice-accounts';
import { parseBody } from '../validation';
import { createOrderRequest, previewRequest, updateOrderRequest, type CreateOrderRequest } from './outbound-schemas';

const OUTBOUND = 'fulfillmentOutbound_2020-07-01';
const MINUTE = 60_000;
const DAY = 86_400_000;
/** Units the practice fulfillment network holds per SKU. */
const STOCK_PER_SKU = 500;
const TRANSIT_DAYS: Record<string, number> = { Standard: 5, Expedited: 2, Priority: 1, ScheduledDelivery: 3 };
const SPEED_SURCHARGE: Record<string, number> = { Standard: 0, Expedited: 3, Priority: 7, ScheduledDelivery: 5 };

export interface McfOrder {
  accountId: string;
  request: CreateOrderRequest;
  receivedAt: number;
  /** When shipping was requested: at creation, or when a held order is released. */
  shipRequestedAt?: number;
  cancelledAt?: number;
  packages: { packageNumber: number; trackingNumber: string; units: { sellerSku: string; sellerFulfillmentOrderItemId: string; quantity: number }[] }[];
}

const money = (value: number) => ({ currencyCode: 'USD', value: value.toFixed(2) });

/** Status as time passes once shipping is requested: Received, Planning after 5 min, Processing after 30 min, Complete after 2 h. */
function statusOf(order: McfOrder, now: number): { status: string; since: number } {
  if (order.cancelledAt !== undefined) return { status: 'Cancelled', since: order.cancelledAt };
  if (order.shipRequestedAt === undefined) return { status: 'Received', since: order.receivedAt };
  const elapsed = now - order.shipRequestedAt;
  if (elapsed >= 120 * MINUTE) return { status: 'Complete', since: order.shipRequestedAt + 120 * MINUTE };
  if (elapsed >= 30 * MINUTE) return { status: 'Processing', since: order.shipRequestedAt + 30 * MINUTE };
  if (elapsed >= 5 * MINUTE) return { status: 'Planning', since: order.shipRequestedAt + 5 * MINUTE };
  return { status: 'Received', since: order.shipRequestedAt };
}

function unfulfillableReasons(sku: string, quantity: number, speed: string, catalogue: Catalogue): string[] {
  const entry = catalogue.get(sku);
  if (!entry) return ['InvalidSKU'];
  const reasons: string[] = [];
  if (quantity > STOCK_PER_SKU) reasons.push('InventoryUnavailable');
  if (speed === 'Priority' && entry.oversize) reasons.push('InvalidShippingSpeed');
  if (entry.hazmat && speed !== 'Standard') reasons.push('HazmatShippingRestriction');
  return reasons;
}

/** Multi-Channel Fulfillment orders of the practice marketplace, by seller fulfillment order id. */
export class McfOrderStore {
  readonly orders = new Map<string, McfOrder>();
  nextPackage = 1001;
}

export function outboundHandlers(catalogue: Catalogue, nextTracking: () => string, store = new McfOrderStore()): HandlerTable {
  const orders = store.orders;

  const orderOf = (account: PracticeAccount, id: string): McfOrder => {
    const order = orders.get(id);
    if (!order || order.accountId !== account.accountId) throw notFound(`Fulfillment order ${id} was not found.`);
    return order;
  };
  const checkDestination = (countryCode: string) => {
    if (countryCode !== 'US') throw invalidInput(`The practice marketplace fulfills to US addresses only, not ${countryCode}.`);
  };

  const orderView = (id: string, order: McfOrder, now: number) => {
    const { status, since } = statusOf(order, now);
    const r = order.request;
    return {
      sellerFulfillmentOrderId: id,
      marketplaceId: r.marketplaceId ?? US_MARKETPLACE_ID,
      displayableOrderId: r.displayableOrderId,
      displayableOrderDate: r.displayableOrderDate,
      displayableOrderComment: r.displayableOrderComment,
      shippingSpeedCategory: r.shippingSpeedCategory,
      destinationAddress: r.destinationAddress,
      fulfillmentAction: r.fulfillmentAction ?? 'Ship',
      fulfillmentPolicy: r.fulfillmentPolicy ?? 'FillOrKill',
      receivedDate: isoAt(order.receivedAt),
      fulfillmentOrderStatus: status,
      statusUpdatedDate: isoAt(since),
      ...(r.notificationEmails ? { notificationEmails: r.notificationEmails } : {}),
    };
  };

  const fulfillmentDetails = (id: string, order: McfOrder, now: number) => {
    const { status } = statusOf(order, now);
    const shipStart = order.shipRequestedAt ?? order.receivedAt;
    const arrival = isoAt(shipStart + (TRANSIT_DAYS[order.request.shippingSpeedCategory] ?? 5) * DAY);
    const shipped = status === 'Complete';
    const shipmentStatus = status === 'Cancelled' ? 'CANCELLED_BY_SELLER' : shipped ? 'SHIPPED' : 'PENDING';
    return {
      fulfillmentOrder: orderView(id, order, now),
      fulfillmentOrderItems: order.request.items.map((i) => ({
        sellerSku: i.sellerSku,
        sellerFulfillmentOrderItemId: i.sellerFulfillmentOrderItemId,
        quantity: i.quantity,
        cancelledQuantity: status === 'Cancelled' ? i.quantity : 0,
        unfulfillableQuantity: 0,
        estimatedArrivalDate: arrival,
        ...(catalogue.get(i.sellerSku) ? { fulfillmentNetworkSku: catalogue.get(i.sellerSku)?.fnsku } : {}),
      })),
      fulfillmentShipments: ['Planning', 'Processing', 'Complete', 'Cancelled'].includes(status)
        ? [{
            amazonShipmentId: `T${String(order.packages[0]?.packageNumber ?? 0).padStart(9, '0')}`,
            fulfillmentCenterId: 'ONT8',
            fulfillmentShipmentStatus: shipmentStatus,
            ...(shipped ? { shippingDate: isoAt(shipStart + 120 * MINUTE) } : {}),
            estimatedArrivalDate: arrival,
            fulfillmentShipmentItem: order.packages.flatMap((p) => p.units.map((u) => ({ ...u, packageNumber: p.packageNumber }))),
            ...(shipped ? { fulfillmentShipmentPackage: order.packages.map((p) => ({ packageNumber: p.packageNumber, carrierCode: 'UPS', trackingNumber: p.trackingNumber, estimatedArrivalDate: arrival })) } : {}),
          }]
        : [],
      returnItems: [],
      returnAuthorizations: [],
    };
  };

  return {
    [`${OUTBOUND}.getFulfillmentPreview`]: ({ body, spec, now: requestTime }) => {
      const request = parseBody(previewRequest, body, spec.operationId);
      checkDestination(request.address.countryCode);
      const speeds = request.shippingSpeedCategories ?? ['Standard', 'Expedited', 'Priority'];
      const fulfillmentPreviews = speeds.map((speed) => {
        const unfulfillable = request.items
          .map((i) => ({ item: i, reasons: unfulfillableReasons(i.sellerSku, i.quantity, speed, catalogue) }))
          .filter((u) => u.reasons.length > 0);
        const entries = request.items.map((i) => ({ item: i, entry: catalogue.get(i.sellerSku) })).filter((e): e is { item: (typeof request.items)[number]; entry: CatalogueItem } => !!e.entry);
        const weight = entries.reduce((sum, e) => sum + e.entry.weightLb * e.item.quantity, 0);
        const units = entries.reduce((sum, e) => sum + e.item.quantity, 0);
        const fulfillable = unfulfillable.length === 0;
        const now = Math.floor(requestTime / DAY) * DAY;
        return {
          shippingSpeedCategory: speed,
          isFulfillable: fulfillable,
          isCODCapable: false,
          marketplaceId: request.marketplaceId ?? US_MARKETPLACE_ID,
          estimatedShippingWeight: { unit: 'POUNDS', value: weight.toFixed(2) },
          estimatedFees: fulfillable ? [{ name: 'FBAPerUnitFulfillmentFee', amount: money(units * 3.5 + weight * 0.6 + (SPEED_SURCHARGE[speed] ?? 0)) }] : [],
          fulfillmentPreviewShipments: fulfillable
            ? [{
                earliestShipDate: isoAt(now + DAY),
                latestShipDate: isoAt(now + 2 * DAY),
                earliestArrivalDate: isoAt(now + (TRANSIT_DAYS[speed] ?? 5) * DAY),
                latestArrivalDate: isoAt(now + ((TRANSIT_DAYS[speed] ?? 5) + 2) * DAY),
                fulfillmentPreviewItems: entries.map((e) => ({
                  sellerSku: e.item.sellerSku,
                  quantity: e.item.quantity,
                  sellerFulfillmentOrderItemId: e.item.sellerFulfillmentOrderItemId,
                  estimatedShippingWeight: { unit: 'POUNDS', value: e.entry.weightLb.toFixed(2) },
                  shippingWeightCalculationMethod: 'Package',
                })),
              }]
            : [],
          unfulfillablePreviewItems: unfulfillable.map((u) => ({ sellerSku: u.item.sellerSku, quantity: u.item.quantity, sellerFulfillmentOrderItemId: u.item.sellerFulfillmentOrderItemId, itemUnfulfillableReasons: u.reasons })),
          ...(fulfillable ? {} : { orderUnfulfillableReasons: [...new Set(unfulfillable.flatMap((u) => u.reasons))] }),
        };
      });
      return { status: 200, body: { payload: { fulfillmentPreviews } } };
    },

    [`${OUTBOUND}.createFulfillmentOrder`]: ({ body, spec, account, now }) => {
      const request = parseBody(createOrderRequest, body, spec.operationId);
      checkDestination(request.destinationAddress.countryCode);
      if (orders.has(request.sellerFulfillmentOrderId)) throw invalidInput(`A fulfillment order with sellerFulfillmentOrderId ${request.sellerFulfillmentOrderId} already exists.`);
      const itemIds = new Set<string>();
      for (const item of request.items) {
        if (itemIds.has(item.sellerFulfillmentOrderItemId)) throw invalidInput(`sellerFulfillmentOrderItemId ${item.sellerFulfillmentOrderItemId} appears more than once.`);
        itemIds.add(item.sellerFulfillmentOrderItemId);
        const reasons = unfulfillableReasons(item.sellerSku, item.quantity, request.shippingSpeedCategory, catalogue);
        if (reasons.length > 0) throw invalidInput(`Item ${item.sellerSku} cannot be fulfilled by ${request.shippingSpeedCategory}: ${reasons.join(', ')}.`);
      }
      // Five units to a package, in item order.
      const packages: McfOrder['packages'] = [];
      let current: McfOrder['packages'][number] | undefined;
      for (const item of request.items) {
        let left = item.quantity;
        while (left > 0) {
          if (!current || current.units.reduce((n, u) => n + u.quantity, 0) >= 5) {
            current = { packageNumber: store.nextPackage++, trackingNumber: nextTracking(), units: [] };
            packages.push(current);
          }
          const room = 5 - current.units.reduce((n, u) => n + u.quantity, 0);
          const take = Math.min(room, left);
          current.units.push({ sellerSku: item.sellerSku, sellerFulfillmentOrderItemId: item.sellerFulfillmentOrderItemId, quantity: take });
          left -= take;
        }
      }
      orders.set(request.sellerFulfillmentOrderId, {
        accountId: account.accountId,
        request,
        receivedAt: now,
        ...((request.fulfillmentAction ?? 'Ship') === 'Ship' ? { shipRequestedAt: now } : {}),
        packages,
      });
      return { status: 200, body: {} };
    },

    [`${OUTBOUND}.getFulfillmentOrder`]: ({ pathParams, account, now }) => {
      const id = pathParams.sellerFulfillmentOrderId ?? '';
      return { status: 200, body: { payload: fulfillmentDetails(id, orderOf(account, id), now) } };
    },

    [`${OUTBOUND}.listAllFulfillmentOrders`]: ({ query, account, now }) => {
      const start = query.get('queryStartDate');
      const from = start === null ? 0 : Date.parse(start);
      if (Number.isNaN(from)) throw invalidInput(`queryStartDate must be an ISO 8601 date-time, got "${start}".`);
      const list = [...orders].filter(([, o]) => o.accountId === account.accountId && statusOf(o, now).since >= from);
      const { page, nextToken } = paginate(list, query, { sizeParam: null, tokenParam: 'nextToken', defaultSize: 50, maxSize: 50 });
      return { status: 200, body: { payload: { ...(nextToken ? { nextToken } : {}), fulfillmentOrders: page.map(([id, o]) => orderView(id, o, now)) } } };
    },

    [`${OUTBOUND}.updateFulfillmentOrder`]: ({ pathParams, body, spec, account, now }) => {
      const request = parseBody(updateOrderRequest, body, spec.operationId);
      const id = pathParams.sellerFulfillmentOrderId ?? '';
      const order = orderOf(account, id);
      const { status } = statusOf(order, now);
      if (!['New', 'Received', 'Planning'].includes(status)) throw invalidInput(`Fulfillment order ${id} is ${status}; it can only be updated before processing starts.`);
      if (request.destinationAddress) checkDestination(request.destinationAddress.countryCode);
      for (const item of request.items ?? []) {
        const existing = order.request.items.find((i) => i.sellerFulfillmentOrderItemId === item.sellerFulfillmentOrderItemId);
        if (!existing) throw invalidInput(`Fulfillment order ${id} has no item ${item.sellerFulfillmentOrderItemId}.`);
        existing.quantity = item.quantity;
      }
      const { items: _items, ...rest } = request;
      Object.assign(order.request, Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)));
      if (request.fulfillmentAction === 'Ship' && order.shipRequestedAt === undefined) order.shipRequestedAt = now;
      return { status: 200, body: {} };
    },

    [`${OUTBOUND}.cancelFulfillmentOrder`]: ({ pathParams, account, now }) => {
      const id = pathParams.sellerFulfillmentOrderId ?? '';
      const order = orderOf(account, id);
      const { status } = statusOf(order, now);
      if (status === 'Cancelled') throw invalidInput(`Fulfillment order ${id} is already cancelled.`);
      if (!['New', 'Received', 'Planning'].includes(status)) throw invalidInput(`Fulfillment order ${id} is ${status}; it can no longer be cancelled.`);
      order.cancelledAt = now;
      return { status: 200, body: {} };
    },

    [`${OUTBOUND}.getPackageTrackingDetails`]: ({ query, account, now }) => {
      const packageNumber = Number(query.get('packageNumber'));
      if (!Number.isInteger(packageNumber)) throw invalidInput(`packageNumber must be an integer, got "${query.get('packageNumber')}".`);
      for (const order of orders.values()) {
        if (order.accountId !== account.accountId) continue;
        const pkg = order.packages.find((p) => p.packageNumber === packageNumber);
        if (!pkg) continue;
        if (statusOf(order, now).status !== 'Complete') throw invalidInput(`Package ${packageNumber} has not shipped yet.`);
        const shipDate = (order.shipRequestedAt ?? order.receivedAt) + 120 * MINUTE;
        const arrival = shipDate + (TRANSIT_DAYS[order.request.shippingSpeedCategory] ?? 5) * DAY;
        const to = order.request.destinationAddress;
        const city = { city: to.city ?? '', state: to.stateOrRegion ?? '', country: to.countryCode };
        const origin = { city: 'Moreno Valley', state: 'CA', country: 'US' };
        const events = [
          { eventDate: isoAt(shipDate), eventAddress: origin, eventCode: 'EVENT_101', eventDescription: 'Carrier notified to pick up package.' },
          { eventDate: isoAt(shipDate + 2 * 3_600_000), eventAddress: origin, eventCode: 'EVENT_102', eventDescription: 'Shipment picked up from seller\'s facility.' },
          ...(now >= arrival ? [{ eventDate: isoAt(arrival), eventAddress: city, eventCode: 'EVENT_301', eventDescription: 'Delivered.' }] : []),
        ].filter((e) => Date.parse(e.eventDate) <= now);
        return {
          status: 200,
          body: {
            payload: {
              packageNumber,
              trackingNumber: pkg.trackingNumber,
              carrierCode: 'UPS',
              shipDate: isoAt(shipDate),
              estimatedArrivalDate: isoAt(arrival),
              shipToAddress: city,
              currentStatus: now >= arrival ? 'DELIVERED' : 'IN_TRANSIT',
              trackingEvents: events,
            },
          },
        };
      }
      throw notFound(`Package ${packageNumber} was not found.`);
    },
  };
}
