import { afterEach, describe, expect, it } from 'vitest';
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { openDatabase } from '../db/database';
import { gs1CheckDigit, isValidGs1Key } from '../../shared/labels/gs1';
import { SsccAllocator } from './sscc-allocator';
import { tempDir } from '../../test/support/temp-dir';

const dirs: ReturnType<typeof tempDir>[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) d.cleanup();
});

function dbFile(): string {
  const dir = tempDir();
  dirs.push(dir);
  return join(dir.path, 'packbench.db');
}

/** Allocates `n` SSCCs, each in its own transaction as a carton would be stored. */
function allocateMany(file: string, n: number, prefix = '0614141'): string[] {
  const { db } = openDatabase(file);
  const allocator = new SsccAllocator(db);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(db.transaction(() => allocator.allocate(prefix, i % 3 === 0 ? 'pallet' : 'carton'))());
  db.close();
  return out;
}

describe('SSCC serial allocator', () => {
  it('builds 18-digit SSCCs with the company prefix and a correct mod-10 check digit', () => {
    const [first] = allocateMany(dbFile(), 1);
    // Pallet (extension 1), prefix 0614141, serial 0 padded to 9 digits: GS1's worked example body 1 0614141 000000000.
    expect(first).toBe(`10614141000000000${gs1CheckDigit('10614141000000000')}`);
    expect(first).toHaveLength(18);
    expect(isValidGs1Key(first!)).toBe(true);
  });

  it('never repeats a serial across restarts of the station', () => {
    const file = dbFile();
    const issued = [...allocateMany(file, 40), ...allocateMany(file, 40), ...allocateMany(file, 40)];
    expect(new Set(issued).size).toBe(120);
    expect(issued.every(isValidGs1Key)).toBe(true);
    // Serial references run on from where the last run stopped.
    expect(issued.map((s) => Number(s.slice(8, 17)))).toEqual(Array.from({ length: 120 }, (_, i) => i));
  });

  it('keeps separate counters per company prefix', () => {
    const file = dbFile();
    const a = allocateMany(file, 3, '0614141');
    const b = allocateMany(file, 3, '123456789012');
    expect(b.map((s) => s.slice(1, 13))).toEqual(['123456789012', '123456789012', '123456789012']);
    expect(b.map((s) => Number(s.slice(13, 17)))).toEqual([0, 1, 2]);
    expect(new Set([...a, ...b]).size).toBe(6);
  });

  it('gives a serial back when the container it was for is not stored, so the counter matches what was issued', () => {
    const { db } = openDatabase(dbFile());
    const allocator = new SsccAllocator(db);
    expect(() =>
      db.transaction(() => {
        allocator.allocate('0614141', 'carton');
        throw new Error('carton insert failed');
      })(),
    ).toThrow('carton insert failed');
    expect(allocator.next('0614141')).toBe(0);
    expect(() => allocator.allocate('0614141', 'carton')).toThrow(/inside the transaction/);
    db.close();
  });

  it('refuses to go past the last serial a prefix allows instead of wrapping around', () => {
    const { db } = openDatabase(dbFile());
    const allocator = new SsccAllocator(db);
    db.prepare('INSERT INTO sscc_serials (company_prefix, next_serial) VALUES (?, ?)').run('123456789012', 9999);
    expect(db.transaction(() => allocator.allocate('123456789012', 'carton'))().slice(13, 17)).toBe('9999');
    expect(() => db.transaction(() => allocator.allocate('123456789012', 'carton'))()).toThrow(/Every SSCC serial of company prefix 123456789012 is used/);
    db.close();
  });

  it('loses no committed serial when the process is killed mid-run', async () => {
    const file = dbFile();
    allocateMany(file, 1);
    // A child allocates in a loop and reports each committed SSCC; it is killed without closing the database.
    const child = fork(join(__dirname, 'sscc-allocator.child.ts'), [file], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const reported: string[] = [];
    await new Promise<void>((resolve, reject) => {
      child.on('message', (m) => {
        reported.push(String(m));
        if (reported.length === 25) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
      child.on('error', reject);
    });
    const after = allocateMany(file, 10);
    expect(reported.length).toBeGreaterThanOrEqual(25);
    expect(after.filter((s) => reported.includes(s))).toEqual([]);
    expect(new Set([...reported, ...after]).size).toBe(reported.length + after.length);
  });
});
