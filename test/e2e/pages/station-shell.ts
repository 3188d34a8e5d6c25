import type { Locator, Page } from '@playwright/test';

/** The station's frame: sidebar navigation with function-key shortcuts. */
export class StationShell {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('navigation', { name: 'Main' }).waitFor();
  }

  nav(name: string | RegExp): Locator {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name });
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async pressShortcut(key: 'F1' | 'F2' | 'F3' | 'F4'): Promise<void> {
    await this.page.keyboard.press(key);
  }
}
