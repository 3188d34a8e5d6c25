import { describe, expect, it } from 'vitest';
import { coalesce } from './coalesce';

describe('coalesced refresh', () => {
  it('runs once more after the one in flight, however many times it was asked meanwhile', async () => {
    const releases: (() => void)[] = [];
    let runs = 0;
    const refresh = coalesce(
      () =>
        new Promise<void>((resolve) => {
          runs++;
          releases.push(resolve);
        }),
    );
    const first = refresh();
    void refresh();
    void refresh();
    void refresh();
    expect(runs).toBe(1);
    releases.shift()!();
    await new Promise((r) => setTimeout(r, 0));
    expect(runs).toBe(2);
    releases.shift()!();
    await first;
    expect(runs).toBe(2);
    // Idle again: the next ask runs at once.
    const later = refresh();
    expect(runs).toBe(3);
    releases.shift()!();
    await later;
  });

  it('a failed run does not leave the refresh stuck', async () => {
    let runs = 0;
    const refresh = coalesce(async () => {
      runs++;
      if (runs === 1) throw new Error('station unreachable');
    });
    await expect(refresh()).rejects.toThrow('station unreachable');
    await refresh();
    expect(runs).toBe(2);
  });
});
