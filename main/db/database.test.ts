import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DatabaseFromFutureError, latestVersion, openDatabase, schemaVersion } from './database';
import { migrations } from './migrations';
import type { Migration } from './migrations';
import { tempDir } from '../../test/support/temp-dir';

const dirs: { cleanup(): void }[] = [];
const fresh = () => {
  const dir = tempDir();
  dirs.push(dir);
  return join(dir.path, 'packbench.db');
};
afterEach(() => dirs.splice(0).forEach((d) => d.cleanup()));

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Two migrations whose second one counts how often it ran. */
const counting: Migration[] = [
  { version: 1, name: 'runs', up: (db) => db.exec('CREATE TABLE runs (n INTEGER) STRICT') },
  { version: 2, name: 'count-run', up: (db) => db.exec('INSERT INTO runs VALUES (1)') },
];

describe('openDatabase', () => {
  it('applies every migration on a new database and records the version in user_version', () => {
    const file = fresh();
    const { db, migration } = openDatabase(file);
    expect(migration.from).toBe(0);
    expect(migration.to).toBe(latestVersion());
    expect(migration.applied).toEqual(migrations.map((m) => m.name));
    expect(schemaVersion(db)).toBe(latestVersion());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('applies migrations once and only once across restarts', () => {
    const file = fresh();
    openDatabase(file, { migrations: counting }).db.close();
    const second = openDatabase(file, { migrations: counting });
    expect(second.migration.applied).toEqual([]);
    expect(second.db.prepare('SELECT count(*) AS n FROM runs').get()).toEqual({ n: 1 });
    second.db.close();
  });

  it('applies only the pending migrations of an older database', () => {
    const file = fresh();
    openDatabase(file, { migrations: counting.slice(0, 1) }).db.close();
    const { db, migration } = openDatabase(file, { migrations: counting });
    expect(migration).toEqual({ from: 1, to: 2, applied: ['count-run'] });
    db.close();
  });

  it('rolls back every pending migration when one fails', () => {
    const file = fresh();
    const broken: Migration[] = [
      ...counting,
      { version: 3, name: 'broken', up: (db) => db.exec('INSERT INTO no_such_table VALUES (1)') },
    ];
    expect(() => openDatabase(file, { migrations: broken })).toThrow(/no_such_table/);
    const raw = new Database(file);
    expect(raw.pragma('user_version', { simple: true })).toBe(0);
    expect(raw.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'runs'").get()).toEqual({ n: 0 });
    raw.close();
  });

  it('refuses a migration list with a gap', () => {
    const file = fresh();
    const gap: Migration[] = [counting[0]!, { ...counting[1]!, version: 3 }];
    expect(() => openDatabase(file, { migrations: gap })).toThrow(/expected 2/);
  });

  it('refuses a database from a newer Packbench and leaves it byte-identical', () => {
    const file = fresh();
    const future = new Database(file);
    future.exec('CREATE TABLE future_things (id TEXT) STRICT');
    future.pragma(`user_version = ${latestVersion() + 5}`);
    future.close();
    const before = sha256(file);

    let error: unknown;
    try {
      openDatabase(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatabaseFromFutureError);
    expect((error as Error).message).toMatch(/newer Packbench/);
    expect((error as DatabaseFromFutureError).found).toBe(latestVersion() + 5);
    expect(sha256(file)).toBe(before);
  });
});
