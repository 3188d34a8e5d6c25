import { test, expect } from './support/practice-market';
import { StationShell } from './pages/station-shell';
import { InboundPage, STRINGS, fill } from './pages/inbound-page';
import { lightItems } from './support/station-catalogue';
import { PRACTICE_SELLER } from '../../main/practice/practice-accounts';

const c = STRINGS.en.conflicts;

/** Seller Central renames the plan: the practice seller's own login, then updateInboundPlanName, as Amazon's API has it. */
async function renameElsewhere(marketUrl: string, inboundPlanId: string, name: string): Promise<void> {
  const token = await fetch(`${marketUrl}/auth/o2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: PRACTICE_SELLER.refreshToken, client_id: PRACTICE_SELLER.clientId, client_secret: PRACTICE_SELLER.clientSecret }),
  });
  const { access_token: accessToken } = (await token.json()) as { access_token: string };
  const reply = await fetch(`${marketUrl}/inbound/fba/2024-03-20/inboundPlans/${inboundPlanId}/name`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', 'x-amz-access-token': accessToken },
    body: JSON.stringify({ name }),
  });
  expect(reply.status).toBe(204);
}

test('a plan renamed in Seller Central shows as a conflict on the plan screen and in the status bar; "Keep mine" sends the station’s name back', async ({ page, host, market }) => {
  test.setTimeout(150_000);
  await new StationShell(page).open(host.url);
  const inbound = new InboundPage(page);
  const [item] = lightItems(host.dataDir, 1);
  await inbound.open();
  await inbound.startNewPlan();
  // The item is scanned into the new plan, as at the bench.
  await inbound.scan(item!.fnsku);
  await expect(inbound.draftItems()).toHaveCount(1);
  await inbound.createPlan();
  await inbound.waitForStep('choose_packing');

  const [remote] = (await market.inspect()).plans.filter((p) => p.accountId === PRACTICE_SELLER.accountId);
  const stationName = remote!.name;
  await renameElsewhere(market.url, remote!.inboundPlanId, 'Renamed in Seller Central');

  await page.getByTestId('conflicts-check').click();
  const conflict = page.locator('[data-testid="conflict"][data-field="name"]');
  await expect(conflict).toBeVisible({ timeout: 30_000 });
  await expect(conflict.getByTestId('conflict-local')).toHaveText(stationName);
  await expect(conflict.getByTestId('conflict-amazon')).toHaveText('Renamed in Seller Central');
  await expect(page.getByTestId('sync-conflicts')).toHaveText(fill(c.statusBar_one, { count: 1 }));

  await conflict.getByRole('button', { name: c.keepMine }).click();
  await expect(conflict).toHaveCount(0);
  await expect(page.getByTestId('sync-conflicts')).toHaveCount(0);
  await expect.poll(async () => (await market.inspect()).plans.find((p) => p.inboundPlanId === remote!.inboundPlanId)?.name, { timeout: 45_000 }).toBe(stationName);
});
