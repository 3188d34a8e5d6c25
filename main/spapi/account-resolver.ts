import type { AccountsService } from '../accounts/accounts-service';
import type { AccountClient, SpApiClient } from './client';
import type { SpApiAccount } from './client-types';
import { spApiBaseUrl } from './endpoints';
import { spApiAccountFrom } from './account';
import { StationError } from '../core/errors';

/** Where the station's practice marketplace answers, once it runs. */
export interface PracticeEndpoints {
  baseUrl: string;
  lwaTokenUrl: string;
}

/** Turns a stored account into an SP-API caller; practice accounts go to the station's own practice marketplace. */
export class SpApiAccounts {
  constructor(
    private readonly accounts: AccountsService,
    readonly client: SpApiClient,
    private readonly practice: () => PracticeEndpoints | null,
  ) {}

  spApiAccount(accountId: string): SpApiAccount {
    const credentials = this.accounts.credentials(accountId);
    if (!credentials.practice) return spApiAccountFrom(credentials);
    const endpoints = this.practice();
    if (!endpoints) throw new StationError('UNAVAILABLE', 'The practice marketplace is not running on this station');
    return spApiAccountFrom(credentials, endpoints);
  }

  caller(accountId: string): AccountClient {
    return this.client.forAccount(this.spApiAccount(accountId));
  }

  /** The SP-API host an account talks to, for the connectivity probe. */
  baseUrl(accountId: string): string {
    const summary = this.accounts.get(accountId);
    if (summary.practice) return this.practice()?.baseUrl ?? '';
    return spApiBaseUrl(summary.region, summary.environment);
  }
}
