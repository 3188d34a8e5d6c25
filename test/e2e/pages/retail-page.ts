import { expect, type Locator } from '@playwright/test';
import { AMAZON_STEP_MS, StationPage } from './station-page';

export { AMAZON_STEP_MS, fill } from './station-page';

/** The retail ASN page, driven by keyboard and a simulated keyboard-wedge scanner, in either language. */
export class RetailPage extends StationPage {
  /** Focuses a field by name and types into it as a person does. */
  async typeInto(name: string, text: string): Promise<void> {
    await this.page.locator(`input[name="${name}"]`).focus();
    await this.page.keyboard.type(text, { delay: 60 });
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('F9');
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(this.s.retail.title);
  }

  feedback(): Locator {
    return this.page.getByTestId('retail-feedback');
  }

  containers(kind: 'carton' | 'pallet'): Locator {
    return this.page.locator(`[data-testid="retail-container"][data-kind="${kind}"]`);
  }

  async waitForStep(step: string): Promise<void> {
    await expect(this.page.getByTestId('retail-shipment').getByTestId('retail-step')).toHaveAttribute('data-step', step, { timeout: AMAZON_STEP_MS });
  }

  /** Weight then length, width and height, typed; then Alt+C closes the open carton or pallet. */
  async close(weight: string, [length, width, height]: [string, string, string]): Promise<void> {
    await this.page.keyboard.press('Alt+KeyC');
    await expect(this.page.locator('input[name="retail-weight"]')).toBeFocused();
    await this.page.keyboard.type(weight, { delay: 60 });
    await this.typeInto('retail-length', length);
    await this.typeInto('retail-width', width);
    await this.typeInto('retail-height', height);
    await this.page.keyboard.press('Alt+KeyC');
  }
}
