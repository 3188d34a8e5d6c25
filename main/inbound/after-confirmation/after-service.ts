import { randomUUID } from 'node:crypto';
import type { AfterView, ContentUpdateBox, SelfShipReason } from '../../../shared/ipc/inbound-after';
import { contentUpdateProblems } from '../../../shared/inbound/content-update-rules';
import { StationError } from '../../core/errors';
import type { AuditLog } from '../../audit/audit-log';
import type { OutboxStore } from '../../sync/outbox-store';
import type { PlanRow } from '../inbound-repo';
import type { AfterRepo } from './after-repo';
import { AFTER_OPS, contentUpdateEntity, type AfterOp } from './after-ops';
import { afterView, selfShipUnavailable, transportOf, windowLock, type ShipmentRaw } from './after-view';
import { contentUpdateRequest, requestSignature, unitsByMsku } from './content-update-request';

const IN_FLIGHT = new Set(['requested', 'generated', 'confirming', 'confirmed']);

export type PreviewRequestResult = { ok: true; view: AfterView } | { ok: false; problems: { code: string; message: string }[] };

/**
 * Changes to a plan after its shipments are confirmed. Each is a local change written with its outbox entry in one
 * transaction; box contents change locally only once Amazon confirmed the preview the packer accepted.
 */
export class AfterConfirmationService {
  constructor(
    private readonly repo: AfterRepo,
    private readonly outbox: OutboxStore,
    private readonly audit: AuditLog,
    private readonly online: () => boolean,
    private readonly kick: () => void,
  ) {}

  view(planId: string): AfterView {
    return afterView(this.repo, planId, this.online());
  }

  private commit(work: () => void, planId: string): AfterView {
    this.repo.db.transaction(work).immediate();
    this.kick();
    return this.view(planId);
  }

  private enqueue(plan: PlanRow, op: AfterOp, payload: Record<string, unknown>, entity = `plan:${plan.id}`, coalesce = false): void {
    this.outbox.enqueue({ accountId: plan.account_id, entity, op, payload: { planId: plan.id, ...payload }, coalesce });
  }

  /** The plan, once Amazon has it and its shipments' transportation is confirmed. */
  private confirmedPlan(planId: string): PlanRow {
    const plan = this.repo.inbound.plan(planId);
    if (!plan.amazon_plan_id) throw new StationError('CONFLICT', 'This plan has not reached Amazon yet; changes after confirmation wait for it.');
    if (plan.step === 'cancelled') throw new StationError('CONFLICT', 'This plan is cancelled.');
    return plan;
  }

  private confirmedShipment(plan: PlanRow, shipmentId: string) {
    const shipment = this.repo.shipment(plan.id, shipmentId);
    if (shipment.placement_option_id !== plan.placement_option_id) throw new StationError('CONFLICT', `Shipment ${shipmentId} is not in the confirmed placement.`);
    return shipment;
  }

  requestPreview(planId: string, shipmentId: string, boxes: ContentUpdateBox[]): PreviewRequestResult {
    const plan = this.confirmedPlan(planId);
    const shipment = this.confirmedShipment(plan, shipmentId);
    if (!transportOf(this.repo, planId, shipment) || !['labels', 'tracking', 'shipped'].includes(plan.step)) {
      throw new StationError('CONFLICT', 'Box contents change through a preview only after the shipment’s carrier is confirmed; until then edit the boxes on the packing screen.');
    }
    const busy = this.repo.latestContentUpdate(planId, shipmentId);
    if (busy && IN_FLIGHT.has(busy.state)) throw new StationError('CONFLICT', 'An update of this shipment is still on its way to Amazon; wait for it, or discard it once Amazon has answered.');
    const current = this.repo.shipmentBoxes(planId, shipmentId);
    const known = new Map(current.map((b) => [b.id, b]));
    const seen = new Set<string>();
    for (const box of boxes) {
      if (!box.boxId) continue;
      if (!known.has(box.boxId)) throw new StationError('VALIDATION', `Box ${box.boxId} is not a box of shipment ${shipment.confirmation_id ?? shipmentId}.`);
      if (seen.has(box.boxId)) throw new StationError('VALIDATION', `Box ${known.get(box.boxId)!.number} is listed twice.`);
      seen.add(box.boxId);
      if (!known.get(box.boxId)!.amazonBoxId) throw new StationError('CONFLICT', `Box ${known.get(box.boxId)!.number} has no Amazon box id yet: refresh the plan first.`);
    }
    const asRequest = (set: ContentUpdateBox[]) => requestSignature(contentUpdateRequest(set, (id) => `local:${id}`, []));
    const before: ContentUpdateBox[] = current.map((b) => ({
      boxId: b.id,
      contentSource: b.contentSource,
      weight: b.weight ?? { value: 0.01, unit: 'LB' },
      dimensions: b.dimensions ?? { length: 1, width: 1, height: 1, unit: 'IN' },
      lines: b.lines,
    }));
    const problems = contentUpdateProblems({
      shipmentLabel: shipment.confirmation_id ?? shipmentId,
      status: shipment.status,
      before: unitsByMsku(current),
      after: unitsByMsku(boxes),
      boxesAdded: boxes.filter((b) => !b.boxId).length,
      emptyBoxes: boxes.flatMap((b, i) => (b.contentSource === 'BOX_CONTENT_PROVIDED' && b.lines.length === 0 ? [i + 1] : [])),
      changed: asRequest(before) !== asRequest(boxes),
    });
    if (problems.length > 0) return { ok: false, problems: problems.map((p) => ({ code: p.code, message: p.message, facts: p.facts })) };
    const id = randomUUID();
    const view = this.commit(() => {
      this.repo.insertContentUpdate({ id, plan_id: planId, shipment_id: shipmentId }, boxes);
      this.enqueue(plan, AFTER_OPS.previewContentUpdate, { updateId: id }, contentUpdateEntity(id));
      this.audit.record('inbound.content-update.request', `plan:${planId}`, { shipmentId, boxes: boxes.length, added: boxes.filter((b) => !b.boxId).length });
    }, planId);
    return { ok: true, view };
  }

  confirmPreview(planId: string, updateId: string): AfterView {
    const plan = this.confirmedPlan(planId);
    const update = this.repo.contentUpdate(updateId);
    if (update.plan_id !== planId) throw new StationError('NOT_FOUND', `Content update ${updateId} is not of this plan.`);
    if (update.state !== 'previewed') throw new StationError('CONFLICT', `This update is ${update.state}; only a preview shown by Amazon can be confirmed.`);
    const preview = this.repo.storedPreview(update);
    if (!preview || Date.parse(preview.expiresAt) <= Date.now()) {
      throw new StationError('CONFLICT', `Amazon's preview expired${preview ? ` at ${preview.expiresAt}` : ''}: request a new one.`, { code: 'EXPIRED' });
    }
    return this.commit(() => {
      this.repo.setContentUpdate(updateId, { state: 'confirming' });
      this.enqueue(plan, AFTER_OPS.confirmContentUpdate, { updateId }, contentUpdateEntity(updateId));
      this.audit.record('inbound.content-update.confirm', `plan:${planId}`, { shipmentId: update.shipment_id, previewId: preview.previewId, cost: preview.cost });
    }, planId);
  }

  discardUpdate(planId: string, updateId: string): AfterView {
    const update = this.repo.contentUpdate(updateId);
    if (update.plan_id !== planId) throw new StationError('NOT_FOUND', `Content update ${updateId} is not of this plan.`);
    if (!['previewed', 'refused', 'applied'].includes(update.state)) throw new StationError('CONFLICT', `This update is ${update.state} and cannot be discarded now.`);
    return this.commit(() => {
      this.repo.setContentUpdate(updateId, { state: 'discarded' });
      for (const entry of this.outbox.forEntity(contentUpdateEntity(updateId))) if (entry.state === 'failed') this.outbox.discard(entry.id);
    }, planId);
  }

  refresh(planId: string): AfterView {
    const plan = this.confirmedPlan(planId);
    if (!plan.placement_option_id) return this.view(planId);
    return this.commit(() => this.enqueue(plan, AFTER_OPS.refreshConfirmed, {}, `plan:${plan.id}`, true), planId);
  }

  renamePlan(planId: string, name: string): AfterView {
    const plan = this.confirmedPlan(planId);
    return this.commit(() => {
      this.repo.setPlanName(planId, name);
      this.enqueue(plan, AFTER_OPS.renamePlan, {}, `plan:${plan.id}`, true);
      this.audit.record('inbound.plan.rename', `plan:${planId}`, { name });
    }, planId);
  }

  renameShipment(planId: string, shipmentId: string, name: string): AfterView {
    const plan = this.confirmedPlan(planId);
    this.confirmedShipment(plan, shipmentId);
    return this.commit(() => {
      this.repo.setShipmentName(planId, shipmentId, name);
      this.enqueue(plan, AFTER_OPS.renameShipment, { shipmentId });
      this.audit.record('inbound.shipment.rename', `plan:${planId}`, { shipmentId, name });
    }, planId);
  }

  refreshWindows(planId: string, shipmentId: string): AfterView {
    const plan = this.confirmedPlan(planId);
    this.confirmedShipment(plan, shipmentId);
    return this.commit(() => this.enqueue(plan, AFTER_OPS.refreshDeliveryWindows, { shipmentId }), planId);
  }

  changeWindow(planId: string, shipmentId: string, deliveryWindowOptionId: string): AfterView {
    const plan = this.confirmedPlan(planId);
    const shipment = this.confirmedShipment(plan, shipmentId);
    const lock = windowLock(shipment, JSON.parse(shipment.raw) as ShipmentRaw, Date.now());
    if (lock) throw new StationError('CONFLICT', lock);
    const option = this.repo.db
      .prepare('SELECT valid_until FROM inbound_delivery_windows WHERE plan_id = ? AND shipment_id = ? AND delivery_window_option_id = ?')
      .get(planId, shipmentId, deliveryWindowOptionId) as { valid_until: string | null } | undefined;
    if (!option) throw new StationError('NOT_FOUND', `Delivery window ${deliveryWindowOptionId} is not offered for shipment ${shipmentId}.`);
    if (option.valid_until && Date.parse(option.valid_until) <= Date.now()) {
      throw new StationError('CONFLICT', `That delivery window was offered until ${option.valid_until}: refresh the windows.`, { code: 'EXPIRED' });
    }
    return this.commit(() => {
      this.repo.db
        .prepare('UPDATE inbound_shipments SET delivery_window_option_id = ?, updated_at = ? WHERE plan_id = ? AND shipment_id = ?')
        .run(deliveryWindowOptionId, Date.now(), planId, shipmentId);
      this.enqueue(plan, AFTER_OPS.changeDeliveryWindow, { shipmentId, deliveryWindowOptionId });
      this.audit.record('inbound.delivery-window.change', `plan:${planId}`, { shipmentId, deliveryWindowOptionId });
    }, planId);
  }

  private selfShipShipment(planId: string, shipmentId: string) {
    const plan = this.confirmedPlan(planId);
    const shipment = this.confirmedShipment(plan, shipmentId);
    const unavailable = selfShipUnavailable(plan, shipment, transportOf(this.repo, planId, shipment)?.solution ?? null);
    if (unavailable) throw new StationError('CONFLICT', unavailable);
    return plan;
  }

  selfShipSlots(planId: string, shipmentId: string): AfterView {
    const plan = this.selfShipShipment(planId, shipmentId);
    return this.commit(() => {
      this.repo.updateSelfShip(planId, shipmentId, (s) => ({ ...s, pending: s.pending ?? 'slots' }));
      this.enqueue(plan, AFTER_OPS.selfShipSlots, { shipmentId });
    }, planId);
  }

  selfShipBook(planId: string, shipmentId: string, slotId: string, reason?: SelfShipReason): AfterView {
    const plan = this.selfShipShipment(planId, shipmentId);
    const state = this.repo.selfShip(planId, shipmentId);
    if (state.pending === 'booking' || state.pending === 'cancelling') throw new StationError('CONFLICT', 'The last appointment change has not reached Amazon yet.');
    if (!(state.slots ?? []).some((s) => s.slotId === slotId)) throw new StationError('NOT_FOUND', `Slot ${slotId} is not among the slots Amazon offered: list the slots again.`);
    const moving = state.appointment && state.appointment.status !== 'CANCELLED';
    if (moving && !reason) throw new StationError('VALIDATION', 'This shipment already has an appointment: choose why it moves.');
    return this.commit(() => {
      this.repo.updateSelfShip(planId, shipmentId, (s) => ({ ...s, pending: 'booking', booking: { slotId, ...(reason ? { reason } : {}) } }));
      this.enqueue(plan, AFTER_OPS.selfShipBook, { shipmentId });
      this.audit.record('inbound.self-ship.book', `plan:${planId}`, { shipmentId, slotId, reason: reason ?? null });
    }, planId);
  }

  selfShipCancel(planId: string, shipmentId: string, reason: SelfShipReason): AfterView {
    const plan = this.selfShipShipment(planId, shipmentId);
    const state = this.repo.selfShip(planId, shipmentId);
    if (!state.appointment || state.appointment.status === 'CANCELLED') throw new StationError('CONFLICT', 'This shipment has no appointment to cancel.');
    if (state.pending === 'booking' || state.pending === 'cancelling') throw new StationError('CONFLICT', 'The last appointment change has not reached Amazon yet.');
    return this.commit(() => {
      this.repo.updateSelfShip(planId, shipmentId, (s) => ({ ...s, pending: 'cancelling', cancelReason: reason }));
      this.enqueue(plan, AFTER_OPS.selfShipCancel, { shipmentId });
      this.audit.record('inbound.self-ship.cancel', `plan:${planId}`, { shipmentId, reason });
    }, planId);
  }
}
