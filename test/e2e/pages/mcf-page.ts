import { expect, type Locator, type Page } from '@playwright/test';
import type { Strings } from './vendor-df-page';

export { fill } from './vendor-df-page';

/** Long enough for the practice marketplace's answers and the sync engine's round trips. */
export const AMAZON_STEP_MS = 45_000;

/** The Multi-Channel Fulfillment page, driven by keyboard and a simulated keyboard-wedge scanner, in either language. */
export class McfPage {
  constructor(
    readonly page: Page,
    readonly s: Strings,
  ) {}

  async scan(code: string): Promise<void> {
    await this.page.keyboard.type(code, { delay: 5 });
    await this.page.keyboard.press('Enter');
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('F8');
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(this.s.mcf.title);
  }

  /** The recipient as a person types it, field by field. */
  async typeAddress(address: Record<'name' | 'addressLine1' | 'city' | 'stateOrRegion' | 'postalCode' | 'phone', string>): Promise<void> {
    for (const [field, value] of Object.entries(address)) {
      await this.page.locator(`input[name="mcf-${field}"]`).focus();
      await this.page.keyboard.type(value, { delay: 60 });
    }
  }

  itemFeedback(): Locator {
    return this.page.getByTestId('mcf-item-feedback');
  }

  previewRow(speed: string): Locator {
    return this.page.locator(`[data-testid="mcf-preview-row"][data-speed="${speed}"]`);
  }

  async waitForStep(step: string): Promise<void> {
    await expect(this.page.getByTestId('mcf-order').getByTestId('mcf-step')).toHaveAttribute('data-step', step, { timeout: AMAZON_STEP_MS });
  }
}
