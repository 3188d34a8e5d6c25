import { z } from 'zod';
import { SELF_SHIP_MARKETPLACES } from '../../../shared/inbound/content-update-rules';
import { isoAt } from '../clock';
import { invalidInput, notFound } from '../errors';
import type { HandlerTable } from '../handler-types';
import { paginate, paginationOf } from '../pagination';
import { parseBody } from '../validation';
import { INBOUND_API, type InboundContext } from './context';
import type { PlanRecord, ShipmentRecord } from './model';
import { INBOUND_TIMING } from './timing';

const op = (name: string) => `${INBOUND_API}.${name}`;
const HOUR = 3_600_000;
/** Two drop-off slots a day at the fulfillment centre, 09:00-11:00 and 14:00-16:00 UTC. */
const SLOT_STARTS_H = [9, 14];
const SLOT_LENGTH_MS = 2 * HOUR;
const SLOTS_TTL_MS = 4 * HOUR;

const reason = z.enum([
  'APPOINTMENT_REQUESTED_BY_MISTAKE',
  'VEHICLE_DELAY',
  'SLOT_NOT_SUITABLE',
  'OUTSIDE_CARRIER_BUSINESS_HOURS',
  'UNFAVOURABLE_EXTERNAL_CONDITIONS',
  'PROCUREMENT_DELAY',
  'SHIPPING_PLAN_CHANGED',
  'INCREASED_QUANTITY',
  'OTHER',
]);
const generateRequest = z.object({ desiredStartDate: z.string().datetime({ offset: true }).optional(), desiredEndDate: z.string().datetime({ offset: true }).optional() }).strict();
const scheduleRequest = z.object({ reasonComment: reason.optional() }).strict();
const cancelRequest = z.object({ reasonComment: reason.optional() }).strict();

type SelfShipSlotRecord = NonNullable<ShipmentRecord['selfShip']>['slots'][number];

export function selfShipAppointmentDetails(shipment: ShipmentRecord) {
  const appointments = shipment.selfShip?.appointments ?? [];
  return appointments.map((a) => ({ appointmentId: a.appointmentId, appointmentSlotTime: { startTime: isoAt(a.start), endTime: isoAt(a.end) }, appointmentStatus: a.status }));
}

/**
 * Self-ship appointments as Amazon offers them in MX, BR, EG, SA, AE and IN: for a confirmed shipment that travels with
 * the seller's own carrier, slots are generated (asynchronously), listed, booked with an optional reason when an
 * earlier booking is moved, and cancelled with a reason.
 */
export function selfShipHandlers(ctx: InboundContext): HandlerTable {
  const { store, operations, ids } = ctx;

  const eligible = (plan: PlanRecord, shipmentId: string, operation: string): ShipmentRecord => {
    if (!SELF_SHIP_MARKETPLACES.includes(plan.marketplaceId)) {
      throw invalidInput(`${operation} is only available in the MX, BR, EG, SA, AE and IN marketplaces, not ${plan.marketplaceId}.`);
    }
    const shipment = store.confirmedShipment(plan, shipmentId);
    const option = plan.transportationOptions.find((t) => t.id === shipment.selectedTransportationOptionId);
    if (!option) throw invalidInput(`Shipment ${shipment.id} has no confirmed transportation option; self-ship appointments follow transportation confirmation.`);
    if (option.shippingSolution !== 'USE_YOUR_OWN_CARRIER') throw invalidInput(`Shipment ${shipment.id} travels with an Amazon-partnered carrier; self-ship appointments are for your own carrier.`);
    if (shipment.status !== 'WORKING' && shipment.status !== 'UNCONFIRMED') throw invalidInput(`Shipment ${shipment.id} is ${shipment.status}; its appointment can no longer change.`);
    return shipment;
  };

  const active = (shipment: ShipmentRecord) => shipment.selfShip?.appointments.find((a) => a.status === 'ARRIVAL_SCHEDULED');

  return {
    [op('generateSelfShipAppointmentSlots')]: ({ pathParams, account, body, spec, now }) => {
      const request = parseBody(generateRequest, body ?? {}, spec.operationId);
      const plan = store.workablePlan(account.accountId, pathParams.inboundPlanId ?? '', now);
      const shipment = eligible(plan, pathParams.shipmentId ?? '', 'generateSelfShipAppointmentSlots');
      const from = request.desiredStartDate ? Date.parse(request.desiredStartDate) : now + INBOUND_TIMING.day;
      const to = request.desiredEndDate ? Date.parse(request.desiredEndDate) : from + 7 * INBOUND_TIMING.day;
      if (to <= from) throw invalidInput(`desiredEndDate ${isoAt(to)} is not after desiredStartDate ${isoAt(from)}.`);
      if (to - from > 30 * INBOUND_TIMING.day) throw invalidInput('The desired window may span at most 30 days.');
      const { operationId, completesAt } = operations.start('generateSelfShipAppointmentSlots', account.accountId, now);
      const slots: SelfShipSlotRecord[] = [];
      for (let day = Math.floor(Math.max(from, now) / INBOUND_TIMING.day) * INBOUND_TIMING.day; day < to; day += INBOUND_TIMING.day) {
        for (const hour of SLOT_STARTS_H) {
          const start = day + hour * HOUR;
          if (start >= Math.max(from, now) && start + SLOT_LENGTH_MS <= to) slots.push({ id: `sl${ids.uuid()}`, start, end: start + SLOT_LENGTH_MS });
        }
      }
      shipment.selfShip = { slots, expiresAt: completesAt + SLOTS_TTL_MS, visibleAt: completesAt, appointments: shipment.selfShip?.appointments ?? [] };
      plan.lastUpdatedAt = now;
      return { status: 201, body: { operationId } };
    },

    [op('getSelfShipAppointmentSlots')]: ({ pathParams, account, query, now }) => {
      const plan = store.plan(account.accountId, pathParams.inboundPlanId ?? '');
      const shipment = eligible(plan, pathParams.shipmentId ?? '', 'getSelfShipAppointmentSlots');
      const offered = shipment.selfShip && shipment.selfShip.visibleAt <= now && now < shipment.selfShip.expiresAt ? shipment.selfShip : undefined;
      const booked = new Set((offered?.appointments ?? []).filter((a) => a.status === 'ARRIVAL_SCHEDULED').map((a) => a.start));
      const free = (offered?.slots ?? []).filter((s) => !booked.has(s.start));
      const { page, nextToken } = paginate(free, query, { defaultSize: 10, maxSize: 100 });
      return {
        status: 200,
        body: {
          selfShipAppointmentSlotsAvailability: {
            ...(offered ? { expiresAt: isoAt(offered.expiresAt) } : {}),
            slots: page.map((s) => ({ slotId: s.id, slotTime: { startTime: isoAt(s.start), endTime: isoAt(s.end) } })),
          },
          ...paginationOf(nextToken),
        },
      };
    },

    [op('scheduleSelfShipAppointment')]: ({ pathParams, account, body, spec, now }) => {
      const request = parseBody(scheduleRequest, body ?? {}, spec.operationId);
      const plan = store.workablePlan(account.accountId, pathParams.inboundPlanId ?? '', now);
      const shipment = eligible(plan, pathParams.shipmentId ?? '', 'scheduleSelfShipAppointment');
      const offered = shipment.selfShip;
      const slot = offered?.slots.find((s) => s.id === pathParams.slotId);
      if (!offered || !slot || offered.visibleAt > now) throw notFound(`Self-ship appointment slot ${pathParams.slotId} was not found for shipment ${shipment.id}.`);
      if (now >= offered.expiresAt) throw invalidInput(`The self-ship slots of shipment ${shipment.id} expired at ${isoAt(offered.expiresAt)}; generate them again.`);
      const current = active(shipment);
      if (current && !request.reasonComment) throw invalidInput(`Shipment ${shipment.id} already has an appointment; give a reasonComment to reschedule it.`);
      if (current) current.status = 'CANCELLED';
      const appointment = { appointmentId: 1000 + offered.appointments.length + 1, start: slot.start, end: slot.end, status: 'ARRIVAL_SCHEDULED' as const };
      offered.appointments.push(appointment);
      plan.lastUpdatedAt = now;
      return {
        status: 200,
        body: {
          selfShipAppointmentDetails: {
            appointmentId: appointment.appointmentId,
            appointmentSlotTime: { startTime: isoAt(slot.start), endTime: isoAt(slot.end) },
            appointmentStatus: appointment.status,
          },
        },
      };
    },

    [op('cancelSelfShipAppointment')]: ({ pathParams, account, body, spec, now }) => {
      const request = parseBody(cancelRequest, body ?? {}, spec.operationId);
      const plan = store.workablePlan(account.accountId, pathParams.inboundPlanId ?? '', now);
      const shipment = eligible(plan, pathParams.shipmentId ?? '', 'cancelSelfShipAppointment');
      const current = active(shipment);
      if (!current) throw invalidInput(`Shipment ${shipment.id} has no self-ship appointment to cancel.`);
      if (!request.reasonComment) throw invalidInput('Give a reasonComment to cancel a self-ship appointment.');
      current.status = 'CANCELLED';
      plan.lastUpdatedAt = now;
      return { status: 202, body: { operationId: operations.start('cancelSelfShipAppointment', account.accountId, now).operationId } };
    },
  };
}
