import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrations as allMigrations, type Migration } from './migrations';

export type Db = Database.Database;

export class DatabaseFromFutureError extends Error {
  constructor(
    readonly file: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `The station database ${file} was written by a newer Packbench (schema ${found}; this version understands up to ${supported}). ` +
        'It has been left untouched. Install the newer Packbench, or start this one with another data directory.',
    );
    this.name = 'DatabaseFromFutureError';
  }
}

export interface MigrationResult {
  from: number;
  to: number;
  applied: string[];
}

export function latestVersion(migrations: readonly Migration[] = allMigrations): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.name} has version ${m.version}; expected ${i + 1}`);
  });
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies every pending migration in one transaction. A database from the future is refused before anything is written. */
export function migrate(db: Db, file: string, migrations: readonly Migration[] = allMigrations): MigrationResult {
  assertOrdered(migrations);
  const latest = latestVersion(migrations);
  const from = schemaVersion(db);
  if (from > latest) throw new DatabaseFromFutureError(file, from, latest);
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from, applied: [] };
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
  return { from, to: latest, applied: pending.map((m) => m.name) };
}

export interface OpenOptions {
  migrations?: readonly Migration[];
  /** Check only: refuse a future database but do not apply pending migrations. */
  migrate?: boolean;
}

/**
 * Opens the station database. The version is read before any pragma that
 * writes (WAL switches the header), so a database from the future stays
 * byte-identical.
 */
export function openDatabase(file: string, options: OpenOptions = {}): { db: Db; migration: MigrationResult } {
  const migrations = options.migrations ?? allMigrations;
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    const found = schemaVersion(db);
    const latest = latestVersion(migrations);
    if (found > latest) throw new DatabaseFromFutureError(file, found, latest);
    db.pragma('journal_mode = WAL');
    // FULL: a committed scan survives a power cut, not only a crash.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const migration =
      options.migrate === false ? { from: found, to: found, applied: [] } : migrate(db, file, migrations);
    return { db, migration };
  } catch (error) {
    db.close();
    throw error;
  }
}
