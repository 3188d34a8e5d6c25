// Takes docs/screenshot.png from the real browser host: `npx tsx scripts/screenshot.ts` after `npm run build`.
// It shows the packing table of a practice pack-first plan with a few boxes packed.
import { chromium } from '@playwright/test';
import { resolve } from 'node:path';
import { startHost } from '../test/e2e/support/station-host';
import { lightItems } from '../test/e2e/support/station-catalogue';

async function main(): Promise<void> {
  const host = await startHost();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(host.url);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    const items = lightItems(host.dataDir, 6);
    // Strings, not functions: this script runs through a transpiler that would rename helpers inside them.
    const planId = (await page.evaluate(`(async () => {
      const s = window.station;
      const accounts = (await s.invoke('accounts:list', {})).value;
      const seller = accounts.find((a) => a.practice && a.type === 'seller');
      const shipFrom = (await s.invoke('inbound:ship-from-list', { accountId: seller.id })).value[0];
      const items = ${JSON.stringify(items.map((i) => ({ msku: i.msku, quantity: 12, prepOwner: i.prepOwner, labelOwner: i.labelOwner })))};
      const plan = (await s.invoke('inbound:create', { accountId: seller.id, marketplaceId: 'ATVPDKIKX0DER', shipFromId: shipFrom.id, flow: 'pack_first', name: 'Spring restock', items })).value;
      return plan.id;
    })()`)) as string;
    await page.evaluate(`(async () => {
      const s = window.station;
      let plan;
      for (let i = 0; i < 100; i++) {
        plan = (await s.invoke('inbound:get', { planId: ${JSON.stringify(planId)} })).value;
        if (plan.step === 'choose_packing') break;
        await new Promise((r) => setTimeout(r, 200));
      }
      plan = (await s.invoke('inbound:choose-packing-option', { planId: plan.id, packingOptionId: plan.packingOptions[0].packingOptionId })).value;
      const group = plan.packingGroups.find((g) => plan.packingOptions[0].groupIds.includes(g.packingGroupId));
      for (let b = 0; b < 3; b++) {
        const box = (await s.invoke('inbound:open-box', { planId: plan.id, packingGroupId: group.packingGroupId })).value;
        for (const item of group.items.slice(0, 3)) await s.invoke('inbound:scan', { boxId: box.id, code: item.msku, quantity: 4 });
        if (b < 2) await s.invoke('inbound:close-box', { boxId: box.id, weight: { value: 14.2, unit: 'LB' }, dimensions: { length: 18, width: 14, height: 12, unit: 'IN' } });
      }
    })()`);
    await page.keyboard.press('F2');
    await page.getByText('Spring restock').first().click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: resolve(__dirname, '../docs/screenshot.png') });
  } finally {
    await browser.close();
    await host.stop();
  }
}

void main();
