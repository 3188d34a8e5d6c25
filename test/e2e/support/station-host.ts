import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base } from '@playwright/test';

const root = resolve(__dirname, '../../..');

export interface RunningHost {
  url: string;
  origin: string;
  dataDir: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export interface HostOptions {
  /** A practice marketplace served apart (see practice-market.ts) instead of the station's own. */
  practiceUrl?: string;
}

/** Starts the built browser host (out/main/host.js) on a fresh data and key folder, as a station would run it. */
export async function startHost(options: HostOptions = {}): Promise<RunningHost> {
  const dir = mkdtempSync(join(tmpdir(), 'packbench-e2e-'));
  const dataDir = join(dir, 'data');
  const args = [join(root, 'out/main/host.js'), '--data-dir', dataDir, '--no-open', ...(options.practiceUrl ? ['--practice-url', options.practiceUrl] : [])];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, PACKBENCH_KEY_DIR: join(dir, 'keys'), PACKBENCH_NO_OPEN: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`Browser host did not print its URL:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]!);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`Browser host exited with ${code}:\n${output}`)));
  });
  return {
    url,
    origin: new URL(url).origin,
    dataDir,
    process: child,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every test gets its own station: a fresh data directory and a fresh host process. */
export const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their dependencies, and this one has none
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
  },
});

export { expect } from '@playwright/test';
