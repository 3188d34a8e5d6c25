import { afterEach, describe, expect, it } from 'vitest';
import { testStation } from '../../test/support/station';
import type { LiveReading } from '../../shared/devices/device-events';
import { join } from 'node:path';
import { createStation } from '../core/station';
import { keyFileCipher } from '../security/secret-cipher';
import { tempDir } from '../../test/support/temp-dir';

const ctx = { origin: 'test' as const };
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

describe('station devices over IPC', () => {
  it('starts on the virtual scale and pushes its settled weight to the windows', async () => {
    const { station, cleanup } = testStation();
    cleanups.push(cleanup);
    await station.devices.start();
    const readings: LiveReading[] = [];
    station.events.subscribe((event, payload) => {
      if (event === 'devices:reading') readings.push(payload as LiveReading);
    });
    expect(await station.dispatch('devices:virtual-weight', { text: '12.34', unit: 'lb' }, ctx)).toEqual({ ok: true, value: { accepted: true } });
    await expect.poll(() => readings.find((r) => r.stableWeight !== null)?.stableWeight, { timeout: 5000 }).toEqual({ increments: 1234, exponent: -2, unit: 'lb' });
    const state = await station.dispatch('devices:state', {}, ctx);
    expect(state).toMatchObject({ ok: true, value: { scale: { settings: { kind: 'virtual' }, status: { state: 'connected' } }, scanner: null } });
  });

  it('refuses a weight that is not a number, and scale settings that make no sense', async () => {
    const { station, cleanup } = testStation();
    cleanups.push(cleanup);
    await station.devices.start();
    expect(await station.dispatch('devices:virtual-weight', { text: '12,3x', unit: 'kg' }, ctx)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await station.dispatch('devices:set-scale', { settings: { kind: 'mt-sics', port: { path: '' } } }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST', message: expect.stringContaining('Invalid scale settings') },
    });
  });

  it('remembers the chosen scale across a restart of the station core', async () => {
    const dir = tempDir();
    cleanups.push(async () => dir.cleanup());
    const open = () => createStation({ dataDir: join(dir.path, 'data'), cipher: keyFileCipher(join(dir.path, 'data'), join(dir.path, 'keys')), host: 'browser', startSync: false, log: () => undefined });
    const first = open();
    await first.devices.start();
    expect(await first.dispatch('devices:set-scale', { settings: { kind: 'virtual', settleMs: 50 } }, ctx)).toMatchObject({ ok: true });
    await first.close();
    const second = open();
    cleanups.push(() => second.close());
    await second.devices.start();
    expect(second.devices.state().scale?.settings).toMatchObject({ kind: 'virtual', settleMs: 50 });
  });
});
