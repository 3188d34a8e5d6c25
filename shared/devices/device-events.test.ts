import { describe, expect, it } from 'vitest';
import { HID_FIXTURES } from '../scale/fixtures/hid-reports';
import { parseHidScaleReport } from '../scale/hid-pos';
import { parseMtSicsReply } from '../scale/mt-sics';
import { parseScan } from '../scan/parse-scan';
import { DEFAULT_SCALE_SETTINGS, ScaleSettings, ScannerSettings } from './device-settings';
import { LiveReading, ScanEvent } from './device-events';

describe('device event schemas match what the parsers produce', () => {
  it('HID and MT-SICS readings, with and without weight, are valid LiveReadings', () => {
    for (const bytes of [HID_FIXTURES.dymoOunces5_2Stable, HID_FIXTURES.overWeight, HID_FIXTURES.dymoUnderZero]) {
      const parsed = parseHidScaleReport(bytes);
      if (!parsed.ok) throw new Error(parsed.error.message);
      expect(LiveReading.safeParse({ reading: parsed.value, stableWeight: parsed.value.weight, at: 1 }).success).toBe(true);
    }
    const sics = parseMtSicsReply('S D     1.230 kg');
    expect(sics.ok && sics.value.kind === 'reading' && LiveReading.safeParse({ reading: sics.value.reading, stableWeight: null, at: 1 }).success).toBe(true);
    expect(LiveReading.safeParse({ reading: { weight: null, stable: null, zero: false, condition: 'melted' }, stableWeight: null, at: 1 }).success).toBe(false);
  });

  it('scan events carry parseScan results, valid or not', () => {
    expect(ScanEvent.safeParse({ source: 'wedge', result: parseScan('4006381333932'), at: 1 }).success).toBe(true);
    expect(ScanEvent.safeParse({ source: 'wedge', result: 'X001ABCDEF', at: 1 }).success).toBe(false);
  });
});

describe('device settings', () => {
  it('fill protocol defaults: 9600 8N1, SI polling every 200 ms, status stability', () => {
    expect(ScaleSettings.parse({ kind: 'mt-sics', port: { path: 'COM3' } })).toEqual({
      kind: 'mt-sics',
      port: { path: 'COM3', baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1 },
      command: 'SI',
      pollMs: 200,
      stability: { mode: 'status' },
    });
    expect(ScannerSettings.parse({ kind: 'serial', port: { path: '/dev/ttyACM0' } })).toMatchObject({ terminator: 'cr' });
    expect(ScaleSettings.parse(DEFAULT_SCALE_SETTINGS).kind).toBe('virtual');
  });

  it('refuse nonsense', () => {
    expect(ScaleSettings.safeParse({ kind: 'nci', port: { path: 'COM1', baudRate: -5 } }).success).toBe(false);
    expect(ScaleSettings.safeParse({ kind: 'hid', stability: { mode: 'consecutive', count: 0 } }).success).toBe(false);
    expect(ScannerSettings.safeParse({ kind: 'serial', port: { path: 'x' }, terminator: { idleMs: 1 } }).success).toBe(false);
  });
});
