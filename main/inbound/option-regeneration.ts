import type { RegenerateOptionsResult } from '../../shared/ipc/conflicts';
import { StationError } from '../core/errors';
import type { AuditLog } from '../audit/audit-log';
import type { OutboxStore } from '../sync/outbox-store';
import type { InboundRepo, PlanRow } from './inbound-repo';
import { REGENERATION_OPS } from './sync/regenerate-handlers';

export type RegenerateKind = 'packing' | 'placement' | 'transport';

/** Confirmations (and the reads that follow them) a regeneration makes moot: they name options that are going away. */
const MOOT_OPS: Record<RegenerateKind, readonly string[]> = {
  packing: ['inbound.confirmPackingOption'],
  placement: ['inbound.confirmPlacement', 'inbound.fetchShipments'],
  transport: ['inbound.confirmDeliveryWindow', 'inbound.confirmTransportation', 'inbound.fetchShipments'],
};

/**
 * "Regenerate" for expired options: one local transaction that drops the old choice, discards the confirmation that
 * named it (it failed or would fail as expired) and queues generate + list again. The reply says which choice is gone.
 */
export class OptionRegeneration {
  constructor(
    private readonly repo: InboundRepo,
    private readonly outbox: OutboxStore,
    private readonly audit: AuditLog,
    private readonly kick: () => void,
  ) {}

  private get db() {
    return this.repo.db;
  }

  private enqueue(plan: PlanRow, op: string, payload: Record<string, unknown> = {}): void {
    this.outbox.enqueue({ accountId: plan.account_id, entity: `plan:${plan.id}`, op, payload: { planId: plan.id, ...payload } });
  }

  regenerate(planId: string, kind: RegenerateKind): RegenerateOptionsResult {
    const result = this.db
      .transaction((): RegenerateOptionsResult => {
        const plan = this.repo.plan(planId);
        if (!plan.amazon_plan_id) throw new StationError('CONFLICT', 'The plan is not on Amazon yet; its first options are still being generated.');
        if (plan.step === 'cancelled' || plan.step === 'shipped') throw new StationError('CONFLICT', `The plan is ${plan.step}; it has no options to regenerate.`);
        const entries = this.db
          .prepare(`SELECT id, op, state, in_doubt FROM outbox WHERE entity = ? AND state IN ('pending', 'waiting', 'failed', 'done') ORDER BY id`)
          .all(`plan:${planId}`) as { id: number; op: string; state: string; in_doubt: number }[];
        const confirmedOnAmazon = (op: string) => entries.some((e) => e.op === op && e.state === 'done');
        if (kind === 'packing' && confirmedOnAmazon('inbound.confirmPackingOption')) throw new StationError('CONFLICT', 'The packing option is confirmed on Amazon; packing options cannot be generated again.');
        if (kind === 'placement' && confirmedOnAmazon('inbound.confirmPlacement')) throw new StationError('CONFLICT', 'Placement is confirmed on Amazon; its options cannot be generated again.');
        const moot = entries.filter((e) => e.state !== 'done' && MOOT_OPS[kind].includes(e.op));
        if (moot.some((e) => e.state === 'waiting' || e.in_doubt === 1)) {
          throw new StationError('CONFLICT', 'A confirmation of these options is on its way to Amazon; wait for its outcome before regenerating.');
        }
        if (entries.some((e) => e.op === REGENERATION_OPS.regenerate && (e.state === 'pending' || e.state === 'waiting'))) {
          throw new StationError('CONFLICT', 'New options are already being generated for this plan.');
        }
        let previous: string | null = null;
        if (kind === 'packing') {
          if (plan.flow !== 'pack_first' || !['choose_packing', 'packing'].includes(plan.step)) throw new StationError('CONFLICT', `Packing options are regenerated before packing is submitted (now: ${plan.step}).`);
          if (this.repo.boxes(planId).length > 0) {
            throw new StationError('CONFLICT', 'Boxes are already packed for the current packing groups; new packing options would give new groups. Delete the boxes first.');
          }
          previous = plan.packing_option_id;
          this.repo.touch(planId, { packing_option_id: null, step: 'choose_packing' });
        } else if (kind === 'placement') {
          const confirmed = this.db.prepare('SELECT 1 FROM inbound_shipments WHERE plan_id = ? AND confirmation_id IS NOT NULL LIMIT 1').get(planId);
          if (confirmed) throw new StationError('CONFLICT', 'Placement is confirmed on Amazon; its options cannot be generated again.');
          const allowed = plan.flow === 'pack_first' ? ['placement', 'transport'] : ['placement', 'packing'];
          if (!allowed.includes(plan.step)) throw new StationError('CONFLICT', `Placement options are regenerated at the placement step (now: ${plan.step}).`);
          if (plan.flow === 'place_first' && this.repo.boxes(planId).length > 0) {
            throw new StationError('CONFLICT', 'Boxes are already packed for the current shipments; new placement options would give new shipments. Delete the boxes first.');
          }
          previous = plan.placement_option_id;
          this.db.prepare('UPDATE inbound_placement_options SET status = ? WHERE plan_id = ?').run('EXPIRED', planId);
          this.repo.touch(planId, { placement_option_id: null, step: 'placement' });
        } else {
          if (!plan.placement_option_id || !['transport', 'labels'].includes(plan.step)) throw new StationError('CONFLICT', `Transportation options are regenerated at the transport step (now: ${plan.step}).`);
          if (entries.some((e) => e.op === 'inbound.confirmTransportation' && e.state === 'done')) {
            throw new StationError('CONFLICT', 'Transportation is confirmed on Amazon; its options cannot be generated again.');
          }
          const chosen = this.db.prepare('SELECT transportation_option_id FROM inbound_shipments WHERE plan_id = ? AND transportation_option_id IS NOT NULL').all(planId) as { transportation_option_id: string }[];
          previous = chosen.map((c) => c.transportation_option_id).join(', ') || null;
          this.db.prepare('UPDATE inbound_shipments SET transportation_option_id = NULL, delivery_window_option_id = NULL WHERE plan_id = ?').run(planId);
          this.repo.touch(planId, { step: 'transport' });
        }
        for (const entry of moot) this.outbox.discard(entry.id);
        if (kind === 'packing') {
          this.enqueue(plan, REGENERATION_OPS.regenerate, { kind: 'packing' });
          this.enqueue(plan, 'inbound.fetchPackingOptions');
        } else if (kind === 'placement') {
          this.enqueue(plan, REGENERATION_OPS.regenerate, { kind: 'placement' });
          this.enqueue(plan, REGENERATION_OPS.replace, { kind: 'placement' });
          if (plan.flow === 'pack_first') this.enqueue(plan, 'inbound.exploreTransport');
        } else {
          this.enqueue(plan, REGENERATION_OPS.regenerate, { kind: 'transport' });
          const shipments = this.db.prepare('SELECT shipment_id FROM inbound_shipments WHERE plan_id = ? AND placement_option_id = ? ORDER BY shipment_id').all(planId, plan.placement_option_id) as { shipment_id: string }[];
          for (const s of shipments) this.enqueue(plan, REGENERATION_OPS.regenerate, { kind: 'deliveryWindow', shipmentId: s.shipment_id });
          this.enqueue(plan, REGENERATION_OPS.replace, { kind: 'transport' });
        }
        this.audit.record('inbound.options.regenerate', `plan:${planId}`, { kind, previousChoice: previous, discardedEntries: moot.map((e) => e.id) });
        return { planId, kind, previousChoice: previous, discarded: moot.length };
      })
      .immediate();
    this.kick();
    return result;
  }
}
