import type { Locator, Page } from '@playwright/test';

/** The Devices page (F5): scale readout, zero/tare, the virtual platter, scale and scanner settings, last scans. */
export class DevicesPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.keyboard.press('F5');
    await this.readout().waitFor();
  }

  readout(): Locator {
    return this.page.getByTestId('scale-readout');
  }

  /** The big digits and the unit, e.g. "2.35lb" as text; see digits() and unit() for each. */
  digits(): Locator {
    return this.readout().locator('.digits');
  }

  unit(): Locator {
    return this.readout().locator('.unit');
  }

  readoutState(): Locator {
    return this.page.getByTestId('scale-state');
  }

  unitButton(unit: 'g' | 'kg' | 'oz' | 'lb'): Locator {
    return this.readout().getByRole('button', { name: unit, exact: true });
  }

  takeButton(): Locator {
    return this.readout().getByRole('button', { name: 'Take weight' });
  }

  async putOnScale(text: string, unit: 'g' | 'kg' | 'oz' | 'lb' = 'lb'): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Weight on the virtual scale' });
    await form.getByLabel('Weight on the virtual scale').fill(text);
    await form.getByLabel('Unit').selectOption(unit);
    await form.getByRole('button', { name: 'Put on scale' }).click();
  }

  scaleError(): Locator {
    return this.page.getByTestId('scale-error');
  }

  scaleStatus(): Locator {
    return this.page.getByTestId('scale-status');
  }

  scaleSettings(): Locator {
    return this.page.getByRole('form', { name: 'Scale settings' });
  }

  async chooseScale(kind: 'Virtual scale' | 'USB HID scale' | 'Mettler Toledo MT-SICS (serial)' | 'NCI / SCP-01 (serial)' | 'Continuous output (serial)'): Promise<void> {
    await this.scaleSettings().getByLabel(kind).check();
  }

  async saveScale(): Promise<void> {
    await this.scaleSettings().getByRole('button', { name: 'Save and connect scale' }).click();
  }

  scaleSettingsResult(): Locator {
    return this.page.getByTestId('scale-settings-result');
  }

  scannerSettings(): Locator {
    return this.page.getByRole('form', { name: 'Scanner settings' });
  }

  scannerStatus(): Locator {
    return this.page.getByTestId('scanner-status');
  }

  /** A keyboard-wedge scanner: the whole code at 200 characters per second, then Enter. */
  async wedgeScan(code: string): Promise<void> {
    await this.page.keyboard.type(code, { delay: 5 });
    await this.page.keyboard.press('Enter');
  }

  /** A person typing, well slower than any scanner. */
  async typeSlowly(text: string): Promise<void> {
    await this.page.keyboard.type(text, { delay: 90 });
  }

  scanRows(): Locator {
    return this.page.getByTestId('scan-row');
  }
}
