import { describe, expect, it } from 'vitest';
import { HID_FIXTURES } from './fixtures/hid-reports';
import { parseHidScaleReport } from './hid-pos';
import { convertWeight, formatWeight } from './weight';

describe('HID POS scale reports', () => {
  it('Dymo ounce mode: exponent 0xFF is −1, so 52 means 5.2 oz, not 52 oz', () => {
    const parsed = parseHidScaleReport(HID_FIXTURES.dymoOunces5_2Stable);
    expect(parsed).toEqual({ ok: true, value: { weight: { increments: 52, exponent: -1, unit: 'oz' }, stable: true, zero: false, condition: 'ok' } });
    if (parsed.ok && parsed.value.weight) expect(formatWeight(parsed.value.weight)).toBe('5.2 oz');
  });

  it('Dymo grams: 0x05DC little-endian is 1500 g', () => {
    const parsed = parseHidScaleReport(HID_FIXTURES.dymoGrams1500Stable);
    expect(parsed.ok && parsed.value.weight).toEqual({ increments: 1500, exponent: 0, unit: 'g' });
  });

  it('PS60 pounds with exponent −2, stable then in motion', () => {
    const stable = parseHidScaleReport(HID_FIXTURES.ps60Pounds10Stable);
    expect(stable.ok && stable.value).toMatchObject({ weight: { increments: 1000, exponent: -2, unit: 'lb' }, stable: true });
    const moving = parseHidScaleReport(HID_FIXTURES.ps60Pounds9_93Motion);
    expect(moving.ok && moving.value).toMatchObject({ weight: { increments: 993 }, stable: false, condition: 'ok' });
    // 10.00 lb = 4.5359237 kg -> 4.536 kg at 0.001 kg (0.01 lb = 0.0045 kg)
    if (stable.ok && stable.value.weight) expect(convertWeight(stable.value.weight, 'kg')).toEqual({ increments: 4536, exponent: -3, unit: 'kg' });
  });

  it('stable at zero, under zero (negative), and conditions without a weight', () => {
    expect(parseHidScaleReport(HID_FIXTURES.dymoZero)).toMatchObject({ ok: true, value: { zero: true, stable: true, weight: { increments: 0 } } });
    expect(parseHidScaleReport(HID_FIXTURES.dymoUnderZero)).toMatchObject({ ok: true, value: { condition: 'under-zero', stable: false, weight: { increments: -5, exponent: -1 } } });
    expect(parseHidScaleReport(HID_FIXTURES.overWeight)).toMatchObject({ ok: true, value: { condition: 'over-capacity', weight: null } });
    expect(parseHidScaleReport(HID_FIXTURES.fault)).toMatchObject({ ok: true, value: { condition: 'fault' } });
    expect(parseHidScaleReport(HID_FIXTURES.requiresCalibration)).toMatchObject({ ok: true, value: { condition: 'needs-calibration' } });
    expect(parseHidScaleReport(HID_FIXTURES.requiresRezeroing)).toMatchObject({ ok: true, value: { condition: 'needs-rezero' } });
  });

  it('milligrams become grams with three more decimals; padding is ignored', () => {
    expect(parseHidScaleReport(HID_FIXTURES.milligrams1000)).toMatchObject({ ok: true, value: { weight: { increments: 1000, exponent: -3, unit: 'g' } } });
    expect(parseHidScaleReport(HID_FIXTURES.padded)).toMatchObject({ ok: true, value: { weight: { increments: 100 } } });
  });

  it('specific errors for other reports, units, statuses and short or bad bytes', () => {
    expect(parseHidScaleReport(HID_FIXTURES.attributeReport)).toMatchObject({ ok: false, error: { code: 'HID_REPORT_ID' } });
    expect(parseHidScaleReport(HID_FIXTURES.carats)).toMatchObject({ ok: false, error: { code: 'HID_UNIT', message: expect.stringContaining('carats') } });
    expect(parseHidScaleReport(HID_FIXTURES.truncated)).toMatchObject({ ok: false, error: { code: 'HID_SHORT_REPORT' } });
    expect(parseHidScaleReport([3, 9, 2, 0, 0, 0])).toMatchObject({ ok: false, error: { code: 'HID_STATUS' } });
    expect(parseHidScaleReport([3, 4, 13, 0, 0, 0])).toMatchObject({ ok: false, error: { code: 'HID_UNIT' } });
    expect(parseHidScaleReport([3, 4, 2, 0, 300, 0])).toMatchObject({ ok: false, error: { code: 'HID_BYTE' } });
    expect(parseHidScaleReport(Uint8Array.from(HID_FIXTURES.dymoGrams1500Stable)).ok).toBe(true);
  });
});
