import { expect, type Locator } from '@playwright/test';
import { AMAZON_STEP_MS, StationPage } from './station-page';

export { AMAZON_STEP_MS, fill } from './station-page';

/** The Multi-Channel Fulfillment page, driven by keyboard and a simulated keyboard-wedge scanner, in either language. */
export class McfPage extends StationPage {
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
