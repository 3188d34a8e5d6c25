// Takes docs/screenshot.png from the real browser host: `npx tsx scripts/screenshot.ts` after `npm run build`.
import { chromium } from '@playwright/test';
import { resolve } from 'node:path';
import { startHost } from '../test/e2e/support/station-host';

async function main(): Promise<void> {
  const host = await startHost();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(host.url);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.evaluate(`window.station.invoke('accounts:create', {
      name: 'Shenzhen Seller', type: 'seller', region: 'NA', marketplaceIds: ['ATVPDKIKX0DER', 'A2EUQ1WTGCTBG2'],
      environment: 'production', lwaClientId: 'amzn1.application-oa2-client.demo', lwaClientSecret: 'demo', refreshToken: 'demo' })`);
    await page.getByRole('button', { name: /Accounts/ }).click();
    await page.getByTestId('account-card').first().waitFor();
    await page.screenshot({ path: resolve(__dirname, '../docs/screenshot.png') });
  } finally {
    await browser.close();
    await host.stop();
  }
}

void main();
