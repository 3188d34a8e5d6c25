import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { testStation, sampleAccount } from '../../test/support/station';
import type { AccountSummary } from '../../shared/ipc/accounts';

const ctx = { origin: 'test' as const };
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

function setup() {
  const s = testStation();
  cleanups.push(s.cleanup);
  return s;
}

async function create(station: ReturnType<typeof setup>['station']) {
  const reply = await station.dispatch('accounts:create', sampleAccount, ctx);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as AccountSummary;
}

describe('accounts', () => {
  it('tells the renderer only that secrets are configured', async () => {
    const { station } = setup();
    const created = await create(station);
    expect(created.secretsConfigured).toBe(true);
    const everything = JSON.stringify([created, await station.dispatch('accounts:list', {}, ctx)]);
    expect(everything).not.toContain(sampleAccount.lwaClientSecret);
    expect(everything).not.toContain(sampleAccount.refreshToken);
    expect(Object.keys(created)).not.toContain('refreshToken');
  });

  it('keeps secrets encrypted in the database files and decrypts them for main only', async () => {
    const { station, dataDir } = setup();
    const created = await create(station);
    station.db.pragma('wal_checkpoint(TRUNCATE)');
    for (const file of readdirSync(dataDir)) {
      const bytes = readFileSync(join(dataDir, file)).toString('latin1');
      expect(bytes).not.toContain('SECRET-refresh-token');
      expect(bytes).not.toContain('SECRET-client-secret');
    }
    const credentials = station.accounts.credentials(created.id);
    expect(credentials.refreshToken).toBe(sampleAccount.refreshToken);
    expect(credentials.lwaClientSecret).toBe(sampleAccount.lwaClientSecret);
  });

  it('keeps a secret when an edit leaves it empty and replaces it when given', async () => {
    const { station } = setup();
    const created = await create(station);
    const base = { id: created.id, name: 'Renamed', type: created.type, region: created.region,
      marketplaceIds: ['ATVPDKIKX0DER', 'A2EUQ1WTGCTBG2'], environment: 'sandbox' as const, lwaClientId: created.lwaClientId };
    const edited = await station.dispatch('accounts:update', base, ctx);
    expect(edited).toMatchObject({ ok: true, value: { name: 'Renamed', environment: 'sandbox' } });
    expect(station.accounts.credentials(created.id).refreshToken).toBe(sampleAccount.refreshToken);

    await station.dispatch('accounts:update', { ...base, refreshToken: 'Atzr|new-token' }, ctx);
    const after = station.accounts.credentials(created.id);
    expect(after.refreshToken).toBe('Atzr|new-token');
    expect(after.lwaClientSecret).toBe(sampleAccount.lwaClientSecret);
  });

  it('announces every change with the fresh list', async () => {
    const { station } = setup();
    const seen: number[] = [];
    station.events.subscribe((event, payload) => {
      if (event === 'accounts:changed') seen.push((payload as { accounts: unknown[] }).accounts.length);
    });
    const created = await create(station);
    await station.dispatch('accounts:remove', { id: created.id }, ctx);
    expect(seen).toEqual([1, 0]);
  });

  it('reports a missing account as NOT_FOUND and a second remove as nothing removed', async () => {
    const { station } = setup();
    const created = await create(station);
    expect(await station.dispatch('accounts:remove', { id: created.id }, ctx)).toEqual({ ok: true, value: { removed: true } });
    expect(await station.dispatch('accounts:remove', { id: created.id }, ctx)).toEqual({ ok: true, value: { removed: false } });
    const update = await station.dispatch('accounts:update', { ...sampleAccount, id: created.id }, ctx);
    expect(update).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('settings', () => {
  it('remembers the language across a restart of the station core', async () => {
    const first = testStation();
    cleanups.push(first.cleanup);
    await first.station.dispatch('settings:update', { language: 'zh-CN' }, ctx);
    expect(await first.station.dispatch('settings:get', {}, ctx)).toMatchObject({ ok: true, value: { language: 'zh-CN' } });
  });

  it('refuses an unknown language', async () => {
    const { station } = setup();
    expect(await station.dispatch('settings:update', { language: 'fr' }, ctx)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });
});
