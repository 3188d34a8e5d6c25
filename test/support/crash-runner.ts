import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { decodeEvent, type ChildEvent } from './crash-script';

const root = resolve(__dirname, '../..');

/**
 * Bundles the child once, so each of the many restarts loads one file instead of compiling the station's sources
 * again. It sits under node_modules so that its imports of packages resolve as the sources' do.
 */
export async function bundleChild(): Promise<{ file: string; remove(): void }> {
  const cache = join(root, 'node_modules', '.cache');
  // A fresh install has no cache folder yet.
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'packbench-crash-'));
  const file = join(dir, 'crash-child.mjs');
  await build({
    entryPoints: [resolve(__dirname, 'crash-child.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface ChildConfig {
  /** The bundled child (see bundleChild). */
  script: string;
  seed: number;
  dataDir: string;
  keyDir: string;
  baseUrl: string;
  lwaUrl: string;
}

/** One life of the crash child: its events as they arrive, and a way to wait for one or kill it. */
export class ChildRun {
  readonly process: ChildProcess;
  readonly events: ChildEvent[] = [];
  readonly stderr: string[] = [];
  readonly startedAt = Date.now();
  exitCode: number | null = null;
  signal: NodeJS.Signals | null = null;
  readonly exited: Promise<void>;
  private waiters = new Set<() => void>();

  constructor(config: ChildConfig, onEvent: (event: ChildEvent) => void) {
    this.process = spawn(process.execPath, [config.script], {
      cwd: root,
      env: {
        ...process.env,
        CRASH_SEED: String(config.seed),
        CRASH_DATA_DIR: config.dataDir,
        CRASH_KEY_DIR: config.keyDir,
        CRASH_BASE_URL: config.baseUrl,
        CRASH_LWA_URL: config.lwaUrl,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    createInterface({ input: this.process.stdout! }).on('line', (line) => {
      const event = decodeEvent(line);
      if (!event) return;
      this.events.push(event);
      onEvent(event);
      this.notify();
    });
    createInterface({ input: this.process.stderr! }).on('line', (line) => {
      this.stderr.push(line);
      if (this.stderr.length > 40) this.stderr.shift();
    });
    this.exited = new Promise((done) => {
      // 'close' rather than 'exit': it comes once the child's output has been read to the end, so no event is missed.
      this.process.once('close', (code, signal) => {
        this.exitCode = code;
        this.signal = signal;
        this.notify();
        done();
      });
    });
  }

  get alive(): boolean {
    return this.exitCode === null && this.signal === null;
  }

  get phase(): string {
    const last = [...this.events].reverse().find((e) => e.type === 'phase' || e.type === 'ready');
    return last?.type === 'phase' ? last.phase : last ? 'ready' : 'startup';
  }

  count(type: ChildEvent['type']): number {
    return this.events.filter((e) => e.type === type).length;
  }

  /** Resolves once `condition` holds or the child has exited, whichever comes first. */
  until(condition: () => boolean): Promise<void> {
    return new Promise((done) => {
      const check = () => {
        if (condition() || !this.alive) {
          this.waiters.delete(check);
          done();
        }
      };
      this.waiters.add(check);
      check();
    });
  }

  async kill(): Promise<void> {
    if (this.alive) this.process.kill('SIGKILL');
    await this.exited;
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
