import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHAOS_PROFILE } from '../practice/faults';
import { practiceOptionsFrom } from './practice-command';

const defaults = { seed: '1', port: '0', asyncDelayMs: '2000', tokenLifetime: '3600', faults: 'none', rateLimits: true, host: '127.0.0.1' };

describe('packbench practice serve options', () => {
  it('maps the options onto the marketplace options', () => {
    expect(practiceOptionsFrom({ ...defaults, seed: '42', faults: 'chaos', faultLwa: true, rateLimits: false })).toEqual({
      seed: 42, port: 0, asyncDelayMs: 2000, tokenLifetimeSec: 3600, faults: CHAOS_PROFILE, faultLwa: true, enforceRateLimits: false, host: '127.0.0.1',
    });
    expect(practiceOptionsFrom(defaults)).toMatchObject({ faults: null, faultLwa: false, enforceRateLimits: true });
  });

  it('names the option that is wrong', () => {
    expect(() => practiceOptionsFrom({ ...defaults, faults: 'storm' })).toThrow('--faults must be one of none, rough, chaos, got "storm".');
    expect(() => practiceOptionsFrom({ ...defaults, port: '70000' })).toThrow('--port must be an integer from 0 to 65535');
    expect(() => practiceOptionsFrom({ ...defaults, seed: 'abc' })).toThrow('--seed must be an integer');
    expect(() => practiceOptionsFrom({ ...defaults, host: 'example.com' })).toThrow('--host must be an IP address');
  });

  it('takes a state file in an existing folder, and refuses a folder or a missing folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'packbench-practice-cli-'));
    try {
      expect(practiceOptionsFrom({ ...defaults, state: join(dir, 'market.json') })).toMatchObject({ statePath: join(dir, 'market.json') });
      expect(() => practiceOptionsFrom({ ...defaults, state: dir })).toThrow(`--state: ${dir} is not a file.`);
      expect(() => practiceOptionsFrom({ ...defaults, state: join(dir, 'missing', 'market.json') })).toThrow(`--state: the folder ${join(dir, 'missing')} does not exist.`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
