import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DevicesState } from '../../../shared/ipc/devices';
import type { LiveReading, ScanEvent } from '../../../shared/devices/device-events';
import type { Reply } from '../../../shared/ipc/reply';
import { memoryStorage } from '../test-fixtures/storage';

/** A station stand-in on window.station: records calls, answers from a table, and lets the test push events. */
function fakeStation(answers: Record<string, (request: unknown) => Reply<unknown>>) {
  const listeners = new Map<string, ((payload: unknown) => void)[]>();
  const calls: { channel: string; request: unknown }[] = [];
  return {
    calls,
    emit(event: string, payload: unknown) {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
    api: {
      invoke(channel: string, request: unknown) {
        calls.push({ channel, request });
        const answer = answers[channel];
        return Promise.resolve(answer ? answer(request) : { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: channel } });
      },
      on(event: string, listener: (payload: unknown) => void) {
        listeners.set(event, [...(listeners.get(event) ?? []), listener]);
        return () => listeners.set(event, (listeners.get(event) ?? []).filter((l) => l !== listener));
      },
    },
  };
}

const virtualState: DevicesState = {
  scale: { settings: { kind: 'virtual', settleMs: 400, intervalMs: 200 }, status: { state: 'connected', at: 1 }, reading: null },
  scanner: null,
};

const scan = (raw: string, at: number): ScanEvent => ({ source: 'serial', result: { raw, data: raw, valid: true, kind: 'fnsku', value: raw }, at });

async function loadStore(answers: Record<string, (request: unknown) => Reply<unknown>>, storage = memoryStorage()) {
  const station = fakeStation(answers);
  vi.stubGlobal('window', { station: station.api, localStorage: storage });
  const { useDevicesStore, SCANS_KEPT } = await import('./devices-store');
  return { station, useDevicesStore, SCANS_KEPT, storage };
}

beforeEach(() => vi.resetModules());
afterEach(() => vi.unstubAllGlobals());

describe('devices store', () => {
  it('loads the station’s devices and follows readings and status events', async () => {
    const { station, useDevicesStore } = await loadStore({ 'devices:state': () => ({ ok: true, value: virtualState }) });
    await useDevicesStore.getState().load();
    expect(useDevicesStore.getState()).toMatchObject({ loaded: true, scaleSettings: { kind: 'virtual' }, scaleStatus: { state: 'connected' }, scannerSettings: null });
    const reading: LiveReading = { reading: { weight: { increments: 235, exponent: -2, unit: 'lb' }, stable: true, zero: false, condition: 'ok' }, stableWeight: { increments: 235, exponent: -2, unit: 'lb' }, at: 5 };
    station.emit('devices:reading', reading);
    expect(useDevicesStore.getState().reading).toEqual(reading);
    station.emit('devices:status', { device: 'scanner', status: { state: 'disconnected', message: 'unplugged', at: 6 } });
    expect(useDevicesStore.getState().scannerStatus).toEqual({ state: 'disconnected', message: 'unplugged', at: 6 });
    expect(useDevicesStore.getState().scaleStatus?.state).toBe('connected');
  });

  it('keeps the newest scans first and drops the oldest beyond the limit', async () => {
    const { station, useDevicesStore, SCANS_KEPT } = await loadStore({});
    for (let i = 0; i < SCANS_KEPT + 5; i++) station.emit('devices:scan', scan(`X00000000${i}`, i));
    const scans = useDevicesStore.getState().scans;
    expect(scans).toHaveLength(SCANS_KEPT);
    expect(scans[0]?.at).toBe(SCANS_KEPT + 4);
    expect(scans.at(-1)?.at).toBe(5);
    useDevicesStore.getState().addWedgeScan('036000291453');
    expect(useDevicesStore.getState().scans[0]).toMatchObject({ source: 'wedge', result: { valid: false, kind: 'upca', error: { code: 'CHECK_DIGIT' } } });
  });

  it('remembers the packer’s unit in the window', async () => {
    const storage = memoryStorage();
    const first = await loadStore({}, storage);
    expect(first.useDevicesStore.getState().displayUnit).toBeNull();
    first.useDevicesStore.getState().setDisplayUnit('kg');
    vi.resetModules();
    const second = await loadStore({}, storage);
    expect(second.useDevicesStore.getState().displayUnit).toBe('kg');
  });

  it('sends scale settings as given and surfaces the station’s refusal', async () => {
    const { station, useDevicesStore } = await loadStore({
      'devices:set-scale': (request) =>
        (request as { settings: { kind: string } }).settings.kind === 'virtual'
          ? { ok: true, value: { ...virtualState, scale: { ...virtualState.scale!, settings: { kind: 'virtual', settleMs: 50, intervalMs: 200 } } } }
          : { ok: false, error: { code: 'INVALID_REQUEST', message: 'Invalid scale settings: port.path: Too small' } },
    });
    await useDevicesStore.getState().setScale({ kind: 'virtual', settleMs: 50 });
    expect(station.calls.at(-1)).toEqual({ channel: 'devices:set-scale', request: { settings: { kind: 'virtual', settleMs: 50 } } });
    expect(useDevicesStore.getState().scaleSettings).toMatchObject({ settleMs: 50 });
    await expect(useDevicesStore.getState().setScale({ kind: 'nci', port: { path: '' } })).rejects.toThrow('Invalid scale settings: port.path: Too small');
    expect(useDevicesStore.getState().scaleSettings).toMatchObject({ kind: 'virtual', settleMs: 50 });
  });
});
