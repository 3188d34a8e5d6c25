import { createHash } from 'node:crypto';
import type { Got } from 'got';
import { LwaError } from './errors';
import { backoffDelay, classifyTransportError, type RetryOptions } from './retry-policy';
import type { ClientClock } from './timing';
import type { SpApiLogEntry } from './client-types';

export interface LwaCredentials {
  clientId: string;
  clientSecret: string;
  refreshToken: string;
  tokenUrl: string;
}

interface CachedToken {
  fingerprint: string;
  token: string;
  expiresAt: number;
}

/** A token is renewed this long before Amazon says it expires, so a call never leaves with one about to lapse. */
export const REFRESH_MARGIN_MS = 60_000;

interface LwaTokenReply {
  access_token?: unknown;
  expires_in?: unknown;
  error?: unknown;
  error_description?: unknown;
}

/**
 * Access tokens from the LWA refresh-token grant, cached per account in memory only.
 * Callers that need a token while a refresh is running wait for that same refresh.
 */
export class LwaTokenCache {
  private readonly cache = new Map<string, CachedToken>();
  private readonly inflight = new Map<string, Promise<CachedToken>>();

  constructor(
    private readonly http: Got,
    private readonly clock: ClientClock,
    private readonly retry: RetryOptions,
    private readonly random: () => number,
    private readonly log: (entry: SpApiLogEntry) => void,
  ) {}

  async accessToken(accountKey: string, credentials: LwaCredentials): Promise<string> {
    const fingerprint = fingerprintOf(credentials);
    const cached = this.cache.get(accountKey);
    if (cached && cached.fingerprint === fingerprint && this.clock.now() < cached.expiresAt - REFRESH_MARGIN_MS) {
      return cached.token;
    }
    const key = `${accountKey} ${fingerprint}`;
    let pending = this.inflight.get(key);
    if (!pending) {
      pending = this.refresh(credentials, fingerprint).finally(() => this.inflight.delete(key));
      this.inflight.set(key, pending);
    }
    const fresh = await pending;
    this.cache.set(accountKey, fresh);
    return fresh.token;
  }

  /** Forgets `token` if it is still the cached one (Amazon said it expired or is invalid). */
  invalidate(accountKey: string, token: string): void {
    if (this.cache.get(accountKey)?.token === token) this.cache.delete(accountKey);
  }

  private async refresh(credentials: LwaCredentials, fingerprint: string): Promise<CachedToken> {
    for (let attempt = 1; ; attempt++) {
      const started = this.clock.now();
      const last = attempt >= this.retry.maxAttempts;
      try {
        const response = await this.http.post(credentials.tokenUrl, {
          form: {
            grant_type: 'refresh_token',
            refresh_token: credentials.refreshToken,
            client_id: credentials.clientId,
            client_secret: credentials.clientSecret,
          },
          headers: { accept: 'application/json' },
        });
        const status = response.statusCode;
        const requestId = headerText(response.headers['x-amzn-requestid']);
        const reply = parseReply(response.body);
        const retryable = status === 429 || status >= 500;
        this.log({
          api: 'lwa', operationId: 'refreshToken', operation: 'lwa.refreshToken', method: 'POST', status,
          durationMs: this.clock.now() - started, requestId: requestId ?? null, attempt,
          outcome: status === 200 ? 'ok' : retryable && !last ? 'retry' : 'error',
        });
        if (status === 200 && reply && typeof reply.access_token === 'string' && reply.access_token.length > 0) {
          const seconds = typeof reply.expires_in === 'number' && reply.expires_in > 0 ? reply.expires_in : 3600;
          return { fingerprint, token: reply.access_token, expiresAt: this.clock.now() + seconds * 1000 };
        }
        if (status === 200) {
          throw new LwaError(status, undefined, undefined, 'Login with Amazon answered without an access token (the token endpoint URL may be wrong)');
        }
        if (retryable && !last) {
          await this.clock.sleep(backoffDelay(attempt, this.retry, this.random));
          continue;
        }
        throw new LwaError(
          status,
          typeof reply?.error === 'string' ? reply.error : undefined,
          typeof reply?.error_description === 'string' ? reply.error_description : undefined,
        );
      } catch (error) {
        if (error instanceof LwaError) throw error;
        const transport = classifyTransportError(error);
        if (!transport) throw error;
        this.log({
          api: 'lwa', operationId: 'refreshToken', operation: 'lwa.refreshToken', method: 'POST', status: null,
          durationMs: this.clock.now() - started, requestId: null, attempt, outcome: last ? 'error' : 'retry', error: transport.reason,
        });
        // The token grant changes nothing on Amazon's side, so it is always safe to repeat.
        if (last) {
          throw new LwaError(undefined, undefined, undefined, `Login with Amazon could not be reached at ${credentials.tokenUrl}: ${transport.reason}`);
        }
        await this.clock.sleep(backoffDelay(attempt, this.retry, this.random));
      }
    }
  }
}

function fingerprintOf(credentials: LwaCredentials): string {
  return createHash('sha256')
    .update([credentials.tokenUrl, credentials.clientId, credentials.clientSecret, credentials.refreshToken].join('\n'))
    .digest('hex')
    .slice(0, 16);
}

function parseReply(body: string): LwaTokenReply | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    return parsed && typeof parsed === 'object' ? (parsed as LwaTokenReply) : undefined;
  } catch {
    return undefined;
  }
}

export function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
