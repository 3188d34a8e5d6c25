import got, { type Got } from 'got';
import type { OperationSpec } from './operation-spec';
import type { SpApiAccount, SpApiCaller, SpApiLogEntry, SpApiResult, WireRequest, WireResponse } from './client-types';
import { DEFAULT_LWA_TOKEN_URL, normaliseUrl, spApiBaseUrl } from './endpoints';
import { AmbiguousFailureError, InvalidResponseError, SpApiError, SpApiNetworkError, transportCause, type AmazonError } from './errors';
import { LwaTokenCache, headerText } from './lwa';
import { defaultLimit, findOperation, isIdempotent, isRestricted } from './operations';
import { RateLimiter, parseRateLimitHeader } from './rate-limiter';
import { redactText } from './redact';
import { buildHttpRequest, type HttpRequest, type SpApiRequest } from './request-builder';
import { RestrictedTokenCache } from './restricted-tokens';
import { RETRYABLE_STATUSES, backoffDelay, classifyTransportError, resolveRetryOptions, type RetryOptions } from './retry-policy';
import { systemClientClock, type ClientClock } from './timing';
import { PACKBENCH_VERSION } from '../core/version';

export interface SpApiClientOptions {
  clock?: ClientClock;
  /** Source of jitter in [0, 1). */
  random?: () => number;
  retry?: Partial<RetryOptions>;
  timeouts?: { connectMs?: number; responseMs?: number; requestMs?: number };
  /** Receives one entry per send; entries hold no secrets or personal data. */
  logger?: (entry: SpApiLogEntry) => void;
  /** Sees each SP-API request as sent (tests validate them against the official models). */
  onRequest?: (request: WireRequest) => void;
  onResponse?: (response: WireResponse) => void;
}

/**
 * One SP-API client per station: it holds the LWA token cache, the restricted data tokens
 * and the rate-limit buckets of every account, so all callers for an account share them.
 */
export class SpApiClient {
  readonly clock: ClientClock;
  readonly retry: RetryOptions;
  readonly limiter: RateLimiter;
  readonly lwa: LwaTokenCache;
  readonly rdt: RestrictedTokenCache;
  readonly http: Got;
  private readonly random: () => number;

  constructor(readonly options: SpApiClientOptions = {}) {
    this.clock = options.clock ?? systemClientClock;
    this.random = options.random ?? Math.random;
    this.retry = resolveRetryOptions(options.retry);
    const timeouts = options.timeouts ?? {};
    // Retries, redirects and status handling are the client's own decisions (see AccountClient.call),
    // so got sends each request exactly once and hands back every status.
    this.http = got.extend({
      retry: { limit: 0 },
      throwHttpErrors: false,
      followRedirect: false,
      responseType: 'text',
      headers: { 'user-agent': `Packbench/${PACKBENCH_VERSION} (Language=TypeScript; Platform=Node)` },
      timeout: {
        lookup: timeouts.connectMs ?? 10_000,
        connect: timeouts.connectMs ?? 10_000,
        secureConnect: timeouts.connectMs ?? 10_000,
        response: timeouts.responseMs ?? 60_000,
        request: timeouts.requestMs ?? 120_000,
      },
    });
    this.limiter = new RateLimiter(this.clock);
    this.lwa = new LwaTokenCache(this.http, this.clock, this.retry, this.random, (entry) => this.log(entry));
    this.rdt = new RestrictedTokenCache(this.clock);
  }

  forAccount(account: SpApiAccount): AccountClient {
    return new AccountClient(this, account, this.random);
  }

  /** @internal */
  log(entry: SpApiLogEntry): void {
    if (!this.options.logger) return;
    this.options.logger(entry.error === undefined ? entry : { ...entry, error: redactText(entry.error) });
  }
}

const TOKEN_ERROR_CODES = new Set(['InvalidAccessToken', 'ExpiredAccessToken', 'AccessTokenExpired', 'ExpiredToken', 'InvalidToken']);

/**
 * Amazon rejects an expired or invalid token with 401, or with 403 whose error says so
 * (`Unauthorized` ... "The access token you provided has expired."). A 403 that only says
 * access is denied (a missing role) is not a token problem: refreshing would not help.
 */
export function isTokenRejection(status: number, errors: AmazonError[]): boolean {
  if (status === 401) return true;
  if (status !== 403) return false;
  return errors.some((e) => {
    if (TOKEN_ERROR_CODES.has(e.code)) return true;
    const text = `${e.message} ${e.details ?? ''}`;
    return /token/i.test(text) && /expired|invalid|revoked|malformed|missing/i.test(text);
  });
}

function readErrors(body: unknown): AmazonError[] {
  const list = body && typeof body === 'object' ? (body as { errors?: unknown }).errors : undefined;
  if (!Array.isArray(list)) return [];
  return list
    .filter((e): e is Record<string, unknown> => !!e && typeof e === 'object')
    .map((e) => ({
      code: typeof e.code === 'string' ? e.code : 'Unknown',
      message: typeof e.message === 'string' ? e.message : '',
      ...(typeof e.details === 'string' ? { details: e.details } : {}),
    }));
}

type Parsed = { ok: true; value: unknown } | { ok: false; reason: string };

function parseJson(text: string, status: number): Parsed {
  // Only 204 answers without a body; an empty 200/202 is a cut-off reply.
  if (text.trim() === '') return status === 204 ? { ok: true, value: undefined } : { ok: false, reason: 'empty body' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : 'not JSON' };
  }
}

/** The client bound to one account. */
export class AccountClient implements SpApiCaller {
  readonly baseUrl: string;
  private readonly tokenUrl: string;

  constructor(
    private readonly client: SpApiClient,
    readonly account: SpApiAccount,
    private readonly random: () => number,
  ) {
    this.baseUrl = account.baseUrl ? normaliseUrl(account.baseUrl, 'SP-API base URL') : spApiBaseUrl(account.region, account.environment);
    this.tokenUrl = account.lwaTokenUrl ? normaliseUrl(account.lwaTokenUrl, 'LWA token URL') : DEFAULT_LWA_TOKEN_URL;
  }

  /**
   * Calls one operation of the operation table. Waits for the rate-limit bucket, retries
   * throttling and transient failures within the retry budget, refreshes a rejected token
   * once, and never re-sends a non-idempotent call whose outcome is unknown.
   */
  async call<T = unknown>(api: string, operationId: string, request: SpApiRequest = {}): Promise<SpApiResult<T>> {
    const spec = findOperation(api, operationId);
    const http = buildHttpRequest(spec, request);
    const op = { api, operationId };
    const idempotent = isIdempotent(spec);
    const bucket = this.client.limiter.bucket(`${this.account.id} ${api} ${operationId}`, defaultLimit(spec));
    const retry = this.client.retry;
    let tokenRefreshed = false;

    // `attempt` counts sends; the one re-send after a token refresh does not use up the retry budget.
    for (let attempt = 1; ; attempt++) {
      const lastAttempt = attempt - (tokenRefreshed ? 1 : 0) >= retry.maxAttempts;
      const { token, forget } = await this.tokenFor(spec, http);
      await bucket.take();
      const url = `${this.baseUrl}${http.path}${http.query ? `?${http.query}` : ''}`;
      const headers = { ...http.headers, 'x-amz-access-token': token, accept: 'application/json' };
      this.client.options.onRequest?.({ api, operationId, method: http.method, url, headers, body: http.body, attempt });
      const started = this.client.clock.now();
      const entry = (fields: Pick<SpApiLogEntry, 'status' | 'requestId' | 'outcome'> & { error?: string }) =>
        this.client.log({ api, operationId, operation: `${api}.${operationId}`, method: http.method, durationMs: this.client.clock.now() - started, attempt, ...fields });

      let response;
      try {
        response = await this.client.http(url, { method: http.method, headers, body: http.body });
      } catch (error) {
        const transport = classifyTransportError(error);
        if (!transport) throw error;
        if (transport.maybeSent && !idempotent) {
          entry({ status: null, requestId: null, outcome: 'ambiguous', error: transport.reason });
          throw new AmbiguousFailureError(op, transport.reason, attempt, undefined, undefined, transportCause(error));
        }
        entry({ status: null, requestId: null, outcome: lastAttempt ? 'error' : 'retry', error: transport.reason });
        if (lastAttempt) throw new SpApiNetworkError(op, transport.reason, attempt, transportCause(error));
        await this.client.clock.sleep(backoffDelay(attempt, retry, this.random));
        continue;
      }

      const status = response.statusCode;
      const requestId = headerText(response.headers['x-amzn-requestid']);
      const rate = parseRateLimitHeader(response.headers['x-amzn-ratelimit-limit']);
      if (rate !== undefined) bucket.setRate(rate);
      this.client.options.onResponse?.({ api, operationId, status, headers: response.headers, body: response.body, requestId, attempt });
      const contentType = headerText(response.headers['content-type']);
      const parsed = parseJson(response.body, status);

      if (status >= 200 && status < 300) {
        if (parsed.ok) {
          entry({ status, requestId: requestId ?? null, outcome: 'ok' });
          return { status, body: parsed.value as T, requestId, headers: response.headers, attempts: attempt };
        }
        // Amazon acted on the call but its answer is unreadable: for a write the caller must reconcile.
        if (!idempotent) {
          entry({ status, requestId: requestId ?? null, outcome: 'ambiguous', error: `unreadable reply: ${parsed.reason}` });
          throw new AmbiguousFailureError(op, `HTTP ${status} with an unreadable body (${parsed.reason})`, attempt, status, requestId);
        }
        entry({ status, requestId: requestId ?? null, outcome: lastAttempt ? 'error' : 'retry', error: `unreadable reply: ${parsed.reason}` });
        if (lastAttempt) throw new InvalidResponseError(op, status, requestId, contentType, parsed.reason);
        await this.client.clock.sleep(backoffDelay(attempt, retry, this.random));
        continue;
      }

      const errors = parsed.ok ? readErrors(parsed.value) : [];
      const summary = errors[0] ? `${errors[0].code}: ${errors[0].message}` : parsed.ok ? `HTTP ${status}` : `unreadable reply: ${parsed.reason}`;

      if (!tokenRefreshed && isTokenRejection(status, errors)) {
        entry({ status, requestId: requestId ?? null, outcome: 'retry', error: summary });
        tokenRefreshed = true;
        forget();
        continue;
      }
      if (status === 429) {
        // Throttled requests were not processed, so any operation may be re-sent.
        bucket.drain();
        entry({ status, requestId: requestId ?? null, outcome: lastAttempt ? 'error' : 'retry', error: summary });
        if (lastAttempt) throw this.httpError(op, status, errors, requestId, parsed, contentType);
        await this.client.clock.sleep(backoffDelay(attempt, retry, this.random));
        continue;
      }
      if (RETRYABLE_STATUSES.has(status)) {
        if (!idempotent) {
          entry({ status, requestId: requestId ?? null, outcome: 'ambiguous', error: summary });
          throw new AmbiguousFailureError(op, `HTTP ${status}${errors[0] ? ` ${errors[0].code}` : ''}`, attempt, status, requestId);
        }
        entry({ status, requestId: requestId ?? null, outcome: lastAttempt ? 'error' : 'retry', error: summary });
        if (lastAttempt) throw this.httpError(op, status, errors, requestId, parsed, contentType);
        await this.client.clock.sleep(backoffDelay(attempt, retry, this.random));
        continue;
      }
      entry({ status, requestId: requestId ?? null, outcome: 'error', error: summary });
      throw this.httpError(op, status, errors, requestId, parsed, contentType);
    }
  }

  private httpError(
    op: { api: string; operationId: string },
    status: number,
    errors: AmazonError[],
    requestId: string | undefined,
    parsed: Parsed,
    contentType: string | undefined,
  ): SpApiError {
    if (!parsed.ok) return new InvalidResponseError(op, status, requestId, contentType, parsed.reason);
    return new SpApiError(op, status, errors, requestId);
  }

  /** The token for this call: an RDT for the exact method and path of a restricted operation, else the LWA token. */
  private async tokenFor(spec: OperationSpec, http: HttpRequest): Promise<{ token: string; forget: () => void }> {
    const credentials = {
      clientId: this.account.lwaClientId,
      clientSecret: this.account.lwaClientSecret,
      refreshToken: this.account.refreshToken,
      tokenUrl: this.tokenUrl,
    };
    if (!isRestricted(spec)) {
      const token = await this.client.lwa.accessToken(this.account.id, credentials);
      return { token, forget: () => this.client.lwa.invalidate(this.account.id, token) };
    }
    const key = `${this.account.id} ${http.method} ${http.path}`;
    const token = await this.client.rdt.get(key, async () => {
      const result = await this.call<{ restrictedDataToken?: unknown; expiresIn?: unknown }>('tokens_2021-03-01', 'createRestrictedDataToken', {
        body: { restrictedResources: [{ method: http.method, path: http.path }] },
      });
      const { restrictedDataToken, expiresIn } = result.body ?? {};
      if (typeof restrictedDataToken !== 'string' || !restrictedDataToken) {
        throw new InvalidResponseError(
          { api: 'tokens_2021-03-01', operationId: 'createRestrictedDataToken' },
          result.status,
          result.requestId,
          headerText(result.headers['content-type']),
          'no restrictedDataToken in the reply',
        );
      }
      return { token: restrictedDataToken, expiresInSeconds: typeof expiresIn === 'number' && expiresIn > 0 ? expiresIn : 3600 };
    });
    return { token, forget: () => this.client.rdt.invalidate(key, token) };
  }
}
