import { afterEach, describe, expect, it, vi } from 'vitest';
import { Reconnector, type DeviceState } from './reconnector';

describe('Reconnector', () => {
  afterEach(() => vi.useRealTimers());

  it('retries a missing device every retryMs, reporting the same failure once, and attaches when it appears', async () => {
    vi.useFakeTimers();
    let present = false;
    let opens = 0;
    const statuses: Array<[DeviceState, string | undefined]> = [];
    const attached: string[] = [];
    const r = new Reconnector<string>(
      async () => {
        opens++;
        if (!present) throw new Error('No such device');
        return `link${opens}`;
      },
      { attach: (l) => attached.push(l), detach: () => undefined, status: (s, m) => statuses.push([s, m]), close: async () => undefined },
      100,
    );
    r.start();
    await vi.advanceTimersByTimeAsync(350);
    expect(opens).toBe(4);
    expect(statuses).toEqual([
      ['connecting', undefined],
      ['disconnected', 'No such device'],
    ]);
    present = true;
    await vi.advanceTimersByTimeAsync(100);
    expect(attached).toEqual(['link5']);
    expect(statuses.at(-1)).toEqual(['connected', undefined]);
    await r.stop();
    expect(statuses.at(-1)).toEqual(['stopped', undefined]);
  });

  it('after a loss it detaches, closes the old link and reconnects; stop ends the retries', async () => {
    vi.useFakeTimers();
    const closed: string[] = [];
    let n = 0;
    const r = new Reconnector<string>(async () => `link${++n}`, { attach: () => undefined, detach: () => undefined, status: () => undefined, close: async (l) => void closed.push(l) }, 50);
    r.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(r.current).toBe('link1');
    r.lost('unplugged');
    expect(r.current).toBeUndefined();
    expect(closed).toEqual(['link1']);
    await vi.advanceTimersByTimeAsync(50);
    expect(r.current).toBe('link2');
    await r.stop();
    await vi.advanceTimersByTimeAsync(500);
    expect(n).toBe(2);
    expect(closed).toEqual(['link1', 'link2']);
  });
});
