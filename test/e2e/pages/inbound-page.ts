import { expect, type Locator } from '@playwright/test';
import { AMAZON_STEP_MS, StationPage, fill } from './station-page';

export { AMAZON_STEP_MS, STRINGS, fill, type Strings } from './station-page';

/** The FBA inbound page, driven by keyboard and a simulated keyboard-wedge scanner, in either language. */
export class InboundPage extends StationPage {
  async open(): Promise<void> {
    await this.page.keyboard.press('F2');
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(this.s.inbound.title);
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: false });
  }

  // New plan
  itemFeedback(): Locator {
    return this.page.getByTestId('item-feedback');
  }

  draftItems(): Locator {
    return this.page.getByTestId('draft-item');
  }

  async startNewPlan(): Promise<void> {
    await this.page.keyboard.press('Alt+KeyN');
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(this.s.inbound.newPlan);
  }

  async createPlan(): Promise<void> {
    await this.page.keyboard.press('Alt+Enter');
    await expect(this.stepper()).toBeVisible();
  }

  /** Scans `units` of each item into the new plan, checking the running totals after each SKU. */
  async scanIntoDraft(items: readonly { fnsku: string }[], units: number): Promise<void> {
    await this.page.getByLabel(this.s.inbound.itemCode).focus();
    for (const [n, item] of items.entries()) {
      for (let unit = 0; unit < units; unit++) await this.scan(item.fnsku);
      await expect(this.page.getByTestId('draft-totals')).toHaveText(fill(this.s.inbound.draftTotals, { skus: n + 1, units: (n + 1) * units }));
    }
  }

  // Plan screen
  stepper(): Locator {
    return this.page.getByTestId('plan-step');
  }

  async waitForStep(step: string): Promise<void> {
    await expect(this.stepper()).toHaveAttribute('data-step', step, { timeout: AMAZON_STEP_MS });
  }

  packingOptions(): Locator {
    return this.page.getByTestId('packing-option');
  }

  /** Takes Amazon's first packing option as soon as it is offered, and waits for the packing step. */
  async chooseFirstPackingOption(): Promise<void> {
    await this.waitForStep('choose_packing');
    await expect(this.packingOptions().first()).toBeVisible();
    await this.page.keyboard.press('Alt+Digit1');
    await this.waitForStep('packing');
  }

  placementOptions(): Locator {
    return this.page.getByTestId('placement-option');
  }

  /** Takes the first placement option once it can be chosen (every option's shipments quoted). */
  async chooseFirstPlacement(): Promise<void> {
    await this.waitForStep('placement');
    await expect(this.placementOptions().first().getByRole('button', { name: this.s.inbound.chooseThis })).toBeEnabled({ timeout: AMAZON_STEP_MS });
    await this.page.keyboard.press('Alt+Digit1');
  }

  /** Small parcel with the given carrier for every shipment, confirmed with Alt+Enter; waits for the labels step. */
  async chooseSmallParcel(solution: 'USE_YOUR_OWN_CARRIER' | 'AMAZON_PARTNERED_CARRIER'): Promise<void> {
    const s = this.s.inbound;
    await this.waitForStep('transport');
    const transport = this.page.getByTestId('transport-shipment');
    await expect(transport.first()).toBeVisible({ timeout: AMAZON_STEP_MS });
    // Quotes for the chosen placement may still be arriving: choose once the plan waits for nothing more.
    await expect(this.page.getByTestId('plan-waiting')).toHaveCount(0, { timeout: AMAZON_STEP_MS });
    for (let n = 0; n < (await transport.count()); n++) {
      await transport.nth(n).getByLabel(`${s.mode.GROUND_SMALL_PARCEL} · ${s.solution[solution]}`).first().check();
    }
    await expect(this.page.getByRole('button', { name: s.confirmTransport })).toBeEnabled({ timeout: AMAZON_STEP_MS });
    await this.page.keyboard.press('Alt+Enter');
    await this.waitForStep('labels');
  }

  // Packing
  targets(): Locator {
    return this.page.getByTestId('packing-target');
  }

  remainingRows(): Locator {
    return this.page.getByTestId('remaining-row');
  }

  scanFeedback(): Locator {
    return this.page.getByTestId('scan-feedback');
  }

  boxLine(msku: string): Locator {
    return this.page.locator(`[data-testid="box-line"][data-msku="${msku}"]`);
  }

  lineQuantity(msku: string): Locator {
    return this.page.locator(`[data-testid="box-line"][data-msku="${msku}"] [data-testid="line-quantity"]`);
  }

  weightField(): Locator {
    return this.page.getByLabel(this.s.inbound.weight, { exact: true });
  }

  boxRows(): Locator {
    return this.page.getByTestId('box-row');
  }

  /** Types the weight like a person, takes the first common box size, and closes the box with Enter. */
  async closeBox(weight: string): Promise<void> {
    await this.page.keyboard.press('Alt+KeyC');
    await expect(this.weightField()).toBeFocused();
    await this.typeSlowly(weight);
    await this.page.keyboard.press('Alt+Digit1');
    await this.page.keyboard.press('Enter');
  }

  async repeatLastBox(times: number): Promise<void> {
    await this.page.keyboard.press('Alt+KeyR');
    const field = this.page.locator('input[name="repeat-times"]');
    await expect(field).toBeFocused();
    await field.press('ControlOrMeta+a');
    await this.typeSlowly(String(times));
    await this.page.keyboard.press('Enter');
  }

  /**
   * Packs every packing group in single-unit boxes: each unit scanned, its box closed with the weight `weightOf` gives
   * its MSKU, then repeated once, so each SKU planned at two units fills two boxes. `afterPair` runs after each pair
   * with the number of boxes so far. Returns the number of boxes.
   */
  async packSingleUnitPairs(weightOf: (msku: string) => string, afterPair?: (msku: string, boxes: number) => Promise<void>): Promise<number> {
    const s = this.s.inbound;
    const groups = await this.targets().count();
    expect(groups).toBeGreaterThan(0);
    let boxes = 0;
    for (let g = 0; g < groups; g++) {
      await this.targets().nth(g).click();
      const rows = await this.remainingRows().evaluateAll((els) => els.map((el) => ({ msku: el.getAttribute('data-msku')!, fnsku: el.getAttribute('data-fnsku')!, remaining: Number(el.getAttribute('data-remaining')) })));
      for (const row of rows) {
        expect(row.remaining).toBe(2);
        await this.scan(row.fnsku);
        await expect(this.scanFeedback()).toHaveText(`+1 ${row.msku} · 1/2`);
        await expect(this.lineQuantity(row.msku)).toHaveValue('1');
        await this.closeBox(weightOf(row.msku));
        boxes += 1;
        await expect(this.scanFeedback()).toContainText(fill(s.boxClosed, { n: boxes }));
        await this.repeatLastBox(1);
        boxes += 1;
        await expect(this.scanFeedback()).toContainText(fill(s.repeated_one, { count: 1, numbers: boxes }));
        await afterPair?.(row.msku, boxes);
      }
    }
    await expect(this.page.getByTestId('packing-left')).toHaveText(s.allPacked);
    return boxes;
  }

  // Labels and tracking
  shipments(): Locator {
    return this.page.getByTestId('shipment');
  }

  shipmentBoxes(shipment: Locator): Locator {
    return shipment.getByTestId('shipment-box');
  }

  /** Amazon's box ids of a shipment, in the order the station lists them. */
  async shipmentBoxIds(shipment: Locator): Promise<string[]> {
    return this.shipmentBoxes(shipment).evaluateAll((els) => els.map((el) => el.getAttribute('data-box-id')!));
  }

  /** Pairs a box with its tracking number the way a packer does: the box label scanned, then the carrier label. */
  async scanTracking(shipment: Locator, boxId: string, tracking: string): Promise<void> {
    await this.scan(boxId);
    await expect(shipment.getByTestId('tracking-message')).toHaveText(fill(this.s.inbound.nowScanTracking, { box: boxId }));
    await this.scan(tracking);
    await expect(shipment.locator(`[data-testid="shipment-box"][data-box-id="${boxId}"] [data-testid="tracking-input"]`)).toHaveValue(tracking);
  }

  /** Sends the shipment's tracking numbers to Amazon and waits until each box shows it saved. */
  async sendTracking(shipment: Locator, boxes: number): Promise<void> {
    const s = this.s.inbound;
    await shipment.getByRole('button', { name: fill(boxes === 1 ? s.sendTracking_one : s.sendTracking_other, { count: boxes }) }).click();
    await expect(shipment.getByTestId('tracking-saved')).toHaveCount(boxes);
  }
}
