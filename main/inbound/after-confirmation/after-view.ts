import type { AfterShipment, AfterView } from '../../../shared/ipc/inbound-after';
import { SELF_SHIP_MARKETPLACES } from '../../../shared/inbound/content-update-rules';
import type { PlanRow } from '../inbound-repo';
import type { AfterRepo, ShipmentRow } from './after-repo';

/** The parts of Amazon's Shipment the after-confirmation screens read. */
export interface ShipmentRaw {
  name?: string;
  status?: string;
  selectedTransportationOptionId?: string;
  selectedDeliveryWindow?: { deliveryWindowOptionId: string; startDate: string; endDate: string; editableUntil?: string; availabilityType?: string };
  selfShipAppointmentDetails?: { appointmentId?: number; appointmentSlotTime?: { startTime: string; endTime: string }; appointmentStatus?: string }[];
}

export const CLOSED_STATUSES = new Set(['SHIPPED', 'IN_TRANSIT', 'DELIVERED', 'CHECKED_IN', 'RECEIVING', 'CLOSED', 'CANCELLED', 'DELETED', 'ABANDONED']);

export function transportOf(repo: AfterRepo, planId: string, shipment: ShipmentRow): { solution: string; mode: string; raw: Record<string, unknown> } | null {
  if (!shipment.transportation_option_id) return null;
  const row = repo.db
    .prepare('SELECT shipping_solution, shipping_mode, raw FROM inbound_transportation_options WHERE plan_id = ? AND transportation_option_id = ?')
    .get(planId, shipment.transportation_option_id) as { shipping_solution: string; shipping_mode: string; raw: string } | undefined;
  return row ? { solution: row.shipping_solution, mode: row.shipping_mode, raw: JSON.parse(row.raw) as Record<string, unknown> } : null;
}

/** Why the shipment's delivery window cannot change now, or null. */
export function windowLock(shipment: ShipmentRow, raw: ShipmentRaw, now: number): string | null {
  const status = shipment.status ?? raw.status ?? null;
  if (status && CLOSED_STATUSES.has(status)) return `Shipment is ${status}: its delivery window can no longer change.`;
  const until = raw.selectedDeliveryWindow?.editableUntil;
  if (until && Date.parse(until) <= now) return `Amazon allowed changes to this delivery window until ${until}.`;
  return null;
}

/** Why self-ship appointments are not offered for the shipment, or null when they are. */
export function selfShipUnavailable(plan: PlanRow, shipment: ShipmentRow, solution: string | null): string | null {
  if (!SELF_SHIP_MARKETPLACES.includes(plan.marketplace_id)) return 'Amazon offers self-ship appointments only in Mexico, Brazil, Egypt, Saudi Arabia, the UAE and India.';
  if (!solution) return 'Confirm the shipment’s transportation first.';
  if (solution !== 'USE_YOUR_OWN_CARRIER') return 'Self-ship appointments are for shipments sent with your own carrier; this one uses an Amazon-partnered carrier.';
  if (shipment.status && CLOSED_STATUSES.has(shipment.status)) return `Shipment is ${shipment.status}.`;
  return null;
}

function shipmentView(repo: AfterRepo, plan: PlanRow, row: ShipmentRow, now: number): AfterShipment {
  const raw = JSON.parse(row.raw) as ShipmentRaw;
  const transport = transportOf(repo, plan.id, row);
  const windows = repo.db
    .prepare('SELECT delivery_window_option_id, starts_at, ends_at, valid_until, raw FROM inbound_delivery_windows WHERE plan_id = ? AND shipment_id = ? ORDER BY starts_at')
    .all(plan.id, row.shipment_id) as { delivery_window_option_id: string; starts_at: string; ends_at: string; valid_until: string | null; raw: string }[];
  const selected = raw.selectedDeliveryWindow;
  const selfShip = JSON.parse(row.self_ship) as ReturnType<AfterRepo['selfShip']>;
  const latest = repo.latestContentUpdate(plan.id, row.shipment_id);
  return {
    shipmentId: row.shipment_id,
    name: row.name ?? raw.name ?? null,
    confirmationId: row.confirmation_id,
    status: row.status,
    shippingSolution: transport?.solution ?? null,
    shippingMode: transport?.mode ?? null,
    voidableUntil: (transport?.raw as { quote?: { voidableUntil?: string } } | undefined)?.quote?.voidableUntil ?? null,
    boxes: repo.shipmentBoxes(plan.id, row.shipment_id),
    contentUpdate: latest ? repo.contentUpdateView(latest) : null,
    deliveryWindow: {
      selected: selected
        ? { deliveryWindowOptionId: selected.deliveryWindowOptionId, startsAt: selected.startDate, endsAt: selected.endDate, editableUntil: selected.editableUntil ?? null }
        : null,
      options: windows.map((w) => ({
        deliveryWindowOptionId: w.delivery_window_option_id,
        startsAt: w.starts_at,
        endsAt: w.ends_at,
        validUntil: w.valid_until,
        availabilityType: (JSON.parse(w.raw) as { availabilityType?: string }).availabilityType ?? null,
      })),
      locked: windowLock(row, raw, now),
    },
    selfShip: {
      unavailable: selfShipUnavailable(plan, row, transport?.solution ?? null),
      slots: selfShip.slots ?? [],
      slotsExpireAt: selfShip.slotsExpireAt ?? null,
      appointment: selfShip.appointment ?? null,
      pending: selfShip.pending ?? null,
    },
  };
}

export function afterView(repo: AfterRepo, planId: string, online: boolean, now = Date.now()): AfterView {
  const plan = repo.inbound.plan(planId);
  return {
    planId,
    planName: plan.name,
    online,
    pending: repo.pendingFor(planId),
    shipments: repo.confirmedShipments(planId, plan.placement_option_id).map((s) => shipmentView(repo, plan, s, now)),
  };
}
