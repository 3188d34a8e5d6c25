import { expect, type Locator } from '@playwright/test';
import { AMAZON_STEP_MS, StationPage } from './station-page';
import type { PageGlobals } from '../support/page-globals';

export { AMAZON_STEP_MS, fill, type Strings } from './station-page';

export interface QueueRow {
  po: string;
  step: string;
  shipMethod: string;
  units: number;
}

export interface OrderLine {
  sku: string;
  ordered: number;
}

/** The Direct Fulfillment page, driven by keyboard and a simulated keyboard-wedge scanner, in either language. */
export class VendorDfPage extends StationPage {

  async open(): Promise<void> {
    await this.page.keyboard.press('F7');
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(this.s.df.title);
  }

  // Queue
  pullResult(): Locator {
    return this.page.getByTestId('df-pull-result');
  }

  orderRows(): Locator {
    return this.page.getByTestId('df-order-row');
  }

  async queueRows(): Promise<QueueRow[]> {
    return this.orderRows().evaluateAll((rows) =>
      rows.map((r) => ({ po: r.getAttribute('data-po')!, step: r.getAttribute('data-step')!, shipMethod: r.getAttribute('data-ship-method')!, units: Number(r.getAttribute('data-units')) })),
    );
  }

  // Order screen
  order(): Locator {
    return this.page.getByTestId('df-order');
  }

  async waitForStep(step: string): Promise<void> {
    await expect(this.page.getByTestId('df-step')).toHaveAttribute('data-step', step, { timeout: AMAZON_STEP_MS });
  }

  async lines(): Promise<OrderLine[]> {
    return this.page
      .getByTestId('df-line')
      .evaluateAll((rows) => rows.map((r) => ({ sku: r.getAttribute('data-vendor-sku')!, ordered: Number(r.getAttribute('data-ordered')) })));
  }

  line(sku: string): Locator {
    return this.page.locator(`[data-testid="df-line"][data-vendor-sku="${sku}"]`);
  }

  feedback(): Locator {
    return this.page.getByTestId('df-scan-feedback');
  }

  packLeft(): Locator {
    return this.page.getByTestId('df-pack-left');
  }

  waiting(): Locator {
    return this.page.getByTestId('df-waiting');
  }

  /** The barcode a packer would scan for a vendor SKU, as the station's catalogue knows it. */
  async barcodeOf(accountId: string, vendorSku: string): Promise<string> {
    const reply = await this.page.evaluate(
      ({ accountId, code }) => (globalThis as unknown as PageGlobals).station!.invoke('inbound:resolve-item', { accountId, code }),
      { accountId, code: vendorSku },
    );
    if (!reply.ok || !reply.value.ok) throw new Error(`The catalogue does not know ${vendorSku}`);
    return reply.value.item.upc ?? reply.value.item.ean ?? vendorSku;
  }

  /** Weight typed by hand, a box size from the templates, then closed: all by keyboard. */
  async closePackage(weight: string, template: 1 | 2 | 3 | 4 | 5): Promise<void> {
    await this.page.keyboard.press('Alt+KeyC');
    await expect(this.page.getByLabel(this.s.df.weight, { exact: true })).toBeFocused();
    await this.typeSlowly(weight);
    await this.page.keyboard.press(`Alt+Digit${template}`);
    await this.page.keyboard.press('Alt+KeyC');
  }

  printJobs(kind: 'shipping-label' | 'packing-slip'): Locator {
    return this.page.locator(`[data-testid="df-print-job"][data-kind="${kind}"]`);
  }
}
