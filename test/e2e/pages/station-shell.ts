import { expect, type Locator, type Page } from '@playwright/test';
import { STRINGS } from '../support/strings';
import { SettingsPage } from './settings-page';

/** The station's frame: sidebar navigation with function-key shortcuts. */
export class StationShell {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('navigation', { name: 'Main' }).waitFor();
  }

  /** Opens the station and, for Chinese, switches the whole UI to it on the settings screen, as a packer would. */
  async openIn(url: string, language: 'en' | 'zh-CN'): Promise<void> {
    await this.open(url);
    if (language === 'en') return;
    await this.pressShortcut('F4');
    await new SettingsPage(this.page).language('简体中文').click();
    await expect(this.heading()).toHaveText(STRINGS['zh-CN'].settings.title);
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
