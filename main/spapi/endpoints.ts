import type { Region } from '../../shared/marketplaces';
import { SpApiRequestError } from './errors';

export type SpApiEnvironment = 'production' | 'sandbox';

/** Amazon's SP-API hosts by region; the sandbox hosts answer the models' static examples. */
const HOSTS: Record<Region, Record<SpApiEnvironment, string>> = {
  NA: { production: 'sellingpartnerapi-na.amazon.com', sandbox: 'sandbox.sellingpartnerapi-na.amazon.com' },
  EU: { production: 'sellingpartnerapi-eu.amazon.com', sandbox: 'sandbox.sellingpartnerapi-eu.amazon.com' },
  FE: { production: 'sellingpartnerapi-fe.amazon.com', sandbox: 'sandbox.sellingpartnerapi-fe.amazon.com' },
};

/** Login with Amazon's token endpoint; it serves every region. */
export const DEFAULT_LWA_TOKEN_URL = 'https://api.amazon.com/auth/o2/token';

export function spApiBaseUrl(region: Region, environment: SpApiEnvironment): string {
  const hosts = HOSTS[region];
  if (!hosts) throw new SpApiRequestError(`Unknown SP-API region "${String(region)}"; expected one of ${Object.keys(HOSTS).join(', ')}`);
  return `https://${hosts[environment]}`;
}

/**
 * Normalises an override URL (practice marketplace, tests): it must be http(s) and carries
 * no trailing slash, because operation paths start with one.
 */
export function normaliseUrl(url: string, what: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SpApiRequestError(`${what} "${url}" is not a valid URL (expected e.g. http://127.0.0.1:8443)`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new SpApiRequestError(`${what} "${url}" must use http or https`);
  }
  return parsed.toString().replace(/\/+$/, '');
}
