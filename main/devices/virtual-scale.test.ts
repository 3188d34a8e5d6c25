import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LiveReading } from './scale-driver';
import { VirtualScale } from './virtual-scale';

describe('VirtualScale', () => {
  let now = 0;
  let scale: VirtualScale;
  let readings: LiveReading[];

  beforeEach(() => {
    vi.useFakeTimers();
    now = 0;
    scale = new VirtualScale({ settleMs: 300, intervalMs: 100, now: () => now });
    readings = [];
    scale.on('reading', (r) => readings.push(r));
    scale.start();
  });
  afterEach(async () => {
    await scale.stop();
    vi.useRealTimers();
  });

  function advance(ms: number): void {
    now += ms;
    vi.advanceTimersByTime(ms);
  }

  it('a new weight moves for settleMs, then is stable and taken', () => {
    expect(scale.setWeight({ text: '2.35', unit: 'lb' })).toEqual({ ok: true });
    expect(readings.at(-1)).toMatchObject({ reading: { stable: false, weight: { increments: 235, exponent: -2 } }, stableWeight: null });
    advance(200);
    expect(readings.at(-1)?.stableWeight).toBeNull();
    advance(100);
    expect(readings.at(-1)?.stableWeight).toEqual({ increments: 235, exponent: -2, unit: 'lb' });
    expect(scale.current()?.stableWeight).toEqual({ increments: 235, exponent: -2, unit: 'lb' });
  });

  it('tare subtracts the container, zero clears it', async () => {
    scale.setWeight({ text: '0.40', unit: 'kg' });
    await scale.tare();
    scale.setWeight({ text: '1.65', unit: 'kg' });
    advance(300);
    expect(readings.at(-1)?.stableWeight).toEqual({ increments: 125, exponent: -2, unit: 'kg' });
    await scale.zero();
    advance(300);
    expect(readings.at(-1)).toMatchObject({ reading: { zero: true, weight: { increments: 0 } } });
  });

  it('conditions carry the packer-facing message and no weight; bad text is refused', () => {
    scale.setCondition('over-capacity');
    expect(readings.at(-1)).toMatchObject({ reading: { weight: null, condition: 'over-capacity' }, stableWeight: null, message: expect.stringContaining('overloaded') });
    expect(scale.setWeight({ text: 'heavy', unit: 'lb' })).toMatchObject({ ok: false });
  });
});
