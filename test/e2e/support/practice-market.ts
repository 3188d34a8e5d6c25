/**
 * A practice marketplace the e2e tests run beside the station, so they can check the marketplace side of a flow and
 * cut the network half way.
 *
 * Usage — the `test` exported here gives every test a `market` and a `host` whose practice accounts use it:
 *
 *   import { test, expect } from './support/practice-market';
 *   test('…', async ({ page, host, market }) => {
 *     …drive the UI…
 *     await market.stop();            // SIGTERM: the marketplace saves its state and goes away (station sees offline)
 *     …keep packing…
 *     await market.start();           // same port, same state file: the station comes back online by itself
 *     const state = await market.inspect();   // PracticeStateView: plans, boxes, contents, weights, tracking,
 *                                             // DF confirmations, ASNs, MCF orders, call counts
 *   });
 *
 * Or by hand: `const market = await startPracticeMarket({ asyncDelayMs: 200 })`, then
 * `startHost({ practiceUrl: market.url })`, and `market.dispose()` at the end.
 * The marketplace is `node bin/packbench.mjs practice serve` (the built CLI), on a fixed free port with its state in a
 * temporary file; `inspect()` reads `GET /practice/state`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as hostTest, startHost, type RunningHost } from './station-host';
import type { PracticeStateView } from '../../../main/practice/practice-inspection';

export type { PracticeStateView, PlanStateView, BoxStateView } from '../../../main/practice/practice-inspection';

const root = resolve(__dirname, '../../..');

export interface PracticeMarketOptions {
  /** Seed of the catalogue, orders and identifiers (default: a fixed one, so runs are alike). */
  seed?: number;
  /** How long asynchronous operations stay in progress (default 800 ms, as the station's own practice marketplace). */
  asyncDelayMs?: number;
  /** Enforce the official rate limits (default true, as at Amazon). */
  rateLimits?: boolean;
}

export interface PracticeMarket {
  /** The marketplace's address, for `startHost({ practiceUrl })`. */
  readonly url: string;
  readonly port: number;
  readonly statePath: string;
  readonly running: boolean;
  /** Starts it again on the same port with the same state file (after `stop()`). */
  start(): Promise<void>;
  /** Stops it with SIGTERM and waits until it has saved its state and exited. */
  stop(): Promise<void>;
  /** What the marketplace holds now. */
  inspect(): Promise<PracticeStateView>;
  /** Stops it if running and removes its state folder. */
  dispose(): Promise<void>;
}

/** A port that is free now; the marketplace keeps it across its restarts. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0 }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function launch(args: string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(root, 'bin/packbench.mjs'), 'practice', 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolveChild, reject) => {
    const timer = setTimeout(() => reject(new Error(`The practice marketplace did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/"baseUrl": "http:\/\/127\.0\.0\.1:\d+"/.test(output)) {
        clearTimeout(timer);
        resolveChild(child);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The practice marketplace exited with ${code}:\n${output}`));
    });
  });
}

export async function startPracticeMarket(options: PracticeMarketOptions = {}): Promise<PracticeMarket> {
  const dir = mkdtempSync(join(tmpdir(), 'packbench-market-'));
  const statePath = join(dir, 'practice-marketplace.json');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const args = [
    '--port', String(port),
    '--state', statePath,
    '--seed', String(options.seed ?? 20261130),
    '--async-delay-ms', String(options.asyncDelayMs ?? 800),
    ...(options.rateLimits === false ? ['--no-rate-limits'] : []),
  ];
  let child: ChildProcess | null = null;

  const stop = async (): Promise<void> => {
    const running = child;
    if (!running) return;
    child = null;
    if (running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise<void>((r) => running.once('exit', () => r()));
    running.kill('SIGTERM');
    await exited;
  };
  const market: PracticeMarket = {
    url,
    port,
    statePath,
    get running() {
      return child !== null;
    },
    async start() {
      if (child) throw new Error('The practice marketplace is already running');
      child = await launch(args);
    },
    stop,
    async inspect() {
      const res = await fetch(`${url}/practice/state`);
      if (!res.ok) throw new Error(`GET /practice/state answered ${res.status}: ${await res.text()}`);
      return (await res.json()) as PracticeStateView;
    },
    async dispose() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await market.start();
  return market;
}

/** Every test gets a practice marketplace of its own and a station whose practice accounts use it. */
export const test = hostTest.extend<{ market: PracticeMarket; host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their dependencies, and this one has none
  market: async ({}, use) => {
    const market = await startPracticeMarket();
    await use(market);
    await market.dispose();
  },
  host: async ({ market }, use) => {
    const host = await startHost({ practiceUrl: market.url });
    await use(host);
    await host.stop();
  },
});

export { expect } from '@playwright/test';
