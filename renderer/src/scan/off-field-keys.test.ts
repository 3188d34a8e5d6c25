import { describe, expect, it } from 'vitest';
import { OffFieldCollector, STALE_AFTER_MS } from './off-field-keys';

function typeAll(collector: OffFieldCollector, keys: string[], start = 0, gapMs = 5) {
  return keys.map((key, i) => collector.feed({ key, timeStamp: start + i * gapMs }));
}

describe('keys pressed away from any text field', () => {
  it('gives the whole code on Enter, however long the scanner stalled between keys', () => {
    const collector = new OffFieldCollector();
    const first = collector.feed({ key: 'F', timeStamp: 0 });
    // A 900 ms stall after the first key: timing alone would have split this scan.
    const rest = typeAll(collector, [...'BA15U000001'], 900);
    const end = collector.feed({ key: 'Enter', timeStamp: 1000 });
    expect(first.kind).toBe('held');
    expect(rest.every((r) => r.kind === 'held')).toBe(true);
    expect(end).toEqual({ kind: 'code', value: 'FBA15U000001' });
    expect(collector.pending).toBe(false);
  });

  it('leaves Space and Enter to the focused button while nothing is collected', () => {
    const collector = new OffFieldCollector();
    expect(collector.feed({ key: ' ', timeStamp: 0 })).toEqual({ kind: 'pass' });
    expect(collector.feed({ key: 'Enter', timeStamp: 1 })).toEqual({ kind: 'pass' });
    expect(collector.feed({ key: 'Tab', timeStamp: 2 })).toEqual({ kind: 'pass' });
  });

  it('keeps a space inside a code and lets Backspace correct a code typed by hand', () => {
    const collector = new OffFieldCollector();
    typeAll(collector, [...'AB C', 'X', 'Backspace', 'D']);
    expect(collector.feed({ key: 'Enter', timeStamp: 100 })).toEqual({ kind: 'code', value: 'AB CD' });
  });

  it('drops a stale partial code so stray keys never prefix the next scan', () => {
    const collector = new OffFieldCollector();
    collector.feed({ key: 'q', timeStamp: 0 });
    typeAll(collector, [...'X00123'], STALE_AFTER_MS + 10);
    expect(collector.feed({ key: 'Enter', timeStamp: STALE_AFTER_MS + 100 })).toEqual({ kind: 'code', value: 'X00123' });
  });

  it('Escape throws a partial code away', () => {
    const collector = new OffFieldCollector();
    typeAll(collector, [...'123']);
    expect(collector.feed({ key: 'Escape', timeStamp: 50 })).toEqual({ kind: 'cleared' });
    expect(collector.feed({ key: 'Enter', timeStamp: 60 })).toEqual({ kind: 'pass' });
  });
});
