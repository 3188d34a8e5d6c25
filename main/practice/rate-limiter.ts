import type { Clock } from './clock';

/** Rate and burst applied where the official model documents none. */
export const UNDOCUMENTED_LIMIT = { rate: 1, burst: 5 } as const;

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * Token buckets per (account, operation), as Amazon applies its usage plans: a bucket holds at most `burst` tokens
 * and refills at `rate` tokens per second; a request spends one token or is throttled.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly clock: Clock) {}

  tryTake(key: string, rate: number, burst: number): boolean {
    const now = this.clock.now();
    const bucket = this.buckets.get(key) ?? { tokens: burst, updatedAt: now };
    const refilled = Math.min(burst, bucket.tokens + ((now - bucket.updatedAt) / 1000) * rate);
    const allowed = refilled >= 1;
    this.buckets.set(key, { tokens: allowed ? refilled - 1 : refilled, updatedAt: now });
    return allowed;
  }
}
