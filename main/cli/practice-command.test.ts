import { describe, expect, it } from 'vitest';
import { CHAOS_PROFILE } from '../practice/faults';
import { practiceOptionsFrom } from './practice-command';

const defaults = { seed: '1', port: '0', asyncDelayMs: '2000', tokenLifetime: '3600', faults: 'none', rateLimits: true };

describe('packbench practice serve options', () => {
  it('maps the options onto the marketplace options', () => {
    expect(practiceOptionsFrom({ ...defaults, seed: '42', faults: 'chaos', faultLwa: true, rateLimits: false })).toEqual({
      seed: 42, port: 0, asyncDelayMs: 2000, tokenLifetimeSec: 3600, faults: CHAOS_PROFILE, faultLwa: true, enforceRateLimits: false,
    });
    expect(practiceOptionsFrom(defaults)).toMatchObject({ faults: null, faultLwa: false, enforceRateLimits: true });
  });

  it('names the option that is wrong', () => {
    expect(() => practiceOptionsFrom({ ...defaults, faults: 'storm' })).toThrow('--faults must be one of none, rough, chaos, got "storm".');
    expect(() => practiceOptionsFrom({ ...defaults, port: '70000' })).toThrow('--port must be an integer from 0 to 65535');
    expect(() => practiceOptionsFrom({ ...defaults, seed: 'abc' })).toThrow('--seed must be an integer');
  });
});
