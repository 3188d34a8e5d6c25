import { afterEach, describe, expect, it } from 'vitest';
import { StationError } from '../core/errors';
import { DevicesService, type DevicesEvents } from './devices-service';
import type { HidApi } from './hid-scale';
import { nextEvent } from './testing/protocol-peer';
import { MemoryPorts } from './testing/memory-link';
import { FakeHid } from './testing/fake-hid';

const port = { path: '/dev/ttyUSB0' };

function waitForEvent<K extends keyof DevicesEvents & string>(service: DevicesService, event: K, match: (p: DevicesEvents[K]) => boolean, what: string) {
  return nextEvent<DevicesEvents[K]>((l) => service.on(event, l), match, what);
}

describe('DevicesService', () => {
  let service: DevicesService | undefined;
  afterEach(async () => {
    await service?.close();
    service = undefined;
  });

  it('connects the virtual scale by settings and streams its readings; setting a weight needs the virtual scale', async () => {
    service = new DevicesService({ openSerialLink: new MemoryPorts().open });
    await service.connectScale({ kind: 'virtual', settleMs: 0, intervalMs: 50 });
    const s = service;
    const taken = waitForEvent(s, 'reading', (r) => r.stableWeight?.increments === 1200, 'virtual weight');
    service.setVirtualWeight('1.200', 'kg');
    expect((await taken).stableWeight).toEqual({ increments: 1200, exponent: -3, unit: 'kg' });
    expect(service.scaleState()).toMatchObject({ kind: 'virtual', status: { state: 'connected' } });
    expect(service.currentReading()?.stableWeight?.increments).toBe(1200);
    expect(() => service?.setVirtualWeight('abc', 'kg')).toThrow(/not a weight/);
  });

  it('switching to an MT-SICS scale stops the virtual one and polls the port', async () => {
    const ports = new MemoryPorts();
    ports.present.add(port.path);
    service = new DevicesService({ openSerialLink: ports.open });
    await service.connectScale({ kind: 'virtual' });
    const s = service;
    const connected = waitForEvent(s, 'status', (e) => e.device === 'scale' && e.status.state === 'connected', 'mt-sics connected');
    await service.connectScale({ kind: 'mt-sics', port, pollMs: 20 });
    await connected;
    expect(() => service?.setVirtualWeight('1', 'kg')).toThrow(StationError);
    const link = ports.links[0];
    const reading = waitForEvent(s, 'reading', () => true, 'mt-sics reading');
    link?.deliver('S S      3.50 lb');
    expect((await reading).stableWeight).toEqual({ increments: 350, exponent: -2, unit: 'lb' });
    expect(link?.framing).toEqual({ delimiter: '\r\n' });
    expect(link?.written.every((w) => w === 'SI\r\n')).toBe(true);
  });

  it('a serial scanner waits for its port to appear, then its scans and wedge scans share one stream', async () => {
    const ports = new MemoryPorts();
    service = new DevicesService({ openSerialLink: ports.open, retryMs: 20 });
    const s = service;
    const waiting = waitForEvent(s, 'status', (e) => e.device === 'scanner' && e.status.state === 'disconnected', 'scanner missing');
    await service.connectScanner({ kind: 'serial', port: { path: '/dev/ttyACM0' }, terminator: 'crlf' });
    expect((await waiting).status.message).toContain('No such file');
    const connected = waitForEvent(s, 'status', (e) => e.device === 'scanner' && e.status.state === 'connected', 'scanner plugged in');
    ports.present.add('/dev/ttyACM0');
    await connected;
    const serialScan = waitForEvent(s, 'scan', (e) => e.source === 'serial', 'serial scan');
    ports.links[0]?.deliver('X001ABCDEF');
    expect((await serialScan).result).toMatchObject({ kind: 'fnsku', valid: true });
    expect(service.reportWedgeScan('B07XYZ1234').result).toMatchObject({ kind: 'asin', valid: true });
  });

  it('a HID POS scanner by settings: its scans reach the same stream', async () => {
    const hid = new FakeHid();
    hid.list = [{ vendorId: 0x0c2e, productId: 0x0b87, path: 'hid-scan', usagePage: 0x8c }];
    service = new DevicesService({ loadHidApi: async () => hid });
    expect((await service.listHidScanners()).map((s) => s.path)).toEqual(['hid-scan']);
    const s = service;
    const connected = waitForEvent(s, 'status', (e) => e.device === 'scanner' && e.status.state === 'connected', 'hid scanner');
    await service.connectScanner({ kind: 'hid', vendorId: 0x0c2e });
    await connected;
    const scan = waitForEvent(s, 'scan', (e) => e.source === 'hid', 'hid scan');
    // report id 2, 10 data bytes, no AIM identifier
    hid.opened[0]?.report([2, 10, 0, 0, 0, ...Buffer.from('X001ABCDEF')]);
    expect((await scan).result).toMatchObject({ kind: 'fnsku', value: 'X001ABCDEF' });
  });

  it('invalid settings are VALIDATION errors naming the field; a bad continuous pattern too', async () => {
    service = new DevicesService({ openSerialLink: new MemoryPorts().open });
    await expect(service.connectScale({ kind: 'nci', port: { path: '' } })).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('port.path') });
    await expect(service.connectScale({ kind: 'continuous', port, pattern: '(?<weight>\\d+' })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(service.zeroScale()).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });

  it('lists HID scales through the injected API, and reports a missing native module plainly', async () => {
    const api: HidApi = {
      devices: () => [{ vendorId: 0x0922, productId: 0x8003, path: 'p1', usagePage: 0x8d }],
      open: () => {
        throw new Error('not in this test');
      },
    };
    service = new DevicesService({ loadHidApi: async () => api });
    expect(await service.listHidScales()).toEqual([{ path: 'p1', vendorId: 0x0922, productId: 0x8003, vendor: 'Dymo' }]);
    const broken = new DevicesService({
      loadHidApi: async () => {
        throw new Error('node-hid.node: cannot open shared object file');
      },
    });
    await expect(broken.listHidScales()).rejects.toMatchObject({ code: 'UNAVAILABLE', message: expect.stringContaining('USB scale support is unavailable') });
  });
});
