import type { ClientClock } from './timing';

/**
 * Amazon's usage plans are token buckets: `rate` tokens per second up to `burst`.
 * The client keeps its own bucket per (account, operation) so it waits for a token
 * instead of being answered 429. Waiters are served in arrival order.
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private rateValue: number,
    readonly burst: number,
    private readonly clock: ClientClock,
  ) {
    if (!(rateValue > 0) || !(burst >= 1)) throw new Error(`Invalid rate limit: rate ${rateValue}/s, burst ${burst}`);
    this.tokens = burst;
    this.updatedAt = clock.now();
  }

  get rate(): number {
    return this.rateValue;
  }

  /** Tokens available now (fractional while refilling). */
  available(): number {
    this.refill();
    return this.tokens;
  }

  /** Resolves when a token has been taken; returns how long the caller waited in ms. */
  take(): Promise<number> {
    const turn = this.queue.then(() => this.takeInTurn());
    this.queue = turn.then(
      () => undefined,
      () => undefined,
    );
    return turn;
  }

  /** Amazon reported the rate actually applied (`x-amzn-RateLimit-Limit`). */
  setRate(rate: number): void {
    if (!(rate > 0) || !Number.isFinite(rate)) return;
    this.refill();
    this.rateValue = rate;
  }

  /** Amazon answered 429: whatever we believed, its bucket is empty now. */
  drain(): void {
    this.refill();
    this.tokens = Math.min(this.tokens, 0);
  }

  private async takeInTurn(): Promise<number> {
    let waited = 0;
    for (;;) {
      this.refill();
      if (this.tokens >= 1) {
        this.tokens -= 1;
        return waited;
      }
      const ms = Math.ceil(((1 - this.tokens) / this.rateValue) * 1000);
      waited += ms;
      await this.clock.sleep(ms);
    }
  }

  private refill(): void {
    const now = this.clock.now();
    const elapsed = Math.max(0, now - this.updatedAt) / 1000;
    this.tokens = Math.min(this.burst, this.tokens + elapsed * this.rateValue);
    this.updatedAt = now;
  }
}

/** Parses `x-amzn-RateLimit-Limit` (requests per second as a decimal, e.g. `0.0167`). */
export function parseRateLimitHeader(value: string | string[] | undefined): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined) return undefined;
  const rate = Number(raw.trim());
  return Number.isFinite(rate) && rate > 0 ? rate : undefined;
}

/** One bucket per key, created on first use with the operation's default limit. */
export class RateLimiter {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(private readonly clock: ClientClock) {}

  bucket(key: string, limit: { rate: number; burst: number }): TokenBucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(limit.rate, limit.burst, this.clock);
      this.buckets.set(key, bucket);
    }
    return bucket;
  }
}
