import { describe, expect, it } from 'vitest';
import { ScaleSettings, ScannerSettings } from '../../../../shared/devices/device-settings';
import { scaleFormFrom, scaleSettingsFrom, scannerFormFrom, scannerSettingsFrom } from './scale-form';

describe('scale form', () => {
  it('round-trips every kind of scale settings through the form', () => {
    const samples = [
      { kind: 'virtual', settleMs: 50, intervalMs: 100 },
      { kind: 'hid', path: '/dev/hidraw3', stability: { mode: 'consecutive', count: 4 } },
      { kind: 'hid', stability: { mode: 'status' } },
      { kind: 'mt-sics', port: { path: '/dev/ttyUSB0', baudRate: 2400, dataBits: 7, parity: 'even', stopBits: 1 }, command: 'SIR', pollMs: 300, stability: { mode: 'status' } },
      { kind: 'nci', port: { path: 'COM3', baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 2 }, pollMs: 250, stability: { mode: 'status' } },
      { kind: 'continuous', port: { path: '/dev/ttyS0', baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1 }, pattern: '^(?<weight>[\\d.]+) (?<unit>kg|lb)$', lineEnding: 'cr', stability: { mode: 'consecutive', count: 3 } },
    ].map((s) => ScaleSettings.parse(s));
    for (const settings of samples) expect(ScaleSettings.parse(scaleSettingsFrom(scaleFormFrom(settings)))).toEqual(settings);
  });

  it('sends a number that does not parse as NaN, so the station names the field', () => {
    const form = { ...scaleFormFrom(null), settleMs: 'soon' };
    const result = ScaleSettings.safeParse(scaleSettingsFrom(form));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['settleMs']);
  });

  it('round-trips scanner settings, and "none" means no serial or HID scanner', () => {
    const samples = [
      { kind: 'serial', port: { path: '/dev/ttyACM0', baudRate: 115200, dataBits: 8, parity: 'none', stopBits: 1 }, terminator: 'crlf' },
      { kind: 'serial', port: { path: 'COM4', baudRate: 9600, dataBits: 8, parity: 'odd', stopBits: 1 }, terminator: { idleMs: 80 } },
      { kind: 'hid' },
    ].map((s) => ScannerSettings.parse(s));
    for (const settings of samples) expect(ScannerSettings.parse(scannerSettingsFrom(scannerFormFrom(settings)))).toEqual(settings);
    expect(scannerSettingsFrom(scannerFormFrom(null))).toBeNull();
  });
});
