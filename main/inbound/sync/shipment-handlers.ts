import type { OutboxHandler } from '../../sync/outcome';
import type { OperationProblem, OperationStatus } from '../../sync/async-operations';
import type { OperationPoller } from '../../sync/sync-registry';
import { DeliveryWindowPayload, INBOUND_API, PlanPayload, ShipmentPayload } from './inbound-ops';
import type { AmazonPlan, InboundSyncDeps } from './deps';
import type { OperationStarted, ShipmentBody } from './inbound-api';
import { amazonBoxSignature, boxSignature } from './packing-handlers';
import { operationStep } from './operation-step';

type Plan = { planId: string };

function confirmedShipments(deps: InboundSyncDeps, plan: AmazonPlan): string[] {
  if (!plan.placement_option_id) return [];
  return (deps.db.prepare('SELECT shipment_id FROM inbound_shipments WHERE plan_id = ? AND placement_option_id = ? ORDER BY shipment_id').all(plan.id, plan.placement_option_id) as {
    shipment_id: string;
  }[]).map((r) => r.shipment_id);
}

/**
 * Reads the confirmed shipments (confirmation ids, status, chosen transport) and their boxes. Amazon lists boxes in
 * its own order, so each Amazon box id is matched to a station box by content, weight and size, never by position.
 */
export async function refreshShipments(deps: InboundSyncDeps, plan: AmazonPlan): Promise<void> {
  const api = deps.api(plan.account_id);
  const shipments = confirmedShipments(deps, plan);
  // Place first packs per shipment, so the station needs what Amazon put in each; it is read once per shipment.
  const known = new Set(
    (deps.db.prepare('SELECT DISTINCT shipment_id FROM inbound_shipment_items WHERE plan_id = ?').all(plan.id) as { shipment_id: string }[]).map((r) => r.shipment_id),
  );
  const fetched = await Promise.all(
    shipments.map(async (id) => ({
      shipment: await api.shipment(plan.amazon_plan_id, id),
      boxes: await api.shipmentBoxes(plan.amazon_plan_id, id),
      items: plan.flow === 'place_first' && !known.has(id) ? await api.shipmentItems(plan.amazon_plan_id, id) : null,
    })),
  );
  deps.db.transaction(() => {
    const update = deps.db.prepare(
      `UPDATE inbound_shipments SET confirmation_id = ?, status = ?, raw = ?, updated_at = ? WHERE plan_id = ? AND shipment_id = ?`,
    );
    const unmatched = new Map<string, string[]>();
    const assigned = new Set(
      (deps.db.prepare('SELECT amazon_box_id FROM inbound_boxes WHERE plan_id = ? AND amazon_box_id IS NOT NULL').all(plan.id) as { amazon_box_id: string }[]).map((r) => r.amazon_box_id),
    );
    for (const box of deps.repo.boxes(plan.id)) {
      if (box.amazonBoxId) continue;
      const sig = boxSignature(box);
      unmatched.set(sig, [...(unmatched.get(sig) ?? []), box.id]);
    }
    const assign = deps.db.prepare('UPDATE inbound_boxes SET amazon_box_id = ?, shipment_id = ?, updated_at = ? WHERE id = ?');
    const addItem = deps.db.prepare('INSERT OR IGNORE INTO inbound_shipment_items (plan_id, shipment_id, msku, quantity, expiration) VALUES (?, ?, ?, ?, ?)');
    for (const { shipment, boxes, items } of fetched) {
      update.run(shipment.shipmentConfirmationId ?? null, shipment.status ?? null, JSON.stringify(shipment), Date.now(), plan.id, shipment.shipmentId);
      for (const item of items ?? []) if (item.quantity > 0) addItem.run(plan.id, shipment.shipmentId, item.msku, item.quantity, item.expiration ?? null);
      for (const remote of boxes) {
        if (!remote.boxId || assigned.has(remote.boxId)) continue;
        const candidates = unmatched.get(amazonBoxSignature(remote));
        const local = candidates?.shift();
        if (local) assign.run(remote.boxId, shipment.shipmentId, Date.now(), local);
      }
    }
  })();
}

export function fetchShipmentsHandler(deps: InboundSyncDeps): OutboxHandler<Plan> {
  return {
    payload: PlanPayload,
    async send({ payload }) {
      const plan = deps.requireAmazonPlan(payload.planId);
      if (!plan) return { kind: 'done' };
      await refreshShipments(deps, plan);
      return { kind: 'done' };
    },
  };
}

export function confirmDeliveryWindowHandler(deps: InboundSyncDeps): OutboxHandler<{ planId: string; shipmentId: string; deliveryWindowOptionId: string }> {
  return operationStep(deps, DeliveryWindowPayload, {
    alreadyDone: async ({ api, plan, payload }) => Boolean((await api.shipment(plan.amazon_plan_id, payload.shipmentId)).selectedDeliveryWindow),
    start: ({ api, plan, payload }) =>
      api.call<OperationStarted>('confirmDeliveryWindowOptions', {
        path: { inboundPlanId: plan.amazon_plan_id, shipmentId: payload.shipmentId, deliveryWindowOptionId: payload.deliveryWindowOptionId },
      }),
  });
}

export function confirmTransportationHandler(deps: InboundSyncDeps): OutboxHandler<Plan> {
  const selections = (plan: AmazonPlan) =>
    deps.db
      .prepare('SELECT shipment_id, transportation_option_id FROM inbound_shipments WHERE plan_id = ? AND placement_option_id = ? AND transportation_option_id IS NOT NULL')
      .all(plan.id, plan.placement_option_id) as { shipment_id: string; transportation_option_id: string }[];
  return operationStep(deps, PlanPayload, {
    alreadyDone: async ({ api, plan }) =>
      (await Promise.all(selections(plan).map((s) => api.shipment(plan.amazon_plan_id, s.shipment_id)))).every((s) => s.selectedTransportationOptionId),
    start: ({ api, plan }) => {
      const { address } = deps.repo.shipFrom(plan.ship_from_id);
      return api.call<OperationStarted>('confirmTransportationOptions', {
        path: { inboundPlanId: plan.amazon_plan_id },
        body: {
          transportationSelections: selections(plan).map((s) => ({
            shipmentId: s.shipment_id,
            transportationOptionId: s.transportation_option_id,
            contactInformation: { name: address.name, phoneNumber: address.phoneNumber, ...(address.email ? { email: address.email } : {}) },
          })),
        },
      });
    },
  });
}

/**
 * Whether Amazon already holds these tracking details. Once every shipment of a plan has tracking Amazon marks the plan
 * SHIPPED and refuses further updates, so an update whose reply was lost must be recognised, not sent again.
 */
function trackingApplied(remote: ShipmentBody, freight: { proNumber: string } | null, boxes: { amazon_box_id: string; tracking_id: string }[]): boolean {
  const details = remote.trackingDetails;
  if (freight) return details?.ltlTrackingDetail?.freightBillNumber?.includes(freight.proNumber) ?? false;
  const held = new Map((details?.spdTrackingDetail?.spdTrackingItems ?? []).map((i) => [i.boxId, i.trackingId]));
  return boxes.every((b) => held.get(b.amazon_box_id) === b.tracking_id);
}

export function updateTrackingHandler(deps: InboundSyncDeps): OutboxHandler<{ planId: string; shipmentId: string }> {
  return {
    payload: ShipmentPayload,
    async send({ payload, inDoubt }) {
      const plan = deps.requireAmazonPlan(payload.planId);
      if (!plan) return { kind: 'done' };
      const shipment = deps.db.prepare('SELECT tracking FROM inbound_shipments WHERE plan_id = ? AND shipment_id = ?').get(plan.id, payload.shipmentId) as
        | { tracking: string | null }
        | undefined;
      const freight = shipment?.tracking ? (JSON.parse(shipment.tracking) as { proNumber: string; billOfLadingNumber?: string }) : null;
      const boxes = deps.db
        .prepare('SELECT amazon_box_id, tracking_id FROM inbound_boxes WHERE plan_id = ? AND shipment_id = ? AND tracking_id IS NOT NULL AND amazon_box_id IS NOT NULL')
        .all(plan.id, payload.shipmentId) as { amazon_box_id: string; tracking_id: string }[];
      const api = deps.api(plan.account_id);
      if (inDoubt && trackingApplied(await api.shipment(plan.amazon_plan_id, payload.shipmentId), freight, boxes)) return { kind: 'done' };
      const trackingDetails = freight
        ? { ltlTrackingDetail: { freightBillNumber: [freight.proNumber], ...(freight.billOfLadingNumber ? { billOfLadingNumber: freight.billOfLadingNumber } : {}) } }
        : { spdTrackingDetail: { spdTrackingItems: boxes.map((b) => ({ boxId: b.amazon_box_id, trackingId: b.tracking_id })) } };
      const body = await api.call<OperationStarted>('updateShipmentTrackingDetails', {
        path: { inboundPlanId: plan.amazon_plan_id, shipmentId: payload.shipmentId },
        body: { trackingDetails },
      });
      return { kind: 'await-operation', operationId: body.operationId };
    },
  };
}

/** Follows Fulfillment Inbound operations with getInboundOperationStatus. */
export const inboundOperationPoller: OperationPoller = async (operation, caller) => {
  const { body } = await caller.call<{ operationStatus: OperationStatus; operationProblems?: { code: string; message: string; details?: string; severity: string }[] }>(
    INBOUND_API,
    'getInboundOperationStatus',
    { path: { operationId: operation.operationId } },
  );
  const problems: OperationProblem[] = (body.operationProblems ?? []).map((p) => ({
    code: p.code,
    message: p.message,
    ...(p.details ? { details: p.details } : {}),
    severity: p.severity === 'WARNING' ? 'WARNING' : 'ERROR',
  }));
  return { status: body.operationStatus, problems };
};
