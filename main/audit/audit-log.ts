import type { Db } from '../db/database';

export interface AuditEntry {
  id: number;
  at: number;
  station: string;
  operator: string | null;
  action: string;
  entity: string | null;
  details: Record<string, unknown>;
}

/**
 * Who did what at which station, when. Callers pass identifiers and counts only: never secrets, never a customer's
 * name, address or phone (those stay in the encrypted columns of their own tables).
 */
export class AuditLog {
  constructor(
    private readonly db: Db,
    private readonly who: () => { station: string; operator: string | null },
    private readonly now: () => number = Date.now,
  ) {}

  record(action: string, entity: string | null, details: Record<string, unknown> = {}): void {
    const { station, operator } = this.who();
    this.db
      .prepare('INSERT INTO audit_log (at, station, operator, action, entity, details) VALUES (?, ?, ?, ?, ?, ?)')
      .run(this.now(), station, operator, action, entity, JSON.stringify(details));
  }

  forEntity(entity: string, limit = 200): AuditEntry[] {
    return this.rows('SELECT * FROM audit_log WHERE entity = ? ORDER BY id DESC LIMIT ?', entity, limit);
  }

  recent(limit = 200): AuditEntry[] {
    return this.rows('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?', limit);
  }

  private rows(sql: string, ...params: unknown[]): AuditEntry[] {
    const rows = this.db.prepare(sql).all(...params) as (Omit<AuditEntry, 'details'> & { details: string })[];
    return rows.map((row) => ({ ...row, details: JSON.parse(row.details) as Record<string, unknown> }));
  }
}
