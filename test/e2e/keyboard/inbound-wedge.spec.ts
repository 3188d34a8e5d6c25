import type { Page } from '@playwright/test';
import { test, expect, type RunningHost } from '../support/station-host';
import { StationShell } from '../pages/station-shell';
import { InboundPage, STRINGS, fill } from '../pages/inbound-page';
import { lightItems } from '../support/station-catalogue';

const s = STRINGS.en.inbound;

/** A plan of one SKU at the packing step, with one unit scanned into the open box, and the close form's weight field. */
async function packingOneSku(page: Page, host: RunningHost) {
  await new StationShell(page).open(host.url);
  const inbound = new InboundPage(page);
  const [item] = lightItems(host.dataDir, 1);
  await inbound.open();
  await inbound.startNewPlan();
  await inbound.scanIntoDraft([item!], 5);
  await inbound.createPlan();
  await inbound.chooseFirstPackingOption();
  await inbound.scan(item!.fnsku);
  await expect(inbound.lineQuantity(item!.msku)).toHaveValue('1');
  // Bursts are judged by timing: let the station finish talking to Amazon so the page is idle, as at a real bench.
  await expect(page.getByTestId('plan-waiting')).toHaveCount(0, { timeout: 45_000 });
  return { inbound, item: item!, weight: inbound.weightField() };
}

test('a keyboard-wedge burst at 200 characters per second while the weight field has focus lands as one scan in the open box, and nothing in the field', async ({ page, host }) => {
  test.setTimeout(120_000);
  const { inbound, item, weight } = await packingOneSku(page, host);
  await weight.click();
  await expect(weight).toBeFocused();
  await inbound.scan(item.fnsku);
  await expect(inbound.lineQuantity(item.msku)).toHaveValue('2');
  await expect(inbound.scanFeedback()).toHaveText(`+1 ${item.msku} · 2/5`);
  await expect(weight).toHaveValue('');
  await expect(weight).toBeFocused();

  // Twice more, from the size fields, and the box holds exactly what was scanned.
  const length = page.getByLabel(s.length, { exact: true });
  await length.click();
  await inbound.scan(item.fnsku);
  await expect(inbound.lineQuantity(item.msku)).toHaveValue('3');
  await expect(length).toHaveValue('');

  // A scanner that stalls 60 ms after its first key (past the 35 ms a scan's keys may lie apart): that key is typed
  // into the field at first, then taken back into the scan.
  const height = page.getByLabel(s.height, { exact: true });
  await height.click();
  await page.keyboard.type(item.fnsku.slice(0, 1));
  await page.waitForTimeout(60);
  await inbound.scan(item.fnsku.slice(1));
  await expect(inbound.lineQuantity(item.msku)).toHaveValue('4');
  await expect(height).toHaveValue('');
});

test('a person typing slowly in the weight field is not taken for a scanner, even typing a product code', async ({ page, host }) => {
  test.setTimeout(120_000);
  const { inbound, item, weight } = await packingOneSku(page, host);
  await weight.click();
  await inbound.typeSlowly(item.fnsku);
  await expect(weight).toHaveValue(item.fnsku);
  await weight.press('ControlOrMeta+a');
  await inbound.typeSlowly('12.5');
  await expect(weight).toHaveValue('12.5');
  // The typed code was not scanned: the box still holds the one unit, and no scan was refused.
  await expect(inbound.lineQuantity(item.msku)).toHaveValue('1');
  await expect(inbound.scanFeedback()).toHaveAttribute('data-kind', 'ok');
  await expect(inbound.scanFeedback()).toHaveText(`+1 ${item.msku} · 1/5`);

  // Typing then closes the box with the typed weight, like any form.
  await page.keyboard.press('Alt+Digit2');
  await page.keyboard.press('Enter');
  await expect(inbound.scanFeedback()).toHaveText(fill(s.boxClosed, { n: 1 }));
  await expect(inbound.boxRows().first()).toContainText('12.5 lb');
});
