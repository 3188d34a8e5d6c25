import type { Page } from '@playwright/test';
import { en, type Strings } from '../support/strings';

export type { Strings };
export { STRINGS } from '../support/strings';

/** Fills {{name}} placeholders the way i18next does, for matching translated text. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));
}

/** Waits long enough for the practice marketplace's asynchronous operations (about 0.8 s each, several per step). */
export const AMAZON_STEP_MS = 45_000;

/** A station screen, driven by keyboard and a simulated keyboard-wedge scanner, in either language. */
export abstract class StationPage {
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
}
