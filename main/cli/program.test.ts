import { afterEach, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { buildProgram } from './program';
import { tempDir } from '../../test/support/temp-dir';
import { latestVersion } from '../db/database';
import { PACKBENCH_VERSION } from '../core/version';

const dirs: { cleanup(): void }[] = [];
afterEach(() => {
  dirs.splice(0).forEach((d) => d.cleanup());
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

async function run(...args: string[]): Promise<string> {
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void lines.push(parts.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void lines.push(parts.join(' ')));
  const program = buildProgram().exitOverride();
  program.configureOutput({ writeOut: (s) => void lines.push(s.trim()), writeErr: (s) => void lines.push(s.trim()) });
  try {
    await program.parseAsync(['node', 'packbench', ...args]);
  } catch (error) {
    if ((error as { code?: string }).code !== 'commander.version') throw error;
  }
  return lines.join('\n');
}

describe('packbench CLI', () => {
  it('prints its version', async () => {
    expect(await run('--version')).toBe(PACKBENCH_VERSION);
  });

  it('migrates a new data directory once, then reports nothing pending', async () => {
    const dir = tempDir();
    dirs.push(dir);
    expect(await run('db', 'migrate', '--data-dir', dir.path)).toContain(`schema 0 -> ${latestVersion()}`);
    expect(await run('db', 'migrate', '--data-dir', dir.path)).toContain('applied: none');
    const report = JSON.parse(await run('db', 'check', '--data-dir', dir.path, '--json')) as Record<string, unknown>;
    expect(report).toMatchObject({ schemaVersion: latestVersion(), pendingMigrations: 0, integrity: 'ok' });
  });

  it('says when there is no database to check', async () => {
    const dir = tempDir();
    dirs.push(dir);
    expect(await run('db', 'check', '--data-dir', join(dir.path, 'nothing'))).toMatch(/No station database/);
    expect(process.exitCode).toBe(1);
  });

  it('refuses to migrate a database from a newer Packbench', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const db = new Database(join(dir.path, 'packbench.db'));
    db.pragma(`user_version = ${latestVersion() + 1}`);
    db.close();
    await expect(run('db', 'migrate', '--data-dir', dir.path)).rejects.toThrow(/newer Packbench/);
  });
});
