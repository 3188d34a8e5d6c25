import { test, expect } from './support/station-host';
import { StationShell } from './pages/station-shell';
import { AccountsPage } from './pages/accounts-page';
import { SettingsPage } from './pages/settings-page';
import type { PageGlobals } from './support/page-globals';

const secret = 'amzn1.oa2-cs.v1.E2E-CLIENT-SECRET-5b7d';
const refresh = 'Atzr|E2E-REFRESH-TOKEN-3f9a';

test('a new station opens ready to practise, on a practice seller and a practice vendor', async ({ page, host }) => {
  const shell = new StationShell(page);
  await shell.open(host.url);
  await expect(shell.heading()).toHaveText('Station');
  await expect(page.getByTestId('accounts-ready')).toHaveText('2 accounts ready.');
  await shell.nav(/Accounts/).click();
  const accounts = new AccountsPage(page);
  await expect(accounts.card('Packbench Practice Seller')).toContainText('Practice');
  await expect(accounts.card('Packbench Practice Vendor')).toContainText('Vendor');
  // Practice accounts cannot be edited or removed, only tested.
  await expect(accounts.card('Packbench Practice Seller').getByRole('button', { name: 'Remove' })).toHaveCount(0);
  await accounts.card('Packbench Practice Seller').getByRole('button', { name: 'Test connection' }).click();
  await expect(accounts.card('Packbench Practice Seller').getByTestId('connection-result')).toContainText('Connected: 1 marketplace(s) open to this account. US');
  // The token is dropped from the address bar once the page has it.
  expect(page.url()).not.toContain('token=');
});

test('function keys move between pages', async ({ page, host }) => {
  const shell = new StationShell(page);
  await shell.open(host.url);
  await shell.pressShortcut('F4');
  await expect(shell.heading()).toHaveText('Settings');
  await shell.pressShortcut('F3');
  await expect(shell.heading()).toHaveText('Accounts');
  await shell.pressShortcut('F2');
  await expect(shell.heading()).toHaveText('FBA inbound');
  await shell.pressShortcut('F1');
  await expect(shell.heading()).toHaveText('Station');
});

test('the renderer has no require, no process and only the station API', async ({ page, host }) => {
  await new StationShell(page).open(host.url);
  const globals = await page.evaluate(() => {
    const w = globalThis as unknown as PageGlobals;
    return { require: typeof w.require, process: typeof w.process, module: typeof w.module, stationKeys: Object.keys(w.station ?? {}).sort() };
  });
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', stationKeys: ['connected', 'invoke', 'on'] });
});

test('an account is added and its secrets never reach the renderer', async ({ page, host }) => {
  const frames: string[] = [];
  page.on('websocket', (ws) => ws.on('framereceived', (frame) => frames.push(String(frame.payload))));
  const shell = new StationShell(page);
  await shell.open(host.url);
  await shell.nav(/Accounts/).click();
  const accounts = new AccountsPage(page);
  await accounts.add({ name: 'Yiwu Trading', type: 'Vendor', lwaClientId: 'amzn1.application-oa2-client.e2e', lwaClientSecret: secret, refreshToken: refresh });
  await expect(accounts.status()).toHaveText('Account saved.');
  await expect(accounts.card('Yiwu Trading')).toContainText('Vendor');
  await expect(accounts.card('Yiwu Trading').getByTestId('secrets-state')).toHaveText('Credentials saved');

  // Every reply the station could give about accounts, asked directly from the page.
  const replies = await page.evaluate(async () => {
    const station = (globalThis as unknown as PageGlobals).station!;
    return JSON.stringify([await station.invoke('accounts:list', {}), await station.invoke('station:info', {})]);
  });
  expect(frames.length).toBeGreaterThan(0);
  for (const text of [...frames, replies, await page.content()]) {
    expect(text).not.toContain(secret);
    expect(text).not.toContain(refresh);
  }
});

test('the account form says what is wrong and keeps what was typed', async ({ page, host }) => {
  const shell = new StationShell(page);
  await shell.open(host.url);
  await shell.nav(/Accounts/).click();
  const accounts = new AccountsPage(page);
  await page.getByRole('button', { name: 'Add account' }).click();
  await accounts.fill({ name: 'Half done', lwaClientId: 'amzn1.application-oa2-client.x', lwaClientSecret: '', refreshToken: '' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(accounts.alert()).toContainText('Client secret is required');
  await expect(page.getByLabel('Account name')).toHaveValue('Half done');
  await expect(accounts.card('Half done')).toHaveCount(0);
});

test('an account is edited without re-entering its secrets, and removed', async ({ page, host }) => {
  const shell = new StationShell(page);
  await shell.open(host.url);
  await shell.nav(/Accounts/).click();
  const accounts = new AccountsPage(page);
  await accounts.add({ name: 'Ningbo Seller', lwaClientId: 'amzn1.application-oa2-client.a', lwaClientSecret: secret, refreshToken: refresh });
  await accounts.card('Ningbo Seller').getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByLabel('Refresh token')).toHaveValue('');
  await page.getByLabel('Account name').fill('Ningbo Seller EU');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(accounts.card('Ningbo Seller EU').getByTestId('secrets-state')).toHaveText('Credentials saved');

  page.once('dialog', (dialog) => void dialog.accept());
  await accounts.card('Ningbo Seller EU').getByRole('button', { name: 'Remove' }).click();
  await expect(accounts.status()).toHaveText('Account removed.');
  await expect(accounts.card('Ningbo Seller')).toHaveCount(0);
});

test('the station speaks Chinese when chosen, and remembers it', async ({ page, host }) => {
  const shell = new StationShell(page);
  await shell.open(host.url);
  await shell.nav(/Settings/).click();
  await new SettingsPage(page).language('简体中文').click();
  await expect(shell.heading()).toHaveText('设置');
  await expect(shell.nav(/账户/)).toBeVisible();
  await page.reload();
  await expect(shell.heading()).toHaveText('工作台');
  await shell.nav(/设置/).click();
  await new SettingsPage(page).language('English').click();
  await expect(shell.heading()).toHaveText('Settings');
});

test('a second window sees changes made in the first', async ({ page, context, host }) => {
  const other = await context.newPage();
  await new StationShell(page).open(host.url);
  await new StationShell(other).open(host.url);
  await new StationShell(other).nav(/Accounts/).click();
  await new StationShell(page).nav(/Accounts/).click();
  await new AccountsPage(page).add({ name: 'Shared Seller', lwaClientId: 'amzn1.application-oa2-client.b', lwaClientSecret: secret, refreshToken: refresh });
  await expect(new AccountsPage(other).card('Shared Seller')).toBeVisible();
});

test('the station refuses a browser that lacks the launch token', async ({ page, host }) => {
  const response = await page.goto(host.origin + '/');
  expect(response?.status()).toBe(401);
  expect(await response?.json()).toMatchObject({ error: { code: 'TOKEN_MISSING' } });
});
