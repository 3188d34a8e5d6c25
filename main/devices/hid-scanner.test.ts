import { afterEach, describe, expect, it } from 'vitest';
import type { HidDeviceInfo } from './hid-scale';
import { HidScanner, findHidScanners } from './hid-scanner';
import type { DeviceStatus } from './scale-driver';
import type { ScanEvent } from './serial-scanner';
import { FakeHid } from './testing/fake-hid';
import { nextEvent } from './testing/protocol-peer';

/** A 64-byte HID POS scanned data report (id 2, length, AIM bytes, data, continuation flag in byte 63). */
function report(data: string, aim: string, more = false): number[] {
  const bytes = new Array<number>(64).fill(0);
  bytes[0] = 2;
  bytes[1] = data.length;
  [...aim].forEach((c, i) => (bytes[2 + i] = c.charCodeAt(0)));
  [...data].forEach((c, i) => (bytes[5 + i] = c.charCodeAt(0)));
  bytes[63] = more ? 1 : 0;
  return bytes;
}

const honeywellPos: HidDeviceInfo = { vendorId: 0x0c2e, productId: 0x0b87, path: '/dev/hidraw2', usagePage: 0x8c, product: 'Voyager 1250g' };
const honeywellKeyboard: HidDeviceInfo = { vendorId: 0x0c2e, productId: 0x0b81, path: '/dev/hidraw1', usagePage: 0x01 };

describe('HidScanner', () => {
  let scanner: HidScanner | undefined;
  afterEach(async () => {
    await scanner?.stop();
    scanner = undefined;
  });

  it('finds only interfaces on the scanner usage page', () => {
    const api = new FakeHid();
    api.list = [honeywellKeyboard, honeywellPos];
    expect(findHidScanners(api).map((s) => s.path)).toEqual(['/dev/hidraw2']);
  });

  it('decodes scans from reports, joining continuation reports, and reports bad reports in its status', async () => {
    const api = new FakeHid();
    api.list = [honeywellPos];
    scanner = new HidScanner(api, { vendorId: 0x0c2e });
    const s = scanner;
    const scans: ScanEvent[] = [];
    s.on('scan', (e) => scans.push(e));
    const connected = nextEvent<DeviceStatus>((l) => s.on('status', l), (st) => st.state === 'connected', 'scanner connected');
    s.start();
    await connected;
    const device = api.opened[0];
    device?.report(report('FBA15K7T2X3PU000001', ']C0'));
    device?.report(report('1Z999AA101', ']C0', true));
    device?.report(report('23456784', ']C0'));
    expect(scans.map((e) => [e.source, e.result.kind, e.result.valid])).toEqual([
      ['hid', 'fba-box', true],
      ['hid', 'tracking', true],
    ]);
    const complaint = nextEvent<DeviceStatus>((l) => s.on('status', l), (st) => (st.message ?? '').includes('report id'), 'bad report status');
    device?.report([9, 0, 0, 0, 0]);
    await complaint;
  });

  it('waits for the scanner to be plugged in', async () => {
    const api = new FakeHid();
    scanner = new HidScanner(api, {}, 20);
    const s = scanner;
    const missing = nextEvent<DeviceStatus>((l) => s.on('status', l), (st) => st.state === 'disconnected', 'no scanner');
    s.start();
    expect((await missing).message).toContain('HID POS mode');
    const connected = nextEvent<DeviceStatus>((l) => s.on('status', l), (st) => st.state === 'connected', 'plugged in');
    api.list = [honeywellPos];
    await connected;
  });
});
