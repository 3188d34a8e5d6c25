import { describe, expect, it } from 'vitest';
import { TokenBucket, parseRateLimitHeader } from './rate-limiter';
import { virtualClock } from './timing';

describe('TokenBucket', () => {
  it('serves the burst at once, then one token per 1/rate seconds, in arrival order', async () => {
    const clock = virtualClock();
    const bucket = new TokenBucket(2, 3, clock);
    const order: number[] = [];
    await Promise.all([0, 1, 2, 3, 4].map((i) => bucket.take().then(() => order.push(i))));
    expect(order).toEqual([0, 1, 2, 3, 4]);
    // 3 from the burst, then two waits of 500 ms at 2 tokens/second.
    expect(clock.slept).toEqual([500, 500]);
  });

  it('refills over time up to the burst only', () => {
    const clock = virtualClock();
    const bucket = new TokenBucket(1, 2, clock);
    void bucket.take();
    void bucket.take();
    clock.advance(10_000);
    expect(bucket.available()).toBe(2);
  });

  it('adopts a new rate and empties on drain', async () => {
    const clock = virtualClock();
    const bucket = new TokenBucket(10, 1, clock);
    bucket.setRate(0.25);
    bucket.drain();
    await bucket.take();
    expect(clock.slept).toEqual([4000]);
    bucket.setRate(-1);
    expect(bucket.rate).toBe(0.25);
  });

  it('refuses a nonsensical limit', () => {
    expect(() => new TokenBucket(0, 1, virtualClock())).toThrow(/Invalid rate limit/);
  });
});

describe('parseRateLimitHeader', () => {
  it('reads decimal rates and ignores junk', () => {
    expect(parseRateLimitHeader('0.0167')).toBeCloseTo(0.0167);
    expect(parseRateLimitHeader(['2.0'])).toBe(2);
    expect(parseRateLimitHeader('fast')).toBeUndefined();
    expect(parseRateLimitHeader(undefined)).toBeUndefined();
    expect(parseRateLimitHeader('0')).toBeUndefined();
  });
});
