import type { Db } from '../db/database';

export type ConflictEntityKind = 'plan' | 'shipment' | 'box';
export type ConflictField = 'name' | 'status' | 'packingOption' | 'placementOption' | 'placementOptions' | 'boxes' | 'tracking' | 'shipmentName';
export type ConflictState = 'open' | 'kept_amazon' | 'kept_local' | 'settled';

export interface ConflictRecord {
  id: number;
  planId: string;
  entityKind: ConflictEntityKind;
  entityId: string;
  field: ConflictField;
  localValue: unknown;
  amazonValue: unknown;
  state: ConflictState;
  detectedAt: number;
  updatedAt: number;
  resolvedAt: number | null;
  resolvedBy: string | null;
}

interface Row {
  id: number;
  plan_id: string;
  entity_kind: ConflictEntityKind;
  entity_id: string;
  field: ConflictField;
  local_value: string;
  amazon_value: string;
  state: ConflictState;
  detected_at: number;
  updated_at: number;
  resolved_at: number | null;
  resolved_by: string | null;
}

function toRecord(row: Row): ConflictRecord {
  return {
    id: row.id,
    planId: row.plan_id,
    entityKind: row.entity_kind,
    entityId: row.entity_id,
    field: row.field,
    localValue: JSON.parse(row.local_value) as unknown,
    amazonValue: JSON.parse(row.amazon_value) as unknown,
    state: row.state,
    detectedAt: row.detected_at,
    updatedAt: row.updated_at,
    resolvedAt: row.resolved_at,
    resolvedBy: row.resolved_by,
  };
}

/** The outbox error code of an entry held back by an open conflict of its plan. */
export const CONFLICT_HOLD_CODE = 'HELD_CONFLICT';

/** SQL of inbound conflicts and of the last Amazon values seen. Writes run in the caller's transaction. */
export class ConflictsRepo {
  constructor(
    readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a conflict, or updates the open one of the same field with Amazon's latest value. */
  record(input: { planId: string; entityKind: ConflictEntityKind; entityId: string; field: ConflictField; localValue: unknown; amazonValue: unknown }): ConflictRecord {
    const at = this.now();
    const open = this.db
      .prepare(`SELECT * FROM inbound_conflicts WHERE plan_id = ? AND entity_kind = ? AND entity_id = ? AND field = ? AND state = 'open'`)
      .get(input.planId, input.entityKind, input.entityId, input.field) as Row | undefined;
    if (open) {
      this.db
        .prepare('UPDATE inbound_conflicts SET local_value = ?, amazon_value = ?, updated_at = ? WHERE id = ?')
        .run(JSON.stringify(input.localValue ?? null), JSON.stringify(input.amazonValue ?? null), at, open.id);
      return this.get(open.id)!;
    }
    const info = this.db
      .prepare(
        `INSERT INTO inbound_conflicts (plan_id, entity_kind, entity_id, field, local_value, amazon_value, state, detected_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?)`,
      )
      .run(input.planId, input.entityKind, input.entityId, input.field, JSON.stringify(input.localValue ?? null), JSON.stringify(input.amazonValue ?? null), at, at);
    return this.get(Number(info.lastInsertRowid))!;
  }

  get(id: number): ConflictRecord | null {
    const row = this.db.prepare('SELECT * FROM inbound_conflicts WHERE id = ?').get(id) as Row | undefined;
    return row ? toRecord(row) : null;
  }

  open(planId?: string): ConflictRecord[] {
    const rows = planId
      ? (this.db.prepare(`SELECT * FROM inbound_conflicts WHERE plan_id = ? AND state = 'open' ORDER BY id`).all(planId) as Row[])
      : (this.db.prepare(`SELECT * FROM inbound_conflicts WHERE state = 'open' ORDER BY id`).all() as Row[]);
    return rows.map(toRecord);
  }

  /** The open conflict on one shipment's or box's field, if any. */
  openOn(planId: string, field: ConflictField, entityId: string): ConflictRecord | null {
    const row = this.db.prepare(`SELECT * FROM inbound_conflicts WHERE plan_id = ? AND field = ? AND entity_id = ? AND state = 'open' LIMIT 1`).get(planId, field, entityId) as Row | undefined;
    return row ? toRecord(row) : null;
  }

  openField(planId: string, field: ConflictField): ConflictRecord | null {
    const row = this.db.prepare(`SELECT * FROM inbound_conflicts WHERE plan_id = ? AND field = ? AND state = 'open' ORDER BY id LIMIT 1`).get(planId, field) as Row | undefined;
    return row ? toRecord(row) : null;
  }

  /** Open conflicts per plan, for the plans list and the status bar. */
  openCounts(): Map<string, number> {
    const rows = this.db.prepare(`SELECT plan_id, count(*) AS n FROM inbound_conflicts WHERE state = 'open' GROUP BY plan_id`).all() as { plan_id: string; n: number }[];
    return new Map(rows.map((r) => [r.plan_id, r.n]));
  }

  close(id: number, state: Exclude<ConflictState, 'open'>, by: string | null): void {
    const at = this.now();
    this.db.prepare(`UPDATE inbound_conflicts SET state = ?, resolved_at = ?, resolved_by = ?, updated_at = ? WHERE id = ? AND state = 'open'`).run(state, at, by, at, id);
  }

  seen(planId: string, key: string): unknown {
    const row = this.db.prepare('SELECT value FROM inbound_remote_seen WHERE plan_id = ? AND field_key = ?').get(planId, key) as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as unknown) : undefined;
  }

  setSeen(planId: string, key: string, value: unknown): void {
    this.db
      .prepare(
        `INSERT INTO inbound_remote_seen (plan_id, field_key, value, seen_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (plan_id, field_key) DO UPDATE SET value = excluded.value, seen_at = excluded.seen_at`,
      )
      .run(planId, key, JSON.stringify(value ?? null), this.now());
  }

  /** Lets a plan's entries held back by conflicts go now. */
  releaseHeld(planId: string): number {
    return this.db
      .prepare(
        `UPDATE outbox SET next_attempt_at = ?, last_error = NULL, updated_at = ?
         WHERE entity = ? AND state = 'pending' AND json_extract(last_error, '$.code') = ?`,
      )
      .run(this.now(), this.now(), `plan:${planId}`, CONFLICT_HOLD_CODE).changes;
  }
}
