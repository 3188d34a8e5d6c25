import { OPERATIONS } from '../../spapi/operations.generated';
import { validateRequest, validateResponse } from '../../../test/support/spapi-models';
import type { PracticeAccount } from '../practice-accounts';
import type { PracticeMarketplace } from '../practice-marketplace';

export interface CallParams {
  path?: Record<string, string>;
  query?: Record<string, string | number | readonly string[]>;
  body?: unknown;
  /** Overrides the access token (e.g. an RDT, an expired or no token). */
  token?: string | null;
  /** The test sends a request that breaks the model on purpose. */
  invalidOnPurpose?: boolean;
}

export interface CallResult<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * Drives the practice marketplace over real HTTP with fetch, for tests. Every request and every JSON response is
 * checked against the official models; `conformanceFailures` collects what did not conform.
 */
export class PracticeCaller {
  readonly conformanceFailures: string[] = [];
  conformanceChecked = 0;
  private accessToken: string | undefined;

  constructor(
    private readonly market: PracticeMarketplace,
    readonly account: PracticeAccount,
  ) {}

  async login(): Promise<{ status: number; body: Record<string, unknown> }> {
    const form = new URLSearchParams({
      grant_type: 'refresh_token',
      client_id: this.account.clientId,
      client_secret: this.account.clientSecret,
      refresh_token: this.account.refreshToken,
    });
    const res = await fetch(this.market.lwaUrl, { method: 'POST', body: form, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    const body = (await res.json()) as Record<string, unknown>;
    if (res.status === 200) this.accessToken = String(body.access_token);
    return { status: res.status, body };
  }

  async call<T = Record<string, unknown>>(key: string, params: CallParams = {}): Promise<CallResult<T>> {
    const [api, operationId] = key.split(/\.(?=[^.]+$)/) as [string, string];
    const spec = OPERATIONS.find((o) => o.api === api && o.operationId === operationId);
    if (!spec) throw new Error(`No operation ${key}`);
    const path = spec.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = params.path?.[name];
      if (value === undefined) throw new Error(`Missing path parameter ${name} for ${key}`);
      return encodeURIComponent(value);
    });
    const search = new URLSearchParams();
    // Arrays are sent repeated (collectionFormat multi); csv parameters are passed already joined.
    for (const [name, value] of Object.entries(params.query ?? {})) {
      if (Array.isArray(value)) for (const v of value) search.append(name, v);
      else search.set(name, String(value));
    }
    const url = `${this.market.baseUrl}${path}${search.size > 0 ? `?${search.toString()}` : ''}`;
    const body = params.body === undefined ? undefined : JSON.stringify(params.body);
    const requestCheck = validateRequest(api, operationId, { method: spec.method, url, body });
    if (requestCheck.checked && !params.invalidOnPurpose) this.conformanceFailures.push(...requestCheck.errors.map((e) => `${key} request: ${e}`));
    const token = params.token === undefined ? this.accessToken : params.token;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers['x-amz-access-token'] = token;
    const res = await fetch(url, { method: spec.method, headers, ...(body !== undefined ? { body } : {}) });
    const text = await res.text();
    const parsed = text ? (JSON.parse(text) as T) : (undefined as T);
    const responseCheck = validateResponse(api, operationId, res.status, parsed);
    if (responseCheck.checked) {
      this.conformanceChecked += 1;
      this.conformanceFailures.push(...responseCheck.errors.map((e) => `${key} ${res.status}: ${e}`));
    }
    return { status: res.status, body: parsed, headers: res.headers };
  }
}
