/**
 * USB HID Point-of-Sale scales (HID usage page 0x8D). Input report 3 is
 * [reportId, status, unit, exponent (signed), weight LSB, weight MSB]: weight = (MSB×256 + LSB) × 10^exponent.
 *
 * Dymo M-series scales in ounce mode send unit 11 (ounce) with exponent 0xFF (−1): the value is tenths of an
 * ounce. Reading the exponent as signed handles that and every other scale alike; drivers that ignore it show
 * ten times the weight.
 */
import { frameError, type FrameResult, type ScaleReading } from './reading';
import type { WeightUnit } from './weight';

export const HID_POS_USAGE_PAGE = 0x8d;
export const HID_SCALE_DATA_REPORT = 3;

/** HID POS "Weight Unit" usages we convert; others (carats, taels, grains, troy ounces…) are refused by name. */
const UNITS: Readonly<Record<number, { unit: WeightUnit; exponentShift: number } | string>> = {
  1: { unit: 'g', exponentShift: -3 },
  2: { unit: 'g', exponentShift: 0 },
  3: { unit: 'kg', exponentShift: 0 },
  4: 'carats',
  5: 'taels',
  6: 'grains',
  7: 'pennyweights',
  8: 'metric tons',
  9: 'avoirdupois tons',
  10: 'troy ounces',
  11: { unit: 'oz', exponentShift: 0 },
  12: { unit: 'lb', exponentShift: 0 },
};

export const HID_STATUS = {
  FAULT: 1,
  STABLE_AT_ZERO: 2,
  IN_MOTION: 3,
  STABLE: 4,
  UNDER_ZERO: 5,
  OVER_WEIGHT: 6,
  REQUIRES_CALIBRATION: 7,
  REQUIRES_REZEROING: 8,
} as const;

/** Parses one input report as node-hid returns it (report id first). Never throws. */
export function parseHidScaleReport(report: ArrayLike<number>): FrameResult<ScaleReading> {
  if (!report || typeof report.length !== 'number') return frameError('HID_SHORT_REPORT', 'HID report is not a byte array');
  if (report.length < 6) return frameError('HID_SHORT_REPORT', `HID scale report has ${report.length} bytes, needs 6`);
  const bytes: number[] = [];
  for (let i = 0; i < 6; i++) {
    const b = report[i];
    if (typeof b !== 'number' || !Number.isInteger(b) || b < 0 || b > 255) return frameError('HID_BYTE', `HID report byte ${i} is not a byte (${String(b)})`);
    bytes.push(b);
  }
  const [reportId, status, unitCode, rawExponent, lsb, msb] = bytes as [number, number, number, number, number, number];
  if (reportId !== HID_SCALE_DATA_REPORT) {
    return frameError('HID_REPORT_ID', `HID report id ${reportId} is not the scale data report (${HID_SCALE_DATA_REPORT})`);
  }
  const exponent = rawExponent > 127 ? rawExponent - 256 : rawExponent;
  const magnitude = msb * 256 + lsb;
  const base = { zero: false };
  switch (status) {
    case HID_STATUS.FAULT:
      return { ok: true, value: { ...base, weight: null, stable: null, condition: 'fault' } };
    case HID_STATUS.REQUIRES_CALIBRATION:
      return { ok: true, value: { ...base, weight: null, stable: null, condition: 'needs-calibration' } };
    case HID_STATUS.REQUIRES_REZEROING:
      return { ok: true, value: { ...base, weight: null, stable: null, condition: 'needs-rezero' } };
    case HID_STATUS.OVER_WEIGHT:
      return { ok: true, value: { ...base, weight: null, stable: null, condition: 'over-capacity' } };
    case HID_STATUS.STABLE_AT_ZERO:
    case HID_STATUS.IN_MOTION:
    case HID_STATUS.STABLE:
    case HID_STATUS.UNDER_ZERO:
      break;
    default:
      return frameError('HID_STATUS', `HID scale status ${status} is not defined by the HID POS usage tables (1-8)`);
  }
  const unitSpec = UNITS[unitCode];
  if (unitSpec === undefined) return frameError('HID_UNIT', `HID scale unit code ${unitCode} is not defined by the HID POS usage tables`);
  if (typeof unitSpec === 'string') return frameError('HID_UNIT', `HID scale reports in ${unitSpec}; set it to g, kg, oz or lb`);
  const weight = { increments: status === HID_STATUS.UNDER_ZERO && magnitude !== 0 ? -magnitude : magnitude, exponent: exponent + unitSpec.exponentShift, unit: unitSpec.unit };
  if (status === HID_STATUS.UNDER_ZERO) return { ok: true, value: { ...base, weight, stable: false, condition: 'under-zero' } };
  if (status === HID_STATUS.STABLE_AT_ZERO) return { ok: true, value: { weight: { ...weight, increments: 0 }, stable: true, zero: true, condition: 'ok' } };
  return { ok: true, value: { ...base, weight, stable: status === HID_STATUS.STABLE, condition: 'ok' } };
}
