import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WedgeDetector, createWedgeKeyListener, type WedgeKeyEvent, type WedgeOutput } from './wedge';

interface Stroke {
  key: string;
  at: number;
}

/** Feeds strokes as a browser would, calling tick at every deadline that falls before the next key. */
function drive(detector: WedgeDetector, strokes: Stroke[], endAt?: number): WedgeOutput[] {
  const out: WedgeOutput[] = [];
  for (const { key, at } of strokes) {
    const deadline = detector.nextDeadline();
    if (deadline !== undefined && deadline < at) out.push(...detector.tick(deadline + 1));
    out.push(...detector.feed(key, at));
  }
  const last = strokes.at(-1)?.at ?? 0;
  out.push(...detector.tick(endAt ?? last + 1_000));
  return out;
}

function strokesOf(text: string, start: number, gapMs: number): Stroke[] {
  return [...text].map((key, i) => ({ key, at: start + i * gapMs }));
}

const typedText = (out: WedgeOutput[]) => out.flatMap((o) => (o.type === 'typed' ? o.keys : [])).join('');
const scans = (out: WedgeOutput[]) => out.flatMap((o) => (o.type === 'scan' ? [o.value] : []));

describe('WedgeDetector', () => {
  it('a 200 chars/s burst ending in Enter is one scan and nothing typed', () => {
    const d = new WedgeDetector();
    const out = drive(d, [...strokesOf('X001ABCDEF', 0, 5), { key: 'Enter', at: 50 }]);
    expect(out).toEqual([{ type: 'scan', value: 'X001ABCDEF' }]);
  });

  it('a person typing at 150 ms per key is typed, every key in order, and Enter stays theirs', () => {
    const d = new WedgeDetector();
    const out = drive(d, [...strokesOf('hello', 0, 150), { key: 'Enter', at: 750 }]);
    expect(scans(out)).toEqual([]);
    expect(out.flatMap((o) => (o.type === 'typed' ? o.keys : []))).toEqual(['h', 'e', 'l', 'l', 'o', 'Enter']);
  });

  it('two keys rolled over quickly by a person are shorter than minLength, so typed', () => {
    const d = new WedgeDetector();
    const out = drive(d, [...strokesOf('ok', 0, 15), { key: 'Enter', at: 25 }]);
    expect(out).toEqual([{ type: 'typed', keys: ['o', 'k', 'Enter'] }]);
  });

  it('a fast burst whose Enter comes late is typed (the terminator belongs to the burst only in time)', () => {
    const d = new WedgeDetector();
    const out = drive(d, [...strokesOf('ABCDEF', 0, 5), { key: 'Enter', at: 400 }]);
    expect(scans(out)).toEqual([]);
    expect(typedText(out)).toBe('ABCDEFEnter');
  });

  it('a scanner stalling after its first key: the key is typed at first, then taken back as the scan’s head', () => {
    const d = new WedgeDetector();
    const strokes = [{ key: 'X', at: 0 }, ...strokesOf('001ABCDEF', 60, 5), { key: 'Enter', at: 110 }];
    expect(drive(d, strokes)).toEqual([
      { type: 'typed', keys: ['X'] },
      { type: 'scan', value: 'X001ABCDEF', head: ['X'] },
    ]);
  });

  it('a key typed well before a scan, or followed by another key, stays typed and is no part of the scan', () => {
    const late = drive(new WedgeDetector(), [{ key: '7', at: 0 }, ...strokesOf('X001ABCDEF', 400, 5), { key: 'Enter', at: 460 }]);
    expect(late).toEqual([{ type: 'typed', keys: ['7'] }, { type: 'scan', value: 'X001ABCDEF' }]);
    const edited = drive(new WedgeDetector(), [{ key: '7', at: 0 }, { key: 'Backspace', at: 50 }, ...strokesOf('X001ABCDEF', 80, 5), { key: 'Enter', at: 140 }]);
    expect(edited).toEqual([{ type: 'typed', keys: ['7'] }, { type: 'typed', keys: ['Backspace'] }, { type: 'scan', value: 'X001ABCDEF' }]);
  });

  it('a person typing at 60 ms per key, then Enter, then a scan at once: what was typed stays typed', () => {
    const strokes = [...strokesOf('MDW2', 0, 60), { key: 'Enter', at: 250 }, ...strokesOf('040702348444', 270, 5), { key: 'Enter', at: 330 }];
    const out = drive(new WedgeDetector(), strokes);
    expect(typedText(out)).toBe('MDW2Enter');
    expect(out.filter((o) => o.type === 'scan')).toEqual([{ type: 'scan', value: '040702348444' }]);
    // Typing without Enter, a scan starting 60 ms after the last key takes that one key only, never the whole text.
    const glued = drive(new WedgeDetector(), [...strokesOf('60491880', 0, 60), ...strokesOf('X001ABCDEF', 480, 5), { key: 'Enter', at: 540 }]);
    expect(glued.filter((o) => o.type === 'scan')).toEqual([{ type: 'scan', value: '0X001ABCDEF', head: ['0'] }]);
  });

  it('a key the listener lets through (Enter with nothing held) ends what a scan could take back', () => {
    const d = new WedgeDetector();
    const out = drive(d, [{ key: '3', at: 0 }]);
    expect(out).toEqual([{ type: 'typed', keys: ['3'] }]);
    d.passed('Enter');
    expect(drive(d, [...strokesOf('040702348444', 100, 5), { key: 'Enter', at: 160 }])).toEqual([{ type: 'scan', value: '040702348444' }]);
  });

  it('a stall in the middle of an established burst does not split the scan', () => {
    const d = new WedgeDetector();
    const strokes = [...strokesOf('X001AB', 0, 5), ...strokesOf('CDEF', 25 + 70, 5), { key: 'Enter', at: 120 }];
    expect(drive(d, strokes)).toEqual([{ type: 'scan', value: 'X001ABCDEF' }]);
  });

  it('before minLength fast keys the plain threshold applies, so quick rollover typing is released', () => {
    const d = new WedgeDetector();
    const out = drive(d, [...strokesOf('abc', 0, 10), ...strokesOf('d', 90, 5)]);
    expect(scans(out)).toEqual([]);
    expect(typedText(out)).toBe('abcd');
  });

  it('Shift presses between characters are ignored, auto-repeat is a person', () => {
    const d = new WedgeDetector();
    const strokes: Stroke[] = [
      { key: 'Shift', at: 0 },
      ...strokesOf('AB12', 1, 4),
      { key: 'Shift', at: 14 },
      { key: 'Enter', at: 16 },
    ];
    expect(drive(d, strokes)).toEqual([{ type: 'scan', value: 'AB12' }]);
    expect(d.feed('a', 2_000, true)).toEqual([{ type: 'typed', keys: ['a'] }]);
  });

  it('one key repeated fast (a stuck key) is not a scan', () => {
    const d = new WedgeDetector();
    const out = drive(d, [...strokesOf('aaaaaa', 0, 30), { key: 'Enter', at: 200 }]);
    expect(scans(out)).toEqual([]);
  });

  it('terminator none: the burst ends after idleTimeoutMs and is a scan', () => {
    const d = new WedgeDetector({ terminator: 'none', idleTimeoutMs: 50 });
    expect(drive(d, strokesOf('TBA123456789000', 0, 5))).toEqual([{ type: 'scan', value: 'TBA123456789000' }]);
  });

  it('Tab terminator, prefix and suffix are stripped; text without the prefix is released at once', () => {
    const d = new WedgeDetector({ terminator: 'tab', prefix: '~', suffix: '#' });
    expect(drive(d, [...strokesOf('~SKU-42#', 0, 3), { key: 'Tab', at: 30 }])).toEqual([{ type: 'scan', value: 'SKU-42' }]);
    expect(d.feed('q', 5_000)).toEqual([{ type: 'typed', keys: ['q'] }]);
    expect(d.pending).toBe(false);
  });

  it('a special key while keys are held is released after them, never before', () => {
    const d = new WedgeDetector();
    expect(d.wouldHold('Backspace')).toBe(false);
    d.feed('a', 0);
    expect(d.wouldHold('Backspace')).toBe(true);
    expect(d.feed('Backspace', 10)).toEqual([{ type: 'typed', keys: ['a', 'Backspace'] }]);
  });

  it('property: scans and typing interleaved at random come out as exactly those scans, nothing dropped or reordered', () => {
    const scanText = fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFXZ-'), minLength: 4, maxLength: 30 }).filter((s) => new Set(s).size > 1);
    const humanText = fc.string({ unit: fc.constantFrom(...'abcdefghij klm'), minLength: 1, maxLength: 8 });
    const chunk = fc.oneof(
      fc.record({ kind: fc.constant('scan' as const), text: scanText, gap: fc.integer({ min: 1, max: 10 }) }),
      fc.record({ kind: fc.constant('human' as const), text: humanText, gap: fc.integer({ min: 60, max: 400 }) }),
    );
    fc.assert(
      fc.property(fc.array(chunk, { minLength: 1, maxLength: 8 }), (chunks) => {
        const d = new WedgeDetector();
        const strokes: Stroke[] = [];
        let t = 0;
        const expectedScans: string[] = [];
        let expectedTyped = '';
        for (const c of chunks) {
          t += 100;
          strokes.push(...strokesOf(c.text, t, c.gap));
          t += c.text.length * c.gap;
          if (c.kind === 'scan') {
            strokes.push({ key: 'Enter', at: t });
            expectedScans.push(c.text);
          } else {
            expectedTyped += c.text;
          }
        }
        const out = drive(d, strokes);
        expect(scans(out)).toEqual(expectedScans);
        expect(typedText(out)).toBe(expectedTyped);
        expect(d.pending).toBe(false);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('WedgeDetector conservation', () => {
  it('property: for any keys at any timing, every non-modifier key comes out exactly once and in order', () => {
    const key = fc.constantFrom('a', 'b', 'X', '0', '1', '9', ' ', 'Enter', 'Tab', 'Backspace', 'Shift', 'ArrowLeft');
    const stroke = fc.record({ key, gap: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 300 })), repeat: fc.boolean() });
    const config = fc.record({
      terminator: fc.constantFrom('enter' as const, 'tab' as const, 'none' as const),
      minLength: fc.integer({ min: 1, max: 6 }),
      prefix: fc.constantFrom('', '~', 'X0'),
      suffix: fc.constantFrom('', '#'),
    });
    fc.assert(
      fc.property(config, fc.array(stroke, { maxLength: 60 }), (options, strokes) => {
        const d = new WedgeDetector(options);
        const out: WedgeOutput[] = [];
        let t = 0;
        for (const s of strokes) {
          t += s.gap;
          const deadline = d.nextDeadline();
          if (deadline !== undefined && deadline < t) out.push(...d.tick(deadline + 1));
          out.push(...d.feed(s.key, t, s.repeat));
        }
        out.push(...d.tick(t + 10_000));
        expect(d.pending).toBe(false);
        const terminator = options.terminator === 'enter' ? ['Enter'] : options.terminator === 'tab' ? ['Tab'] : [];
        // A scan's stalled head was given out as typed just before it: the receiver takes those keys back.
        const replayed: string[] = [];
        for (const o of out) {
          if (o.type === 'typed') {
            replayed.push(...o.keys);
            continue;
          }
          if (o.head) expect(replayed.splice(replayed.length - o.head.length)).toEqual(o.head);
          replayed.push(...options.prefix, ...o.value, ...options.suffix, ...terminator);
        }
        expect(replayed).toEqual(strokes.map((s) => s.key).filter((k) => k !== 'Shift'));
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('createWedgeKeyListener', () => {
  function keyEvent(key: string, timeStamp: number, mods: Partial<WedgeKeyEvent> = {}): WedgeKeyEvent & { prevented: boolean } {
    const event = {
      key,
      timeStamp,
      repeat: false,
      ctrlKey: false,
      altKey: false,
      metaKey: false,
      prevented: false,
      preventDefault() {
        event.prevented = true;
      },
      ...mods,
    };
    return event;
  }

  it('holds scanner keys, reports the scan, and releases typed keys when the timer fires', () => {
    let now = 0;
    const timers: Array<{ at: number; run: () => void; cancelled: boolean }> = [];
    const scanned: string[] = [];
    const typed: string[][] = [];
    const { listener } = createWedgeKeyListener(
      {},
      {
        onScan: (v) => scanned.push(v),
        onTyped: (k) => typed.push(k),
        now: () => now,
        schedule: (ms, run) => {
          const timer = { at: now + ms, run, cancelled: false };
          timers.push(timer);
          return () => {
            timer.cancelled = true;
          };
        },
      },
    );
    const events = [...'B07XYZ1234'].map((k, i) => keyEvent(k, i * 5));
    for (const e of events) listener(e);
    listener(keyEvent('Enter', 50));
    expect(scanned).toEqual(['B07XYZ1234']);
    expect(events.every((e) => e.prevented)).toBe(true);

    now = 1_000;
    const h = keyEvent('h', 1_000);
    listener(h);
    expect(h.prevented).toBe(true);
    expect(typed).toEqual([]);
    now = 1_100;
    for (const timer of timers.filter((x) => !x.cancelled && x.at <= now)) timer.run();
    expect(typed).toEqual([['h']]);

    const shortcut = keyEvent('s', 1_200, { ctrlKey: true });
    listener(shortcut);
    expect(shortcut.prevented).toBe(false);
  });
});
