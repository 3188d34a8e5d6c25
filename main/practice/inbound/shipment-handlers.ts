import { invalidInput } from '../errors';
import type { HandlerTable } from '../handler-types';
import { paginate, paginationOf } from '../pagination';
import { parseBody } from '../validation';
import { INBOUND_API, type InboundContext } from './context';
import type { BoxRecord } from './model';
import { updateShipmentNameRequest, updateSourceAddressRequest, updateTrackingRequest } from './schemas';
import { shipmentBoxes } from './transport-handlers';
import { boxView, shipmentView } from './views';

const op = (name: string) => `${INBOUND_API}.${name}`;

/**
 * Boxes as Amazon lists them: not in the order they were packed. Stations must match boxes by id, never by position.
 */
export function listingOrder(boxes: readonly BoxRecord[]): BoxRecord[] {
  const byId = [...boxes].sort((a, b) => a.packageId.localeCompare(b.packageId));
  const packed = [...boxes].sort((a, b) => a.sequence - b.sequence);
  const same = byId.every((box, i) => box === packed[i]);
  return same && boxes.length > 1 ? byId.reverse() : byId;
}

export function shipmentHandlers(ctx: InboundContext): HandlerTable {
  const { store, operations } = ctx;
  return {
    [op('getShipment')]: ({ pathParams, account }) => {
      const plan = store.plan(account.accountId, pathParams.inboundPlanId ?? '');
      return { status: 200, body: shipmentView(store.shipment(plan, pathParams.shipmentId ?? '')) };
    },

    [op('listShipmentBoxes')]: ({ pathParams, account, query }) => {
      const plan = store.plan(account.accountId, pathParams.inboundPlanId ?? '');
      const shipment = store.shipment(plan, pathParams.shipmentId ?? '');
      const { page, nextToken } = paginate(listingOrder(shipmentBoxes(plan, shipment)), query, { defaultSize: 10, maxSize: 1000 });
      return { status: 200, body: { boxes: page.map((b) => boxView(b, plan, store)), ...paginationOf(nextToken) } };
    },

    [op('listShipmentItems')]: ({ pathParams, account, query }) => {
      const plan = store.plan(account.accountId, pathParams.inboundPlanId ?? '');
      const shipment = store.shipment(plan, pathParams.shipmentId ?? '');
      const { page, nextToken } = paginate(shipment.items, query, { defaultSize: 10, maxSize: 1000 });
      return { status: 200, body: { items: page.map((i) => store.itemView(i)), ...paginationOf(nextToken) } };
    },

    [op('listShipmentPallets')]: ({ pathParams, account, query }) => {
      const plan = store.plan(account.accountId, pathParams.inboundPlanId ?? '');
      const shipment = store.shipment(plan, pathParams.shipmentId ?? '');
      const { page, nextToken } = paginate(shipment.pallets, query, { defaultSize: 10, maxSize: 1000 });
      return { status: 200, body: { pallets: page, ...paginationOf(nextToken) } };
    },

    [op('updateShipmentName')]: ({ pathParams, account, body, spec, now }) => {
      const request = parseBody(updateShipmentNameRequest, body, spec.operationId);
      const plan = store.plan(account.accountId, pathParams.inboundPlanId ?? '');
      const shipment = store.shipment(plan, pathParams.shipmentId ?? '');
      shipment.name = request.name;
      plan.lastUpdatedAt = now;
      return { status: 204 };
    },

    [op('updateShipmentSourceAddress')]: ({ pathParams, account, body, spec, now }) => {
      const request = parseBody(updateSourceAddressRequest, body, spec.operationId);
      const plan = store.workablePlan(account.accountId, pathParams.inboundPlanId ?? '', now);
      const shipment = store.shipment(plan, pathParams.shipmentId ?? '');
      if (shipment.selectedTransportationOptionId) throw invalidInput(`The carrier of shipment ${shipment.id} is confirmed; its source address can no longer change.`);
      shipment.sourceAddress = request.address;
      // A new source address invalidates the quotes: transportation options must be generated again.
      plan.transportationOptions = plan.transportationOptions.filter((t) => t.placementOptionId !== shipment.placementOptionId);
      plan.transportGeneratedFor.delete(shipment.placementOptionId);
      plan.lastUpdatedAt = now;
      return { status: 202, body: { operationId: operations.start('updateShipmentSourceAddress', account.accountId, now).operationId } };
    },

    [op('updateShipmentTrackingDetails')]: ({ pathParams, account, body, spec, now }) => {
      const request = parseBody(updateTrackingRequest, body, spec.operationId);
      const plan = store.workablePlan(account.accountId, pathParams.inboundPlanId ?? '', now);
      const shipment = store.confirmedShipment(plan, pathParams.shipmentId ?? '');
      const option = plan.transportationOptions.find((t) => t.id === shipment.selectedTransportationOptionId);
      if (!option) throw invalidInput(`Shipment ${shipment.id} has no confirmed transportation option; confirm transportation before sending tracking details.`);
      const { spdTrackingDetail, ltlTrackingDetail } = request.trackingDetails;
      if (spdTrackingDetail) {
        if (option.shippingMode !== 'GROUND_SMALL_PARCEL') throw invalidInput(`Shipment ${shipment.id} ships by ${option.shippingMode}; send ltlTrackingDetail, not spdTrackingDetail.`);
        if (option.shippingSolution === 'AMAZON_PARTNERED_CARRIER') throw invalidInput(`Shipment ${shipment.id} uses an Amazon-partnered carrier, which provides tracking itself.`);
        const boxIds = new Set(shipmentBoxes(plan, shipment).map((b) => b.boxId));
        const unknown = spdTrackingDetail.spdTrackingItems.find((t) => !boxIds.has(t.boxId));
        if (unknown) throw invalidInput(`Box ${unknown.boxId} is not a box of shipment ${shipment.confirmationId ?? shipment.id}.`);
        const merged = new Map((shipment.tracking?.spd ?? []).map((t) => [t.boxId, t.trackingId]));
        for (const item of spdTrackingDetail.spdTrackingItems) merged.set(item.boxId, item.trackingId);
        shipment.tracking = { spd: [...merged].map(([boxId, trackingId]) => ({ boxId, trackingId })) };
        if (merged.size === boxIds.size) shipment.status = 'SHIPPED';
      } else if (ltlTrackingDetail) {
        if (option.shippingMode !== 'FREIGHT_LTL') throw invalidInput(`Shipment ${shipment.id} ships by ${option.shippingMode}; send spdTrackingDetail, not ltlTrackingDetail.`);
        shipment.tracking = { ltl: ltlTrackingDetail };
        shipment.status = 'SHIPPED';
      }
      if ([...plan.shipments.values()].filter((s) => s.placementOptionId === plan.confirmedPlacementOptionId).every((s) => s.status === 'SHIPPED')) plan.status = 'SHIPPED';
      plan.lastUpdatedAt = now;
      return { status: 202, body: { operationId: operations.start('updateShipmentTrackingDetails', account.accountId, now).operationId } };
    },

    [op('getDeliveryChallanDocument')]: ({ pathParams, account }) => {
      const plan = store.plan(account.accountId, pathParams.inboundPlanId ?? '');
      store.shipment(plan, pathParams.shipmentId ?? '');
      throw invalidInput(`Delivery challan documents exist only for Amazon-partnered shipments in the India marketplace, not ${plan.marketplaceId}.`);
    },
  };
}
