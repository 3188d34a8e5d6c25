import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDispatch, type AllHandlers } from './dispatch';
import { StationError } from './errors';
import { testStation, sampleAccount } from '../../test/support/station';

const ctx = { origin: 'test' as const };
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

function station() {
  const s = testStation();
  cleanups.push(s.cleanup);
  return s.station;
}

describe('dispatch', () => {
  it('answers an unknown channel with UNKNOWN_CHANNEL', async () => {
    const reply = await station().dispatch('accounts:steal', {}, ctx);
    expect(reply).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('treats inherited object keys and non-strings as unknown channels', async () => {
    const s = station();
    for (const channel of ['constructor', '__proto__', 'toString', 42, null, undefined, { a: 1 }]) {
      expect(await s.dispatch(channel, {}, ctx)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
  });

  it('answers a malformed payload with INVALID_REQUEST naming the field', async () => {
    const reply = await station().dispatch('accounts:create', { ...sampleAccount, region: 'MOON' }, ctx);
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('INVALID_REQUEST');
    expect(reply.error.message).toContain('region');
    expect(reply.error.details).toMatchObject({ issues: [expect.objectContaining({ path: 'region' })] });
  });

  it('refuses extra fields so a typo never passes silently', async () => {
    const reply = await station().dispatch('settings:update', { langauge: 'en' }, ctx);
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });

  it('refuses a marketplace outside the account region', async () => {
    const reply = await station().dispatch('accounts:create', { ...sampleAccount, marketplaceIds: ['A1PA6795UKMFR9'] }, ctx);
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', message: expect.stringContaining('not in region NA') } });
  });

  it('turns a StationError into its own code and message', async () => {
    const s = station();
    await s.dispatch('accounts:create', sampleAccount, ctx);
    const reply = await s.dispatch('accounts:create', sampleAccount, ctx);
    expect(reply).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { field: 'name' } } });
  });

  it('turns an unexpected throw into INTERNAL without leaking the message or rejecting', async () => {
    const log = vi.fn();
    const handlers = {
      'station:info': () => {
        throw new Error('secret detail Atzr|abc');
      },
    } as unknown as AllHandlers;
    const dispatch = createDispatch(handlers, log);
    const reply = await dispatch('station:info', {}, ctx);
    expect(reply).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(reply)).not.toContain('Atzr');
    expect(log).toHaveBeenCalledOnce();
  });

  it('turns an async StationError into a reply', async () => {
    const handlers = {
      'station:info': async () => {
        throw new StationError('UNAVAILABLE', 'Amazon is not reachable');
      },
    } as unknown as AllHandlers;
    const reply = await createDispatch(handlers)('station:info', {}, ctx);
    expect(reply).toEqual({ ok: false, error: { code: 'UNAVAILABLE', message: 'Amazon is not reachable' } });
  });
});
