import type { SpApiCaller } from '../../spapi/client-types';
import type { SpApiRequest } from '../../spapi/request-builder';
import { collect, pages } from '../../spapi/pagination';
import { INBOUND_API } from './inbound-ops';

/** The parts of Fulfillment Inbound 2024-03-20 replies the station reads. */
export interface OperationStarted {
  operationId: string;
}
export interface PlanSummaryBody {
  inboundPlanId: string;
  name: string;
  status: string;
}
export interface PackingOptionBody {
  packingOptionId: string;
  packingGroups: string[];
  status: string;
  expiration?: string;
}
export interface ItemBody {
  msku: string;
  fnsku?: string;
  quantity: number;
  expiration?: string;
}
export interface PlacementOptionBody {
  placementOptionId: string;
  shipmentIds: string[];
  status: string;
  expiration?: string;
}
export interface TransportationOptionBody {
  transportationOptionId: string;
  shipmentId: string;
  shippingMode: string;
  shippingSolution: string;
}
export interface DeliveryWindowBody {
  deliveryWindowOptionId: string;
  startDate: string;
  endDate: string;
  validUntil?: string;
}
export interface ShipmentBody {
  shipmentId: string;
  placementOptionId: string;
  shipmentConfirmationId?: string;
  status?: string;
  selectedTransportationOptionId?: string;
  selectedDeliveryWindow?: unknown;
  trackingDetails?: {
    spdTrackingDetail?: { spdTrackingItems?: { boxId?: string; trackingId?: string }[] };
    ltlTrackingDetail?: { freightBillNumber?: string[]; billOfLadingNumber?: string };
  };
}
export interface BoxBody {
  boxId?: string;
  packageId: string;
  items?: ItemBody[];
  weight?: { value: number; unit: string };
  dimensions?: { length: number; width: number; height: number; unitOfMeasurement: string };
}

/** Thin typed calls over the client: one place that knows the operation names and where the lists sit in the replies. */
export class InboundApi {
  constructor(private readonly caller: SpApiCaller) {}

  async call<T>(operationId: string, request: SpApiRequest): Promise<T> {
    return (await this.caller.call<T>(INBOUND_API, operationId, request)).body;
  }

  private list<P, I>(operationId: string, request: SpApiRequest, items: (page: P) => I[] | undefined): Promise<I[]> {
    return collect(pages<P>(this.caller, INBOUND_API, operationId, request), items);
  }

  plansByNewest(): AsyncGenerator<{ inboundPlans?: PlanSummaryBody[] }> {
    return pages(this.caller, INBOUND_API, 'listInboundPlans', { query: { pageSize: 30, sortBy: 'CREATION_TIME', sortOrder: 'DESC' } });
  }

  packingOptions(planId: string) {
    return this.list<{ packingOptions?: PackingOptionBody[] }, PackingOptionBody>('listPackingOptions', { path: { inboundPlanId: planId }, query: { pageSize: 20 } }, (p) => p.packingOptions);
  }

  packingGroupItems(planId: string, groupId: string) {
    return this.list<{ items?: ItemBody[] }, ItemBody>('listPackingGroupItems', { path: { inboundPlanId: planId, packingGroupId: groupId }, query: { pageSize: 100 } }, (p) => p.items);
  }

  placementOptions(planId: string) {
    return this.list<{ placementOptions?: PlacementOptionBody[] }, PlacementOptionBody>('listPlacementOptions', { path: { inboundPlanId: planId }, query: { pageSize: 20 } }, (p) => p.placementOptions);
  }

  transportationOptions(planId: string, placementOptionId: string) {
    return this.list<{ transportationOptions?: TransportationOptionBody[] }, TransportationOptionBody>(
      'listTransportationOptions',
      { path: { inboundPlanId: planId }, query: { pageSize: 20, placementOptionId } },
      (p) => p.transportationOptions,
    );
  }

  deliveryWindows(planId: string, shipmentId: string) {
    return this.list<{ deliveryWindowOptions?: DeliveryWindowBody[] }, DeliveryWindowBody>(
      'listDeliveryWindowOptions',
      { path: { inboundPlanId: planId, shipmentId }, query: { pageSize: 100 } },
      (p) => p.deliveryWindowOptions,
    );
  }

  shipmentBoxes(planId: string, shipmentId: string) {
    return this.list<{ boxes?: BoxBody[] }, BoxBody>('listShipmentBoxes', { path: { inboundPlanId: planId, shipmentId }, query: { pageSize: 100 } }, (p) => p.boxes);
  }

  shipmentItems(planId: string, shipmentId: string) {
    return this.list<{ items?: ItemBody[] }, ItemBody>('listShipmentItems', { path: { inboundPlanId: planId, shipmentId }, query: { pageSize: 100 } }, (p) => p.items);
  }

  planBoxes(planId: string) {
    return this.list<{ boxes?: BoxBody[] }, BoxBody>('listInboundPlanBoxes', { path: { inboundPlanId: planId }, query: { pageSize: 100 } }, (p) => p.boxes);
  }

  shipment(planId: string, shipmentId: string): Promise<ShipmentBody> {
    return this.call('getShipment', { path: { inboundPlanId: planId, shipmentId } });
  }

  plan(planId: string): Promise<{ inboundPlanId: string; status: string; name: string }> {
    return this.call('getInboundPlan', { path: { inboundPlanId: planId } });
  }
}
