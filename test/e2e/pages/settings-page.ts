import type { Locator, Page } from '@playwright/test';

export class SettingsPage {
  constructor(readonly page: Page) {}

  language(label: 'English' | '简体中文'): Locator {
    return this.page.getByRole('button', { name: label, exact: true });
  }

  version(): Locator {
    return this.page.getByTestId('station-version');
  }
}
