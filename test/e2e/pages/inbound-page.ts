import { expect, type Locator, type Page } from '@playwright/test';
import { en, type Strings } from '../support/strings';

export type { Strings };
export { STRINGS } from '../support/strings';

/** Fills {{name}} placeholders the way i18next does, for matching translated text. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));
}

/** Waits long enough for the practice marketplace's asynchronous operations (about 0.8 s each, several per step). */
export const AMAZON_STEP_MS = 45_000;

/** The FBA inbound page, driven by keyboard and a simulated keyboard-wedge scanner, in either language. */
export class InboundPage {
  constructor(
    readonly page: Page,
    readonly s: Strings = en,
  ) {}

  /** A keyboard-wedge scanner: the whole code at 200 characters per second, then Enter. */
  async scan(code: string): Promise<void> {
    await this.page.keyboard.type(code, { delay: 5 });
    await this.page.keyboard.press('Enter');
  }

  /** A person typing, well slower than any scanner. */
  async typeSlowly(text: string): Promise<void> {
    await this.page.keyboard.type(text, { delay: 90 });
  }

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

  placementOptions(): Locator {
    return this.page.getByTestId('placement-option');
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

  // Labels and tracking
  shipments(): Locator {
    return this.page.getByTestId('shipment');
  }

  shipmentBoxes(shipment: Locator): Locator {
    return shipment.getByTestId('shipment-box');
  }
}
