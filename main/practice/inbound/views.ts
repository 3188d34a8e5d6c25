import { isoAt } from '../clock';
import type { InboundStore } from './inbound-store';
import { selfShipAppointmentDetails } from './self-ship-handlers';
import type {
  BoxRecord,
  DeliveryWindowRecord,
  PackingGroupRecord,
  PackingOptionRecord,
  PlacementOptionRecord,
  PlanRecord,
  ShipmentRecord,
  TransportationOptionRecord,
} from './model';

/** An offer's status as of `now`: offers past their expiration read as EXPIRED. */
export function offerStatus(option: { status: 'OFFERED' | 'ACCEPTED' | 'EXPIRED'; expiresAt: number }, now: number): 'OFFERED' | 'ACCEPTED' | 'EXPIRED' {
  return option.status === 'OFFERED' && now >= option.expiresAt ? 'EXPIRED' : option.status;
}

export function planSummaryView(plan: PlanRecord) {
  return {
    createdAt: isoAt(plan.createdAt),
    inboundPlanId: plan.id,
    lastUpdatedAt: isoAt(plan.lastUpdatedAt),
    marketplaceIds: [plan.marketplaceId],
    name: plan.name,
    sourceAddress: plan.sourceAddress,
    status: plan.status,
  };
}

export function planView(plan: PlanRecord, now: number) {
  const confirmed = plan.confirmedPlacementOptionId;
  return {
    ...planSummaryView(plan),
    packingOptions: plan.packingOptions.filter((o) => o.visibleAt <= now).map((o) => ({ packingOptionId: o.id, status: offerStatus(o, now) })),
    placementOptions: plan.placementOptions.filter((o) => o.visibleAt <= now).map((o) => ({ placementOptionId: o.id, status: offerStatus(o, now) })),
    shipments: [...plan.shipments.values()].filter((s) => s.placementOptionId === confirmed).map((s) => ({ shipmentId: s.id, status: s.status })),
  };
}

export function packingOptionView(option: PackingOptionRecord, now: number) {
  const shippingRequirements = (['AMAZON_PARTNERED_CARRIER', 'USE_YOUR_OWN_CARRIER'] as const).map((solution) => ({ modes: [...option.modes], solution }));
  return {
    discounts: option.discounts,
    expiration: isoAt(option.expiresAt),
    fees: option.fees,
    packingGroups: [...option.groupIds],
    packingOptionId: option.id,
    status: offerStatus(option, now),
    supportedConfigurations: [
      {
        boxPackingMethods: ['BOX_CONTENT_PROVIDED', 'BARCODE_2D', 'MANUAL_PROCESS'],
        boxRequirements: { weight: { maximum: 50, minimum: 0, unit: 'LB' } },
        shippingRequirements,
      },
    ],
    supportedShippingConfigurations: shippingRequirements.flatMap((r) => r.modes.map((shippingMode) => ({ shippingMode, shippingSolution: r.solution }))),
  };
}

export function boxView(box: BoxRecord, plan: PlanRecord, store: InboundStore) {
  const shipment = box.shipmentId ? plan.shipments.get(box.shipmentId) : undefined;
  return {
    packageId: box.packageId,
    ...(box.boxId ? { boxId: box.boxId, externalContainerIdentifier: box.boxId, externalContainerIdentifierType: 'AMAZON' } : {}),
    contentInformationSource: box.contentInformationSource,
    ...(shipment
      ? { destinationRegion: { countryCode: 'US', state: shipment.destination.address.stateOrProvinceCode ?? '', warehouseId: shipment.destination.warehouseId } }
      : {}),
    dimensions: box.dimensions,
    weight: box.weight,
    items: box.items.map((item) => store.itemView(item)),
    quantity: 1,
  };
}

export function packingGroupItemsOf(group: PackingGroupRecord, store: InboundStore) {
  return group.items.map((item) => store.itemView(item));
}

export function placementOptionView(option: PlacementOptionRecord, now: number) {
  return {
    discounts: option.discounts,
    expiration: isoAt(option.expiresAt),
    fees: option.fees,
    placementOptionId: option.id,
    shipmentIds: [...option.shipmentIds],
    status: offerStatus(option, now),
  };
}

export function transportationOptionView(option: TransportationOptionRecord) {
  return {
    carrier: option.carrier,
    ...(option.carrierAppointment
      ? { carrierAppointment: { startTime: isoAt(option.carrierAppointment.startTime), endTime: isoAt(option.carrierAppointment.endTime) } }
      : {}),
    preconditions: [...option.preconditions],
    ...(option.quote
      ? {
          quote: {
            cost: option.quote.cost,
            expiration: isoAt(option.quote.expiration),
            ...(option.quote.voidableUntil !== undefined ? { voidableUntil: isoAt(option.quote.voidableUntil) } : {}),
          },
        }
      : {}),
    shipmentId: option.shipmentId,
    shippingMode: option.shippingMode,
    shippingSolution: option.shippingSolution,
    transportationOptionId: option.id,
  };
}

export function deliveryWindowView(window: DeliveryWindowRecord) {
  return {
    availabilityType: window.availabilityType,
    deliveryWindowOptionId: window.id,
    endDate: isoAt(window.end),
    startDate: isoAt(window.start),
    validUntil: isoAt(window.validUntil),
  };
}

export function shipmentView(shipment: ShipmentRecord) {
  return {
    ...(shipment.amazonReferenceId ? { amazonReferenceId: shipment.amazonReferenceId } : {}),
    ...(shipment.transportConfig?.contactInformation ? { contactInformation: shipment.transportConfig.contactInformation } : {}),
    ...(shipment.transportConfig
      ? { dates: { readyToShipWindow: { start: isoAt(shipment.transportConfig.readyToShipStart), end: isoAt(shipment.transportConfig.readyToShipStart + 7 * 86_400_000) } } }
      : {}),
    destination: { address: shipment.destination.address, destinationType: 'AMAZON_WAREHOUSE', warehouseId: shipment.destination.warehouseId },
    ...(shipment.transportConfig?.freightInformation ? { freightInformation: shipment.transportConfig.freightInformation } : {}),
    name: shipment.name,
    placementOptionId: shipment.placementOptionId,
    ...(shipment.selectedDeliveryWindow ? { selectedDeliveryWindow: shipment.selectedDeliveryWindow } : {}),
    ...(shipment.selectedTransportationOptionId ? { selectedTransportationOptionId: shipment.selectedTransportationOptionId } : {}),
    ...(selfShipAppointmentDetails(shipment).length > 0 ? { selfShipAppointmentDetails: selfShipAppointmentDetails(shipment) } : {}),
    ...(shipment.confirmationId ? { shipmentConfirmationId: shipment.confirmationId } : {}),
    shipmentId: shipment.id,
    source: { address: shipment.sourceAddress, sourceType: 'SELLER_FACILITY' },
    status: shipment.status,
    ...(shipment.tracking
      ? {
          trackingDetails: {
            ...(shipment.tracking.spd
              ? { spdTrackingDetail: { spdTrackingItems: shipment.tracking.spd.map((t) => ({ ...t, trackingNumberValidationStatus: 'VALIDATED' })) } }
              : {}),
            ...(shipment.tracking.ltl ? { ltlTrackingDetail: shipment.tracking.ltl } : {}),
          },
        }
      : {}),
  };
}
