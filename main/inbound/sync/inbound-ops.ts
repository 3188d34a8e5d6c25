import { z } from 'zod';

export const INBOUND_API = 'fulfillmentInbound_2024-03-20';

/** Every outbox op of an inbound plan, in the order a plan normally needs them. */
export const INBOUND_OPS = [
  'inbound.createPlan',
  'inbound.generatePackingOptions',
  'inbound.fetchPackingOptions',
  'inbound.confirmPackingOption',
  'inbound.setPackingInformation',
  'inbound.generatePlacementOptions',
  'inbound.fetchPlacementOptions',
  'inbound.exploreTransport',
  'inbound.generateTransport',
  'inbound.generateDeliveryWindows',
  'inbound.confirmPlacement',
  'inbound.fetchShipments',
  'inbound.confirmDeliveryWindow',
  'inbound.confirmTransportation',
  'inbound.updateTracking',
  'inbound.cancelPlan',
  'inbound.refreshPlan',
] as const;
export type InboundOp = (typeof INBOUND_OPS)[number];

export const PlanPayload = z.object({ planId: z.string() });
export const PackingOptionPayload = PlanPayload.extend({ packingOptionId: z.string() });
export const PlacementPayload = PlanPayload.extend({ placementOptionId: z.string() });
export const ShipmentPayload = PlanPayload.extend({ shipmentId: z.string() });
export const DeliveryWindowPayload = ShipmentPayload.extend({ deliveryWindowOptionId: z.string() });
