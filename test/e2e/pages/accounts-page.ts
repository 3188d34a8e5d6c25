import type { Locator, Page } from '@playwright/test';

export interface AccountFormValues {
  name: string;
  type?: 'Seller' | 'Vendor';
  lwaClientId: string;
  lwaClientSecret?: string;
  refreshToken?: string;
}

export class AccountsPage {
  constructor(readonly page: Page) {}

  cards(): Locator {
    return this.page.getByTestId('account-card');
  }

  card(name: string): Locator {
    return this.cards().filter({ hasText: name });
  }

  async add(values: AccountFormValues): Promise<void> {
    await this.page.getByRole('button', { name: 'Add account' }).click();
    await this.fill(values);
    await this.page.getByRole('button', { name: 'Save' }).click();
  }

  async fill(values: AccountFormValues): Promise<void> {
    const form = this.page.getByRole('form');
    await form.getByLabel('Account name').fill(values.name);
    if (values.type) await form.getByLabel(values.type, { exact: true }).check();
    await form.getByLabel('LWA client id').fill(values.lwaClientId);
    if (values.lwaClientSecret !== undefined) await form.getByLabel('LWA client secret').fill(values.lwaClientSecret);
    if (values.refreshToken !== undefined) await form.getByLabel('Refresh token').fill(values.refreshToken);
  }

  status(): Locator {
    return this.page.getByRole('status');
  }

  alert(): Locator {
    return this.page.getByRole('alert');
  }
}
