import { afterEach, describe, expect, it } from 'vitest';
import { HID_FIXTURES } from '../../shared/scale/fixtures/hid-reports';
import { HidScale, findHidScales, selectHidScale, type HidDeviceInfo } from './hid-scale';
import { FakeHid, FakeHidDevice as FakeDevice } from './testing/fake-hid';
import type { DeviceStatus, LiveReading } from './scale-driver';
import { nextEvent } from './testing/protocol-peer';

const dymoM25: HidDeviceInfo = { vendorId: 0x0922, productId: 0x8004, path: '/dev/hidraw3', product: 'M25 25 lb Digital Postal Scale', usagePage: 0x8d };

describe('HID scale discovery', () => {
  it('lists known vendors and any device on usage page 0x8D, skipping other devices and other usage pages', () => {
    const api = new FakeHid();
    api.list = [
      dymoM25,
      { vendorId: 0x0922, productId: 0x1001, path: '/dev/hidraw4', usagePage: 0xff00 },
      { vendorId: 0x1234, productId: 0x0001, path: '/dev/hidraw5', usagePage: 0x8d, manufacturer: 'Acme' },
      { vendorId: 0x046d, productId: 0xc52b, path: '/dev/hidraw6', usagePage: 0x01 },
      { vendorId: 0x0eb8, productId: 0xf000, path: '/dev/hidraw7' },
    ];
    expect(findHidScales(api).map((s) => [s.path, s.vendor])).toEqual([
      ['/dev/hidraw3', 'Dymo'],
      ['/dev/hidraw5', 'Acme'],
      ['/dev/hidraw7', 'Mettler Toledo'],
    ]);
  });

  it('selects by vendor/product, preferring the remembered path', () => {
    const scales = [
      { path: 'a', vendorId: 1, productId: 2, vendor: 'x' },
      { path: 'b', vendorId: 1, productId: 2, vendor: 'x' },
    ];
    expect(selectHidScale(scales, { vendorId: 1, path: 'b' })?.path).toBe('b');
    expect(selectHidScale(scales, { vendorId: 1, path: 'gone' })?.path).toBe('a');
    expect(selectHidScale(scales, { vendorId: 9 })).toBeUndefined();
  });
});

describe('HidScale driven by recorded reports', () => {
  let scale: HidScale | undefined;
  afterEach(async () => {
    await scale?.stop();
    scale = undefined;
  });

  it('Dymo ounce-mode reports: motion is live, the stable 5.2 oz is taken, bad reports are frame errors', async () => {
    const api = new FakeHid();
    api.list = [dymoM25];
    scale = new HidScale({ api, selector: { vendorId: 0x0922 }, stability: { mode: 'status' } });
    const readings: LiveReading[] = [];
    const errors: string[] = [];
    scale.on('reading', (r) => readings.push(r));
    scale.on('frameError', (e) => errors.push(e.code));
    const s = scale;
    const connected = nextEvent<DeviceStatus>((l) => s.on('status', l), (st) => st.state === 'connected', 'HID connect');
    scale.start();
    await connected;
    const device = api.opened[0] as FakeDevice;
    device.report(HID_FIXTURES.dymoZero);
    device.report([0x03, 0x03, 0x0b, 0xff, 0x30, 0x00]);
    device.report(HID_FIXTURES.dymoOunces5_2Stable);
    device.report(HID_FIXTURES.carats);
    expect(readings.map((r) => r.stableWeight?.increments ?? null)).toEqual([0, null, 52]);
    expect(readings[2]?.stableWeight).toEqual({ increments: 52, exponent: -1, unit: 'oz' });
    expect(errors).toEqual(['HID_UNIT']);
    expect(scale.connectedDevice()?.product).toContain('M25');
  });

  it('an unplugged scale is looked for again and picked up when it reappears', async () => {
    const api = new FakeHid();
    api.list = [dymoM25];
    scale = new HidScale({ api, selector: { vendorId: 0x0922, productId: 0x8004 }, stability: { mode: 'status' }, retryMs: 20 });
    const s = scale;
    const connected = nextEvent<DeviceStatus>((l) => s.on('status', l), (st) => st.state === 'connected', 'HID connect');
    scale.start();
    await connected;

    const disconnected = nextEvent<DeviceStatus>((l) => s.on('status', l), (st) => st.state === 'disconnected', 'HID unplug');
    api.list = [];
    (api.opened[0] as FakeDevice).emit('error', new Error('could not read from HID device'));
    expect((await disconnected).message).toContain('could not read');
    expect((api.opened[0] as FakeDevice).closed).toBe(true);

    const stillMissing = nextEvent<DeviceStatus>((l) => s.on('status', l), (st) => st.state === 'disconnected' && (st.message ?? '').includes('No USB scale'), 'retry without device');
    await stillMissing;

    const back = nextEvent<DeviceStatus>((l) => s.on('status', l), (st) => st.state === 'connected', 'HID replug');
    api.list = [{ ...dymoM25, path: '/dev/hidraw9' }];
    await back;
    const reading = nextEvent<LiveReading>((l) => s.on('reading', l), () => true, 'reading after replug');
    (api.opened[1] as FakeDevice).report(HID_FIXTURES.ps60Pounds10Stable);
    expect((await reading).stableWeight).toEqual({ increments: 1000, exponent: -2, unit: 'lb' });
  });
});
