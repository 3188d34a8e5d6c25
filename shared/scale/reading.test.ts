import { describe, expect, it } from 'vitest';
import { StabilityTracker, type ScaleReading } from './reading';

const reading = (increments: number, stable: boolean | null, condition: ScaleReading['condition'] = 'ok'): ScaleReading => ({
  weight: { increments, exponent: -2, unit: 'lb' },
  stable,
  zero: increments === 0,
  condition,
});

describe('StabilityTracker', () => {
  it('status mode takes only what the scale calls stable', () => {
    const t = new StabilityTracker({ mode: 'status' });
    expect(t.push(reading(120, false))).toBeNull();
    expect(t.push(reading(125, true))).toEqual({ increments: 125, exponent: -2, unit: 'lb' });
    expect(t.push(reading(125, null))).toBeNull();
  });

  it('consecutive mode needs N equal readings in a row; a change restarts the count', () => {
    const t = new StabilityTracker({ mode: 'consecutive', count: 3 });
    expect(t.push(reading(100, null))).toBeNull();
    expect(t.push(reading(100, null))).toBeNull();
    expect(t.push(reading(101, null))).toBeNull();
    expect(t.push(reading(101, null))).toBeNull();
    expect(t.push(reading(101, null))).toMatchObject({ increments: 101 });
    expect(t.push(reading(101, null))).toMatchObject({ increments: 101 });
  });

  it('a scale saying it moves vetoes, and a bad condition clears the run', () => {
    const t = new StabilityTracker({ mode: 'consecutive', count: 2 });
    t.push(reading(50, null));
    expect(t.push(reading(50, false))).toBeNull();
    t.push(reading(50, null, 'over-capacity'));
    expect(t.push(reading(50, null))).toBeNull();
    expect(t.push(reading(50, null))).toMatchObject({ increments: 50 });
  });

  it('refuses a nonsensical count at construction', () => {
    expect(() => new StabilityTracker({ mode: 'consecutive', count: 0 })).toThrow(RangeError);
  });
});
