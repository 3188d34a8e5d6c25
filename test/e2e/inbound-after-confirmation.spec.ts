import { test, expect } from './support/practice-market';
import { StationShell } from './pages/station-shell';
import { AMAZON_STEP_MS, InboundPage, STRINGS } from './pages/inbound-page';
import { lightItems } from './support/station-catalogue';

const SKUS = 2;
const UNITS_PER_SKU = 2;

/**
 * After the carrier is confirmed, through the UI only: the plan and a shipment renamed, a box's contents changed
 * beyond Amazon's limit (refused at the station with the rule), then within it, Amazon's preview with its cost
 * confirmed; the marketplace holds the new name and the new contents, changed once.
 */
test('after confirmation through the UI: rename, content update refused by the 6-unit rule, then previewed and confirmed', async ({ page, host, market }) => {
  test.setTimeout(240_000);
  const s = STRINGS.en.inbound;
  const a = STRINGS.en.inboundAfter;
  const shell = new StationShell(page);
  await shell.open(host.url);
  const inbound = new InboundPage(page, STRINGS.en);
  await inbound.open();
  const items = lightItems(host.dataDir, SKUS);

  await inbound.startNewPlan();
  await inbound.scanIntoDraft(items, UNITS_PER_SKU);
  await inbound.createPlan();
  await inbound.chooseFirstPackingOption();

  // One unit per box, each box repeated once: two boxes per SKU.
  expect(await inbound.packSingleUnitPairs(() => '2.0')).toBe(SKUS * UNITS_PER_SKU);
  await page.keyboard.press('Alt+KeyS');
  await inbound.chooseFirstPlacement();
  await inbound.chooseSmallParcel('AMAZON_PARTNERED_CARRIER');
  await expect(page.getByText(s.waitingBoxIds)).toHaveCount(0, { timeout: AMAZON_STEP_MS });

  // Rename the plan (Alt+J puts the focus on its name) and the first shipment.
  const after = page.getByTestId('after-confirmation');
  await expect(after).toBeVisible();
  await page.keyboard.press('Alt+KeyJ');
  const planName = page.locator('#after-plan-name');
  await expect(planName).toBeFocused();
  await planName.fill('Spring restock');
  await planName.press('Enter');
  const shipment = after.locator('article.after-shipment').first();
  // The partnered carrier's void deadline, read from Amazon when the section opens.
  await expect(shipment.getByTestId('void-deadline')).toContainText('Cancelling the plan voids', { timeout: AMAZON_STEP_MS });
  const shipmentName = shipment.getByLabel(a.shipmentName);
  await shipmentName.fill('Spring restock west');
  await shipmentName.press('Enter');
  await expect(page.getByTestId('after-pending')).toHaveCount(0, { timeout: AMAZON_STEP_MS });
  await expect(shipmentName).toHaveValue('Spring restock west');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Spring restock');

  // Edit the boxes: seven more units of one SKU is beyond 6 units and refused at the station, with the rule.
  await page.keyboard.press('Alt+KeyM');
  const editor = shipment.getByTestId('box-editor');
  await expect(editor).toBeVisible();
  const firstQty = editor.getByTestId('edit-box-0').locator('input.qty').first();
  const original = Number(await firstQty.inputValue());
  await firstQty.fill(String(original + 7));
  await page.keyboard.press('Alt+KeyV');
  await expect(shipment.getByTestId('content-update-problems')).toContainText('at most 6 units (5 % or 6 units, whichever is greater)');

  // One more unit is within the rule: Amazon's preview shows the boxes and the cost, and only Alt+Y confirms it.
  await firstQty.fill(String(original + 1));
  await page.keyboard.press('Alt+KeyV');
  const preview = shipment.getByTestId('content-update-preview');
  await expect(preview).toBeVisible({ timeout: AMAZON_STEP_MS });
  await expect(preview.getByTestId('preview-cost')).toContainText('USD');
  const before = (await market.inspect()).plans[0]!;
  expect(before.counts.contentUpdateConfirmations).toBe(0);
  await page.keyboard.press('Alt+KeyY');
  await expect(shipment.getByTestId('content-update-applied')).toHaveText(a.contents.applied, { timeout: AMAZON_STEP_MS });

  const state = await market.inspect();
  const plan = state.plans[0]!;
  expect(plan.name).toBe('Spring restock');
  expect(plan.counts.contentUpdateConfirmations).toBe(1);
  const units = (boxes: typeof plan.boxes) => boxes.reduce((n, b) => n + b.items.reduce((m, i) => m + i.quantity, 0), 0);
  expect(units(plan.boxes)).toBe(units(before.boxes) + 1);
  expect(state.callCounts['fulfillmentInbound_2024-03-20.updateInboundPlanName']).toBe(1);
  expect(state.callCounts['fulfillmentInbound_2024-03-20.updateShipmentName']).toBe(1);
  await expect(page.getByTestId('plan-sync-failed')).toHaveCount(0);
});
