import type { Locator, Page } from '@playwright/test';

export interface PrinterValues {
  name: string;
  connection: 'Network (TCP)' | 'CUPS queue (raw)' | 'Windows printer (raw)' | 'OS printer driver' | 'Virtual printer (folder)';
  host?: string;
  port?: string;
  dpi?: '203' | '300' | '600';
  widthIn?: string;
  heightIn?: string;
  darkness?: string;
}

/** The Printers page (F6): profiles with status, the printer form, roles, recent jobs and their previews. */
export class PrintersPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.keyboard.press('F6');
    await this.page.getByRole('heading', { level: 1, name: 'Printers' }).waitFor();
  }

  card(name: string): Locator {
    return this.page.locator(`[data-testid="printer-card"][data-printer="${name}"]`);
  }

  status(name: string): Locator {
    return this.card(name).getByTestId('printer-status');
  }

  async testPrint(name: string): Promise<void> {
    await this.card(name).getByRole('button', { name: 'Test print' }).click();
  }

  notice(): Locator {
    return this.page.getByTestId('printers-notice');
  }

  form(): Locator {
    return this.page.getByRole('form', { name: 'New printer' });
  }

  async add(values: PrinterValues): Promise<void> {
    await this.page.getByRole('button', { name: 'Add printer' }).click();
    const form = this.form();
    await form.getByLabel('Printer name').fill(values.name);
    if (values.dpi) await form.getByLabel('Resolution (dpi)').selectOption(values.dpi);
    if (values.widthIn) await form.getByLabel('Label width (in)').fill(values.widthIn);
    if (values.heightIn) await form.getByLabel('Label height (in)').fill(values.heightIn);
    if (values.darkness) await form.getByLabel('Darkness (0–30)').fill(values.darkness);
    await form.getByLabel(values.connection).check();
    if (values.host !== undefined) await form.getByLabel('Host or IP address').fill(values.host);
    if (values.port !== undefined) await form.getByLabel('Port', { exact: true }).fill(values.port);
    await form.getByRole('button', { name: 'Save printer' }).click();
  }

  formError(): Locator {
    return this.page.getByTestId('printer-form-error');
  }

  jobRows(): Locator {
    return this.page.getByTestId('job-row');
  }

  previewImages(): Locator {
    return this.page.getByTestId('job-preview').locator('img');
  }

  role(role: 'Shipping and box labels' | 'Item labels' | 'Documents'): Locator {
    return this.page.getByRole('region', { name: 'Which printer prints what' }).getByLabel(role);
  }
}
