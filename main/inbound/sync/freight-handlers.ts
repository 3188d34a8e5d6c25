import type { OutboxHandler } from '../../sync/outcome';
import { PlanPayload, ShipmentPayload } from './inbound-ops';
import type { AmazonPlan, InboundSyncDeps } from './deps';
import type { OperationStarted } from './inbound-api';
import { operationStep } from './operation-step';
import { readShipmentFreight } from '../freight-service';

/** Pack first asks for quotes before any freight details exist: ready from the next midnight (UTC). */
function defaultReadyToShip(): string {
  const start = new Date(Date.now() + 24 * 3600_000);
  start.setUTCHours(0, 0, 0, 0);
  return start.toISOString();
}

/**
 * The shipmentTransportationConfigurations of generateTransportationOptions for a placement option's shipments: the
 * ready-to-ship time, and where the station has them (place first), pallets, freight class and declared value, with
 * the ship-from contact for the carrier. Amazon quotes partnered LTL only when pallets and freight information are given.
 */
export function transportConfigurations(deps: InboundSyncDeps, plan: AmazonPlan, shipmentIds: string[]): Record<string, unknown>[] {
  const freight = new Map(readShipmentFreight(deps.db, plan.id).map((f) => [f.shipmentId, f]));
  const { address } = deps.repo.shipFrom(plan.ship_from_id);
  const contact = { name: address.name, phoneNumber: address.phoneNumber, ...(address.email ? { email: address.email } : {}) };
  return shipmentIds.map((shipmentId) => {
    const details = freight.get(shipmentId);
    return {
      shipmentId,
      readyToShipWindow: { start: details?.readyToShip ?? defaultReadyToShip() },
      ...(details ? { freightInformation: { freightClass: details.freightClass, declaredValue: details.declaredValue }, contactInformation: contact } : {}),
      ...(details?.pallets.length
        ? {
            pallets: details.pallets.map((p) => ({
              quantity: p.quantity,
              stackability: p.stackability,
              dimensions: { length: p.length, width: p.width, height: p.height, unitOfMeasurement: p.dimensionUnit },
              weight: { value: p.weight, unit: p.weightUnit },
            })),
          }
        : {}),
    };
  });
}

function chosenShipments(deps: InboundSyncDeps, plan: AmazonPlan): string[] {
  return (
    deps.db.prepare('SELECT shipment_id FROM inbound_shipments WHERE plan_id = ? AND placement_option_id = ? ORDER BY shipment_id').all(plan.id, plan.placement_option_id) as {
      shipment_id: string;
    }[]
  ).map((r) => r.shipment_id);
}

/**
 * Place first: new LTL quotes for the confirmed placement with the freight details as they are now. Generating again
 * only replaces Amazon's quotes, so a repeat after a lost reply does no harm and needs no look first.
 */
export function generateTransportHandler(deps: InboundSyncDeps): OutboxHandler<{ planId: string }> {
  return operationStep(deps, PlanPayload, {
    start: ({ api, plan }) =>
      api.call<OperationStarted>('generateTransportationOptions', {
        path: { inboundPlanId: plan.amazon_plan_id },
        body: { placementOptionId: plan.placement_option_id, shipmentTransportationConfigurations: transportConfigurations(deps, plan, chosenShipments(deps, plan)) },
      }),
  });
}

/** New delivery windows for one shipment (they follow its ready-to-ship time); a repeat only replaces the offer. */
export function generateDeliveryWindowsHandler(deps: InboundSyncDeps): OutboxHandler<{ planId: string; shipmentId: string }> {
  return operationStep(deps, ShipmentPayload, {
    start: ({ api, plan, payload }) =>
      api.call<OperationStarted>('generateDeliveryWindowOptions', { path: { inboundPlanId: plan.amazon_plan_id, shipmentId: payload.shipmentId } }),
  });
}
