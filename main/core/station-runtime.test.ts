import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keyFileCipher } from '../security/secret-cipher';
import { startPracticeMarketplace, type PracticeMarketplace } from '../practice/practice-marketplace';
import type { PracticeStateView } from '../practice/practice-inspection';
import { tempDir } from '../../test/support/temp-dir';
import { practiceBaseUrl } from './practice-setup';
import { PRACTICE_STATE_FILE, startStationRuntime, type StationRuntime } from './station-runtime';

async function until(check: () => boolean, what: string, limitMs = 10_000): Promise<void> {
  const end = Date.now() + limitMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`Gave up waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('station runtime and its practice marketplace', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  const runtimeIn = async (dir: string, practiceUrl?: string): Promise<StationRuntime> => {
    const logLines: string[] = [];
    const runtime = await startStationRuntime({
      dataDir: join(dir, 'data'),
      cipher: keyFileCipher(join(dir, 'data'), join(dir, 'keys')),
      host: 'browser',
      startSync: false,
      log: (line) => void logLines.push(line),
      ...(practiceUrl ? { practiceUrl, practiceRetryMs: 50 } : {}),
    });
    cleanups.push(() => runtime.close());
    return runtime;
  };

  it('runs its own marketplace and keeps its state next to the database', async () => {
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    const runtime = await runtimeIn(dir.path);
    expect(runtime.practice).not.toBeNull();
    expect(runtime.practiceEndpoints.baseUrl).toBe(runtime.practice?.baseUrl);
    await runtime.close();
    const saved = JSON.parse(readFileSync(join(dir.path, 'data', PRACTICE_STATE_FILE), 'utf8')) as { state: { seed: number } };
    expect(saved.state.seed).toBe(runtime.practice?.seed);
  });

  it('uses a shared marketplace given by URL, and loads its catalogue once it answers', async () => {
    // A port that was free a moment ago: the shared marketplace is not there yet when the station starts.
    const probe = await startPracticeMarketplace({ seed: 1 });
    const port = Number(new URL(probe.baseUrl).port);
    await probe.close();
    const url = `http://127.0.0.1:${port}`;

    const dir = tempDir();
    cleanups.push(dir.cleanup);
    const runtime = await runtimeIn(dir.path, url);
    expect(runtime.practice).toBeNull();
    expect(runtime.practiceEndpoints).toEqual({ baseUrl: url, lwaTokenUrl: `${url}/auth/o2/token` });
    const seller = runtime.station.accounts.list().find((a) => a.practice && a.type === 'seller');
    if (!seller) throw new Error('no practice seller');
    expect(runtime.station.catalogue.count(seller.id)).toBe(0);
    expect(existsSync(join(dir.path, 'data', PRACTICE_STATE_FILE))).toBe(false);

    let shared: PracticeMarketplace | null = await startPracticeMarketplace({ seed: 4242, port });
    cleanups.push(() => shared?.close());
    await until(() => runtime.station.catalogue.count(seller.id) === shared?.catalogue.length, 'the shared catalogue reaches the station');
    expect(runtime.station.catalogue.count(seller.id)).toBe(shared.catalogue.length);

    // The inspection route answers this machine with what the marketplace holds.
    const state = (await (await fetch(`${url}/practice/state`)).json()) as PracticeStateView;
    expect(state.plans).toEqual([]);
    expect(typeof state.now).toBe('number');
    await shared.close();
    shared = null;
  });

  it('accepts only a bare marketplace address as --practice-url', () => {
    expect(practiceBaseUrl('http://127.0.0.1:4510/')).toBe('http://127.0.0.1:4510');
    expect(() => practiceBaseUrl('ftp://127.0.0.1:4510')).toThrow('--practice-url must start with http:// or https://');
    expect(() => practiceBaseUrl('not a url')).toThrow("--practice-url must be the practice marketplace's address");
    expect(() => practiceBaseUrl('http://127.0.0.1:4510/practice')).toThrow('must be only the marketplace');
  });
});
