import type { ClientClock } from './timing';
import { REFRESH_MARGIN_MS } from './lwa';

interface CachedRdt {
  token: string;
  expiresAt: number;
}

/**
 * Restricted Data Tokens, one per (account, method, exact path), kept in memory for
 * their lifetime and never written anywhere: they grant access to shoppers' personal data.
 * Concurrent callers for the same resource share one Tokens API call.
 */
export class RestrictedTokenCache {
  private readonly cache = new Map<string, CachedRdt>();
  private readonly inflight = new Map<string, Promise<CachedRdt>>();

  constructor(private readonly clock: ClientClock) {}

  async get(key: string, mint: () => Promise<{ token: string; expiresInSeconds: number }>): Promise<string> {
    const cached = this.cache.get(key);
    if (cached && this.clock.now() < cached.expiresAt - REFRESH_MARGIN_MS) return cached.token;
    let pending = this.inflight.get(key);
    if (!pending) {
      pending = mint()
        .then(({ token, expiresInSeconds }) => ({ token, expiresAt: this.clock.now() + expiresInSeconds * 1000 }))
        .finally(() => this.inflight.delete(key));
      this.inflight.set(key, pending);
    }
    const fresh = await pending;
    this.cache.set(key, fresh);
    return fresh.token;
  }

  invalidate(key: string, token: string): void {
    if (this.cache.get(key)?.token === token) this.cache.delete(key);
  }

  /** How many tokens are held (for tests and diagnostics; the tokens themselves stay inside). */
  get size(): number {
    return this.cache.size;
  }
}
