import { describe, expect, it } from 'vitest';
import type { DeviceStatus, LiveReading } from '../../../shared/devices/device-events';
import type { Weight } from '../../../shared/scale/weight';
import { readoutView } from './scale-readout-view';

const connected: DeviceStatus = { state: 'connected', at: 1 };
const w = (increments: number, exponent: number, unit: Weight['unit']): Weight => ({ increments, exponent, unit });

function live(weight: Weight | null, stable: boolean, condition: LiveReading['reading']['condition'] = 'ok', message?: string): LiveReading {
  return {
    reading: { weight, stable, zero: weight?.increments === 0, condition },
    stableWeight: stable && condition === 'ok' ? weight : null,
    ...(message ? { message } : {}),
    at: 2,
  };
}

describe('readoutView', () => {
  it('offers a stable weight to take, in the scale’s own unit when none is chosen', () => {
    const view = readoutView(live(w(1234, -2, 'lb'), true), connected, null);
    expect(view).toMatchObject({ state: 'stable', digits: '12.34', unit: 'lb', takeable: w(1234, -2, 'lb') });
  });

  it('converts exactly to the chosen unit at the scale’s resolution: 1.00 lb is 454 g and 16.0 oz', () => {
    // One step of 0.01 lb is 4.5359237 g and 0.16 oz; the shown step is the largest power of ten not above it
    // (1 g, 0.1 oz), so the display never claims a precision the scale does not have. 1.234 kg = 2.72050… lb.
    expect(readoutView(live(w(100, -2, 'lb'), true), connected, 'g')).toMatchObject({ digits: '454', unit: 'g', takeable: { increments: 454, exponent: 0, unit: 'g' } });
    expect(readoutView(live(w(100, -2, 'lb'), true), connected, 'oz')).toMatchObject({ digits: '16.0', unit: 'oz' });
    expect(readoutView(live(w(1234, -3, 'kg'), true), connected, 'lb')).toMatchObject({ digits: '2.721', unit: 'lb' });
    expect(readoutView(live(w(2500, -3, 'kg'), true), connected, 'kg')).toMatchObject({ digits: '2.500', unit: 'kg' });
  });

  it('shows a moving weight but never offers it to take', () => {
    const view = readoutView(live(w(500, -2, 'lb'), false), connected, 'kg');
    expect(view.state).toBe('moving');
    expect(view.digits).not.toBeNull();
    expect(view.takeable).toBeNull();
  });

  it('reports a condition with the station’s message, and takes nothing', () => {
    const under = readoutView(live(w(-20, -2, 'lb'), false, 'under-zero', 'Scale reads below zero'), connected, null);
    expect(under).toMatchObject({ state: 'condition', condition: 'under-zero', digits: '-0.20', message: 'Scale reads below zero', takeable: null });
    const over = readoutView(live(null, false, 'over-capacity', 'Scale is overloaded'), connected, 'kg');
    expect(over).toMatchObject({ state: 'condition', condition: 'over-capacity', digits: null, takeable: null });
  });

  it('takes nothing from a scale that is not connected, even if its last reading was stable', () => {
    const view = readoutView(live(w(100, -2, 'lb'), true), { state: 'disconnected', message: 'Port /dev/ttyUSB0 was unplugged', at: 3 }, null);
    expect(view).toMatchObject({ state: 'not-connected', digits: null, takeable: null, message: 'Port /dev/ttyUSB0 was unplugged' });
    expect(readoutView(null, null, null).state).toBe('not-connected');
    expect(readoutView(null, connected, null).state).toBe('no-reading');
  });
});
