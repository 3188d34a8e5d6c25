/** What every scale protocol parser produces, and how a weight is judged stable enough to take. */
import { sameWeight, type Weight } from './weight';

/** Conditions a scale reports besides a weight. 'ok' means a usable weight (moving or not). */
export type ScaleCondition = 'ok' | 'under-zero' | 'over-capacity' | 'fault' | 'needs-calibration' | 'needs-rezero';

export interface ScaleReading {
  /** null when the scale sends no usable weight (fault, overload without a value). */
  weight: Weight | null;
  /** true/false when the scale says so; null when its protocol does not tell (continuous output without a flag). */
  stable: boolean | null;
  /** The scale reports it is at its zero point. */
  zero: boolean;
  condition: ScaleCondition;
}

export type ScaleErrorCode =
  | 'EMPTY_FRAME'
  | 'HID_SHORT_REPORT'
  | 'HID_REPORT_ID'
  | 'HID_STATUS'
  | 'HID_UNIT'
  | 'HID_BYTE'
  | 'MTSICS_MALFORMED'
  | 'MTSICS_UNKNOWN_REPLY'
  | 'NCI_MALFORMED'
  | 'NCI_STATUS'
  | 'UNKNOWN_UNIT'
  | 'BAD_WEIGHT'
  | 'PATTERN_INVALID'
  | 'PATTERN_NO_MATCH';

export interface ScaleFrameError {
  code: ScaleErrorCode;
  message: string;
}

export type FrameResult<T> = { ok: true; value: T } | { ok: false; error: ScaleFrameError };

export function frameError<T>(code: ScaleErrorCode, message: string): FrameResult<T> {
  return { ok: false, error: { code, message } };
}

/** Index of the first ASCII control character (or DEL) not in `allowed`, or -1. */
export function controlCharacterAt(text: string, allowed = ''): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 || c === 0x7f) && !allowed.includes(text[i] as string)) return i;
  }
  return -1;
}

/** What a person at the bench is told for each condition. */
export const CONDITION_MESSAGES: Readonly<Record<Exclude<ScaleCondition, 'ok'>, string>> = {
  'under-zero': 'Scale reads below zero: clear the platter and zero the scale',
  'over-capacity': 'Scale is overloaded: the weight is above its capacity',
  fault: 'Scale reports a fault',
  'needs-calibration': 'Scale needs calibration',
  'needs-rezero': 'Scale needs re-zeroing: clear the platter and press zero',
};

export type StabilityRule = { mode: 'status' } | { mode: 'consecutive'; count: number };

/**
 * Decides when a live weight may be taken. In 'status' mode the scale's own stable flag decides (a scale that does
 * not report one is never taken; use 'consecutive'). In 'consecutive' mode the last `count` usable readings must be
 * the same weight, and a scale that says it is moving still vetoes.
 */
export class StabilityTracker {
  private run: Weight[] = [];

  constructor(private readonly rule: StabilityRule) {
    if (rule.mode === 'consecutive' && (!Number.isInteger(rule.count) || rule.count < 1)) {
      throw new RangeError(`Stability needs a whole number of equal readings (at least 1), got ${rule.count}`);
    }
  }

  /** Feeds a reading; returns the weight to take, or null while it is not stable. */
  push(reading: ScaleReading): Weight | null {
    const weight = reading.condition === 'ok' ? reading.weight : null;
    if (weight === null) {
      this.run = [];
      return null;
    }
    if (this.rule.mode === 'status') return reading.stable === true ? weight : null;
    const last = this.run.at(-1);
    this.run = last && sameWeight(last, weight) ? [...this.run.slice(-(this.rule.count - 1)), weight] : [weight];
    if (reading.stable === false) return null;
    return this.run.length >= this.rule.count ? weight : null;
  }

  reset(): void {
    this.run = [];
  }
}
