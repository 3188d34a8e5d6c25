import { describe, expect, it } from 'vitest';
import { DEFAULT_LWA_TOKEN_URL, normaliseUrl, spApiBaseUrl } from './endpoints';
import { SpApiClient } from './client';
import { spApiAccountFrom } from './account';
import type { AccountCredentials } from '../accounts/accounts-service';

describe('endpoints', () => {
  it("names Amazon's production and sandbox host of each region", () => {
    expect(spApiBaseUrl('NA', 'production')).toBe('https://sellingpartnerapi-na.amazon.com');
    expect(spApiBaseUrl('EU', 'production')).toBe('https://sellingpartnerapi-eu.amazon.com');
    expect(spApiBaseUrl('FE', 'production')).toBe('https://sellingpartnerapi-fe.amazon.com');
    expect(spApiBaseUrl('NA', 'sandbox')).toBe('https://sandbox.sellingpartnerapi-na.amazon.com');
    expect(spApiBaseUrl('EU', 'sandbox')).toBe('https://sandbox.sellingpartnerapi-eu.amazon.com');
    expect(spApiBaseUrl('FE', 'sandbox')).toBe('https://sandbox.sellingpartnerapi-fe.amazon.com');
    expect(DEFAULT_LWA_TOKEN_URL).toBe('https://api.amazon.com/auth/o2/token');
  });

  it('takes an override URL without its trailing slash and refuses what is not http(s)', () => {
    expect(normaliseUrl('http://127.0.0.1:8443/', 'base')).toBe('http://127.0.0.1:8443');
    expect(() => normaliseUrl('127.0.0.1:8443', 'SP-API base URL')).toThrow(/must use http or https|not a valid URL/);
    expect(() => normaliseUrl('not a url', 'LWA token URL')).toThrow(/LWA token URL "not a url" is not a valid URL/);
  });

  it('picks the host per account, unless the account overrides it', () => {
    const client = new SpApiClient();
    const stored: AccountCredentials = {
      id: 'a1', name: 'EU seller', type: 'seller', region: 'EU', marketplaceIds: ['A1PA6795UKMFR9'], environment: 'sandbox',
      lwaClientId: 'c', lwaClientSecret: 's', refreshToken: 'r', practice: false, secretsConfigured: true, createdAt: '', updatedAt: '',
    };
    expect(client.forAccount(spApiAccountFrom(stored)).baseUrl).toBe('https://sandbox.sellingpartnerapi-eu.amazon.com');
    expect(client.forAccount(spApiAccountFrom(stored, { baseUrl: 'http://127.0.0.1:9000/' })).baseUrl).toBe('http://127.0.0.1:9000');
  });
});
