import type { AccountCredentials } from '../accounts/accounts-service';
import type { SpApiAccount } from './client-types';

export interface EndpointOverrides {
  /** SP-API base URL instead of the account region's host (practice marketplace, tests, support). */
  baseUrl?: string;
  /** LWA token URL instead of https://api.amazon.com/auth/o2/token. */
  lwaTokenUrl?: string;
}

/** What the client needs from a stored account (AccountsService.credentials), plus any endpoint overrides. */
export function spApiAccountFrom(credentials: AccountCredentials, overrides: EndpointOverrides = {}): SpApiAccount {
  return {
    id: credentials.id,
    region: credentials.region,
    environment: credentials.environment,
    lwaClientId: credentials.lwaClientId,
    lwaClientSecret: credentials.lwaClientSecret,
    refreshToken: credentials.refreshToken,
    ...(overrides.baseUrl ? { baseUrl: overrides.baseUrl } : {}),
    ...(overrides.lwaTokenUrl ? { lwaTokenUrl: overrides.lwaTokenUrl } : {}),
  };
}
