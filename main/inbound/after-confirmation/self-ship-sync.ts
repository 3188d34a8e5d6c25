import type { OutboxHandler } from '../../sync/outcome';
import type { AmazonPlan, InboundSyncDeps } from '../sync/deps';
import type { InboundApi, OperationStarted } from '../sync/inbound-api';
import type { AfterRepo, SelfShipState } from './after-repo';
import type { ShipmentRaw } from './after-view';
import { ShipmentPayload } from './after-ops';
import { readShipment } from './shipment-change-sync';

type Shipment = { planId: string; shipmentId: string };

interface SlotsBody {
  selfShipAppointmentSlotsAvailability?: { expiresAt?: string; slots?: { slotId: string; slotTime: { startTime: string; endTime: string } }[] };
}

type Appointment = NonNullable<SelfShipState['appointment']>;

/** The shipment's current appointment as Amazon holds it: the last one that is not cancelled, or the last one. */
function appointmentOf(raw: ShipmentRaw): Appointment | null {
  const details = raw.selfShipAppointmentDetails ?? [];
  const pick = [...details].reverse().find((d) => d.appointmentStatus !== 'CANCELLED') ?? details.at(-1);
  if (!pick) return null;
  return {
    appointmentId: pick.appointmentId ?? null,
    startsAt: pick.appointmentSlotTime?.startTime ?? null,
    endsAt: pick.appointmentSlotTime?.endTime ?? null,
    status: pick.appointmentStatus ?? 'UNKNOWN',
  };
}

async function readSlots(api: InboundApi, plan: AmazonPlan, shipmentId: string) {
  const slots: { slotId: string; startsAt: string; endsAt: string }[] = [];
  let expiresAt: string | null = null;
  let token: string | undefined;
  do {
    const page = await api.call<SlotsBody & { pagination?: { nextToken?: string } }>('getSelfShipAppointmentSlots', {
      path: { inboundPlanId: plan.amazon_plan_id, shipmentId },
      query: { pageSize: 100, ...(token ? { paginationToken: token } : {}) },
    });
    const availability = page.selfShipAppointmentSlotsAvailability;
    expiresAt = availability?.expiresAt ?? expiresAt;
    for (const s of availability?.slots ?? []) slots.push({ slotId: s.slotId, startsAt: s.slotTime.startTime, endsAt: s.slotTime.endTime });
    token = page.pagination?.nextToken;
  } while (token);
  return { slots, expiresAt };
}

/** Generates the shipment's slots, then reads them once Amazon's operation has finished. */
export function selfShipSlotsHandler(deps: InboundSyncDeps, repo: AfterRepo): OutboxHandler<Shipment> {
  return {
    payload: ShipmentPayload,
    async send({ payload, inDoubt }) {
      const plan = deps.requireAmazonPlan(payload.planId);
      if (!plan) return { kind: 'done' };
      const api = deps.api(plan.account_id);
      const generated = repo.selfShip(plan.id, payload.shipmentId).slotsGenerated === true;
      // After the generation succeeded, or when an earlier attempt may have started it: read what Amazon offers.
      if (generated || inDoubt) {
        const listed = await readSlots(api, plan, payload.shipmentId);
        if (listed.slots.length > 0 || generated) {
          repo.updateSelfShip(plan.id, payload.shipmentId, (s) => ({
            ...s,
            slots: listed.slots,
            slotsExpireAt: listed.expiresAt,
            slotsGenerated: false,
            pending: s.pending === 'slots' ? null : (s.pending ?? null),
          }));
          return { kind: 'done' };
        }
      }
      const body = await api.call<OperationStarted>('generateSelfShipAppointmentSlots', { path: { inboundPlanId: plan.amazon_plan_id, shipmentId: payload.shipmentId }, body: {} });
      return { kind: 'await-operation', operationId: body.operationId };
    },
    operationFinished({ payload }, status) {
      const plan = deps.requireAmazonPlan(payload.planId);
      if (!plan) return;
      if (status !== 'SUCCESS') {
        repo.updateSelfShip(plan.id, payload.shipmentId, (s) => ({ ...s, pending: null }));
        return;
      }
      repo.updateSelfShip(plan.id, payload.shipmentId, (s) => ({ ...s, slotsGenerated: true }));
      return 'again';
    },
  };
}

/** Books (or moves) the appointment asked for; in doubt, Amazon's appointment at that slot's time means it is booked. */
export function selfShipBookHandler(deps: InboundSyncDeps, repo: AfterRepo): OutboxHandler<Shipment> {
  return {
    payload: ShipmentPayload,
    async send({ payload, inDoubt }) {
      const plan = deps.requireAmazonPlan(payload.planId);
      if (!plan) return { kind: 'done' };
      const state = repo.selfShip(plan.id, payload.shipmentId);
      const booking = state.booking;
      if (!booking || state.pending !== 'booking') return { kind: 'done' };
      const slot = state.slots?.find((s) => s.slotId === booking.slotId);
      const api = deps.api(plan.account_id);
      if (inDoubt && slot) {
        const current = appointmentOf(await readShipment(api, plan.amazon_plan_id, payload.shipmentId));
        if (current && current.status !== 'CANCELLED' && current.startsAt && Date.parse(current.startsAt) === Date.parse(slot.startsAt)) {
          repo.updateSelfShip(plan.id, payload.shipmentId, (s) => ({ ...s, appointment: current, pending: null }));
          return { kind: 'done' };
        }
      }
      const body = await api.call<{ selfShipAppointmentDetails: { appointmentId?: number; appointmentSlotTime?: { startTime: string; endTime: string }; appointmentStatus?: string } }>(
        'scheduleSelfShipAppointment',
        { path: { inboundPlanId: plan.amazon_plan_id, shipmentId: payload.shipmentId, slotId: booking.slotId }, body: booking.reason ? { reasonComment: booking.reason } : {} },
      );
      const details = body.selfShipAppointmentDetails;
      repo.updateSelfShip(plan.id, payload.shipmentId, (s) => ({
        ...s,
        appointment: {
          appointmentId: details.appointmentId ?? null,
          startsAt: details.appointmentSlotTime?.startTime ?? slot?.startsAt ?? null,
          endsAt: details.appointmentSlotTime?.endTime ?? slot?.endsAt ?? null,
          status: details.appointmentStatus ?? 'ARRIVAL_SCHEDULED',
        },
        slots: (s.slots ?? []).filter((x) => x.slotId !== booking.slotId),
        pending: null,
      }));
      return { kind: 'done' };
    },
  };
}

/** Cancels the appointment with the packer's reason; in doubt, an appointment Amazon no longer holds is cancelled. */
export function selfShipCancelHandler(deps: InboundSyncDeps, repo: AfterRepo): OutboxHandler<Shipment> {
  const settleCancelled = (plan: AmazonPlan, shipmentId: string) =>
    repo.updateSelfShip(plan.id, shipmentId, (s) => ({ ...s, appointment: s.appointment ? { ...s.appointment, status: 'CANCELLED' } : null, pending: null }));
  return {
    payload: ShipmentPayload,
    async send({ payload, inDoubt }) {
      const plan = deps.requireAmazonPlan(payload.planId);
      if (!plan) return { kind: 'done' };
      const state = repo.selfShip(plan.id, payload.shipmentId);
      if (state.pending !== 'cancelling' || !state.cancelReason) return { kind: 'done' };
      const api = deps.api(plan.account_id);
      if (inDoubt) {
        const current = appointmentOf(await readShipment(api, plan.amazon_plan_id, payload.shipmentId));
        if (!current || current.status === 'CANCELLED') {
          settleCancelled(plan, payload.shipmentId);
          return { kind: 'done' };
        }
      }
      const body = await api.call<OperationStarted>('cancelSelfShipAppointment', {
        path: { inboundPlanId: plan.amazon_plan_id, shipmentId: payload.shipmentId },
        body: { reasonComment: state.cancelReason },
      });
      return { kind: 'await-operation', operationId: body.operationId };
    },
    operationFinished({ payload }, status) {
      const plan = deps.requireAmazonPlan(payload.planId);
      if (status === 'SUCCESS' && plan) settleCancelled(plan, payload.shipmentId);
    },
  };
}
