import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { electronBinary } from '../support/electron-runtime';
import type { PageGlobals } from '../support/page-globals';

const root = resolve(__dirname, '../../..');

test('the Electron window opens the station with isolation and sandbox on', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'packbench-electron-'));
  const app = await electron.launch({
    executablePath: electronBinary() ?? undefined,
    args: [join(root, 'out/main/index.js'), '--data-dir', dataDir, ...(process.platform === 'linux' ? ['--no-sandbox'] : [])],
  });
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { level: 1 })).toHaveText(/Station|工作台/);
    const globals = await window.evaluate(() => {
      const w = globalThis as unknown as PageGlobals;
      return { require: typeof w.require, process: typeof w.process, stationKeys: Object.keys(w.station ?? {}).sort() };
    });
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', stationKeys: ['invoke', 'on'] });
    // A navigation attempt is blocked: the window stays on the station.
    await window.evaluate(() => {
      (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.com/';
    });
    await expect(window.getByRole('heading', { level: 1 })).toBeVisible();
    const info = await window.evaluate(() => (globalThis as unknown as PageGlobals).station!.invoke('station:info', {}));
    expect(info).toMatchObject({ ok: true, value: { host: 'electron', secretStorage: 'os-keychain' } });
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
