import { describe, expect, it } from 'vitest';
import { joinStalledHead, STALLED_SCAN_MS } from './use-scan-field';

describe('joinStalledHead', () => {
  it('puts a key typed into the scan field just before a scan back at the head of the scan', () => {
    // A UPC whose first digit was judged typing because the scanner stalled after it.
    expect(joinStalledHead('0', 40, '23257130234')).toBe('023257130234');
    expect(joinStalledHead(' 0', STALLED_SCAN_MS - 1, '23257130234')).toBe('023257130234');
  });

  it('leaves the scan alone when the field text is older, empty, or from the future', () => {
    expect(joinStalledHead('ABC', STALLED_SCAN_MS, '123456')).toBe('123456');
    expect(joinStalledHead('ABC', 5_000, '123456')).toBe('123456');
    expect(joinStalledHead('', 10, '123456')).toBe('123456');
    expect(joinStalledHead('X', -1, '123456')).toBe('123456');
  });
});
