import type { InboundConflict, ConflictsSummary, ResolveConflictResult } from '../../shared/ipc/conflicts';
import { StationError } from '../core/errors';
import type { AuditLog } from '../audit/audit-log';
import type { OutboxStore } from '../sync/outbox-store';
import type { OutboxHold } from '../sync/sync-registry';
import type { InboundSyncDeps } from './sync/deps';
import { CONFLICT_HOLD_CODE, type ConflictRecord, type ConflictsRepo } from './conflicts-repo';
import { pullPlan } from './conflicts-pull';
import { applyKeepAmazon, applyKeepLocal, contradictingEntries, keepLocalOption, prepareKeepAmazon } from './conflicts-resolution';

/** Entries that never wait for a conflict: the pull that finds and settles conflicts. */
const NEVER_HELD = new Set(['inbound.refreshPlan']);

/**
 * The plan's outbox entries wait while a conflict of the plan is open, so the station never sends over a change
 * made elsewhere before the user has chosen which value stands.
 */
export function conflictHold(repo: ConflictsRepo): OutboxHold {
  return (entry) => {
    if (!entry.entity.startsWith('plan:') || NEVER_HELD.has(entry.op)) return null;
    const open = repo.open(entry.entity.slice('plan:'.length));
    if (open.length === 0) return null;
    const fields = [...new Set(open.map((c) => c.field))].join(', ');
    return {
      code: CONFLICT_HOLD_CODE,
      message: `Waiting: Amazon’s copy of this plan differs from the station’s (${fields}). Resolve the conflict on the plan screen; this entry goes once it is resolved.`,
      details: { conflictIds: open.map((c) => c.id) },
    };
  };
}

/** Conflicts between the station's plans and Amazon's copies: finding them on request and resolving them. */
export class ConflictsService {
  constructor(
    private readonly repo: ConflictsRepo,
    private readonly deps: InboundSyncDeps,
    private readonly outbox: OutboxStore,
    private readonly audit: AuditLog,
    private readonly station: () => string,
    private readonly kick: () => void,
  ) {}

  private view(conflict: ConflictRecord): InboundConflict {
    return {
      id: conflict.id,
      planId: conflict.planId,
      entityKind: conflict.entityKind,
      entityId: conflict.entityId,
      field: conflict.field,
      localValue: conflict.localValue as InboundConflict['localValue'],
      amazonValue: conflict.amazonValue as InboundConflict['amazonValue'],
      detectedAt: conflict.detectedAt,
      keepLocal: keepLocalOption(this.deps, conflict),
      keepAmazonDiscards: contradictingEntries(this.deps, conflict),
    };
  }

  list(planId?: string): InboundConflict[] {
    return this.repo.open(planId).map((c) => this.view(c));
  }

  summary(): ConflictsSummary {
    const counts = this.repo.openCounts();
    return { open: [...counts.values()].reduce((n, c) => n + c, 0), plans: [...counts].map(([planId, open]) => ({ planId, open })) };
  }

  /** Reads the plan back from Amazon now, outside the outbox's order (it must see Amazon before queued work goes). */
  async check(planId: string): Promise<{ conflicts: InboundConflict[]; merged: string[] }> {
    const plan = this.deps.requireAmazonPlan(planId);
    if (!plan) return { conflicts: [], merged: [] };
    const { merged } = await pullPlan(this.deps, this.repo, plan);
    if (this.repo.open(planId).length === 0 && this.repo.releaseHeld(planId) > 0) this.kick();
    return { conflicts: this.list(planId), merged };
  }

  async resolve(id: number, choice: 'keep_amazon' | 'keep_local', confirmDiscard: boolean): Promise<ResolveConflictResult> {
    const conflict = this.repo.get(id);
    if (!conflict) throw new StationError('NOT_FOUND', `Conflict ${id} was not found`);
    if (conflict.state !== 'open') throw new StationError('CONFLICT', `Conflict ${id} is already resolved.`);
    let discarded: number[] = [];
    if (choice === 'keep_local') {
      const option = keepLocalOption(this.deps, conflict);
      if (!option.available) throw new StationError('CONFLICT', option.reason ?? 'The station’s value cannot be sent again.');
    } else {
      const discards = contradictingEntries(this.deps, conflict);
      if (discards.length > 0 && !confirmDiscard) {
        throw new StationError('VALIDATION', `Keeping Amazon’s value discards ${discards.length} queued change(s) of this plan; confirm to go on.`, { discards });
      }
      discarded = discards.map((d) => d.id);
    }
    const remoteBoxes = choice === 'keep_amazon' ? await prepareKeepAmazon(this.deps, conflict) : null;
    const by = this.station();
    this.deps.db
      .transaction(() => {
        if (this.repo.get(id)?.state !== 'open') throw new StationError('CONFLICT', `Conflict ${id} is already resolved.`);
        if (choice === 'keep_amazon') {
          for (const entryId of discarded) this.outbox.discard(entryId);
          applyKeepAmazon(this.deps, this.outbox, conflict, remoteBoxes);
        } else {
          applyKeepLocal(this.deps, this.outbox, conflict);
        }
        this.repo.close(id, choice === 'keep_amazon' ? 'kept_amazon' : 'kept_local', by);
        this.audit.record('inbound.conflict.resolve', `plan:${conflict.planId}`, {
          conflictId: id,
          entity: `${conflict.entityKind}:${conflict.entityId}`,
          field: conflict.field,
          choice,
          discardedEntries: discarded,
        });
        if (this.repo.open(conflict.planId).length === 0) this.repo.releaseHeld(conflict.planId);
      })
      .immediate();
    this.kick();
    return { resolved: id, choice, discarded: discarded.length, remaining: this.list(conflict.planId) };
  }
}
