/**
 * Keyboard-wedge scanner detection. A wedge scanner "types" its data as key events; a scan is told from a person
 * typing by timing (every gap between keys at most `maxInterKeyMs`), a minimum length, an optional prefix/suffix
 * and the terminator the scanner is set to send. The detector is a pure state machine over (key, time) events, so
 * the renderer's keydown listener and the tests drive the same code.
 *
 * Invariant: every character key fed in comes out exactly once, in order, either inside one `scan` or in a
 * `typed` batch (for the focused field to receive). Nothing is dropped or reordered. The one exception is a scan's
 * stalled head: keys given out as typed because the scanner paused after them, just before a burst that is a scan,
 * are that scan's start; the scan carries them again in `head`, for the receiver to take them back out of the field.
 */

export type WedgeTerminator = 'enter' | 'tab' | 'none';

export interface WedgeOptions {
  /** Largest gap between two keys of one scan. Scanners send a key every 1-10 ms; people rarely under 40 ms. */
  maxInterKeyMs: number;
  /** Fewest characters (prefix and suffix excluded) that make a scan. */
  minLength: number;
  prefix: string;
  suffix: string;
  terminator: WedgeTerminator;
  /** With terminator 'none': a burst ends after this long without a key. */
  idleTimeoutMs: number;
  /**
   * Once a burst has minLength keys at scanner speed it is a scanner for sure; a later pause up to this long (the
   * OS or a USB hub stalling) no longer splits it, so half a scan never lands in the focused field.
   */
  burstGraceMs: number;
  /**
   * A scanner stalling before it has sent minLength keys (a busy USB hub, a loaded station) has those keys judged
   * typing. A scan that starts within this long after them takes them back as its head. Short enough that a person
   * does not type a key and start a scan within it.
   */
  stalledHeadMs: number;
}

export const DEFAULT_WEDGE_OPTIONS: WedgeOptions = {
  maxInterKeyMs: 35,
  minLength: 4,
  prefix: '',
  suffix: '',
  terminator: 'enter',
  idleTimeoutMs: 60,
  burstGraceMs: 100,
  stalledHeadMs: 150,
};

/** `head`: keys of this scan given out as typed before it (see stalledHeadMs), to be taken back from the field. */
export type WedgeOutput = { type: 'scan'; value: string; head?: string[] } | { type: 'typed'; keys: string[] };

/** Keys that only change the next key (scanners press Shift for capitals). They are neither held nor replayed. */
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'NumLock', 'Fn']);

function terminatorKey(terminator: WedgeTerminator): string | undefined {
  return terminator === 'enter' ? 'Enter' : terminator === 'tab' ? 'Tab' : undefined;
}

export class WedgeDetector {
  readonly options: WedgeOptions;
  private buffer: string[] = [];
  private lastAt = 0;
  /** Character keys last given out as typed because a pause followed them: a stalled scan's head, maybe. */
  private typedHead: { keys: string[]; at: number } | null = null;
  /** The head the burst being held started after, if it started soon enough. */
  private burstHead: string[] | null = null;

  constructor(options: Partial<WedgeOptions> = {}) {
    this.options = { ...DEFAULT_WEDGE_OPTIONS, ...options };
  }

  /** True while keys are held back waiting to be told apart. */
  get pending(): boolean {
    return this.buffer.length > 0;
  }

  /** When `tick` must next be called to release held keys, or undefined when none are held. */
  nextDeadline(): number | undefined {
    if (!this.pending) return undefined;
    return this.lastAt + this.allowedGap();
  }

  /** The longest pause that keeps the held keys one burst. */
  private allowedGap(): number {
    const { prefix, minLength, maxInterKeyMs, terminator, idleTimeoutMs, burstGraceMs } = this.options;
    const established = this.buffer.length >= prefix.length + minLength;
    if (!established) return maxInterKeyMs;
    return Math.max(maxInterKeyMs, terminator === 'none' ? idleTimeoutMs : burstGraceMs);
  }

  /** True when the detector would hold `key` (so a keydown listener knows to prevent its default action). */
  wouldHold(key: string): boolean {
    if (MODIFIERS.has(key)) return false;
    if (key.length === 1) return true;
    // While keys are held, every other key is held too so it cannot overtake them.
    return this.pending;
  }

  /**
   * Feeds one keydown. `key` is KeyboardEvent.key; `repeat` is KeyboardEvent.repeat (auto-repeat is a held key,
   * always a person). Returns what is now decided, in order.
   */
  feed(key: string, atMs: number, repeat = false): WedgeOutput[] {
    if (MODIFIERS.has(key)) return [];
    const out = this.expire(atMs);
    const gapOk = this.pending && atMs - this.lastAt <= this.allowedGap();
    if (this.pending && key === terminatorKey(this.options.terminator)) {
      const head = this.burstHead;
      const withHead = gapOk && head ? this.asScan([...head, ...this.buffer]) : undefined;
      const scan = withHead ?? (gapOk ? this.asScan(this.buffer) : undefined);
      if (scan !== undefined) {
        this.buffer = [];
        this.burstHead = null;
        out.push(withHead !== undefined && head ? { type: 'scan', value: scan, head } : { type: 'scan', value: scan });
        return out;
      }
      out.push(...this.flushTyped([key]));
      return out;
    }
    if (key.length !== 1 || repeat) {
      out.push(...this.flushTyped([key]));
      this.typedHead = null;
      return out;
    }
    if (this.pending && !gapOk) out.push(...this.resolveIdle());
    if (!this.pending) {
      const head = this.typedHead;
      this.burstHead = head && atMs - head.at <= this.options.stalledHeadMs ? head.keys : null;
      this.typedHead = null;
    }
    this.buffer.push(key);
    this.lastAt = atMs;
    if (!this.prefixStillPossible()) out.push(...this.flushTyped([]));
    return out;
  }

  /** A key the listener let through without holding it (nothing held, not a character): a scan can no longer take back what was typed before it. */
  passed(key: string): void {
    if (!MODIFIERS.has(key)) this.typedHead = null;
  }

  /** Releases held keys whose deadline has passed; call it at `nextDeadline()`. */
  tick(nowMs: number): WedgeOutput[] {
    return this.expire(nowMs);
  }

  /** Gives back everything held as typed keys (focus moved, detector reconfigured). */
  flush(): WedgeOutput[] {
    this.typedHead = null;
    return this.flushTyped([]);
  }

  private expire(nowMs: number): WedgeOutput[] {
    const deadline = this.nextDeadline();
    if (deadline === undefined || nowMs <= deadline) return [];
    return this.resolveIdle();
  }

  /** A burst that ended without a terminator: a scan only when the scanner is set to send none. */
  private resolveIdle(): WedgeOutput[] {
    if (this.options.terminator === 'none') {
      const scan = this.asScan(this.buffer);
      if (scan !== undefined) {
        this.buffer = [];
        return [{ type: 'scan', value: scan }];
      }
    }
    // Fewer keys than a scan at scanner speed, then a pause: typing, or a scanner that stalled. Kept in case a scan
    // follows at once. Only these keys: a person's keys each end in a pause, so they never add up to a head.
    const { prefix, minLength } = this.options;
    const stalled = this.buffer.length < prefix.length + minLength ? { keys: [...this.buffer], at: this.lastAt } : null;
    const out = this.flushTyped([]);
    this.typedHead = stalled;
    return out;
  }

  private flushTyped(extra: string[]): WedgeOutput[] {
    const keys = [...this.buffer, ...extra];
    this.buffer = [];
    this.burstHead = null;
    // A key that is not a character (Enter, Backspace, an arrow) ends whatever a scan could still take back.
    this.typedHead = null;
    return keys.length ? [{ type: 'typed', keys }] : [];
  }

  /** With a prefix configured, a burst that cannot begin with it is typing and is released at once. */
  private prefixStillPossible(): boolean {
    const { prefix } = this.options;
    if (!prefix) return true;
    const head = this.buffer.slice(0, prefix.length).join('');
    return prefix.startsWith(head);
  }

  private asScan(keys: string[]): string | undefined {
    const { prefix, suffix, minLength } = this.options;
    let text = keys.join('');
    if (prefix) {
      if (!text.startsWith(prefix)) return undefined;
      text = text.slice(prefix.length);
    }
    if (suffix) {
      if (!text.endsWith(suffix)) return undefined;
      text = text.slice(0, text.length - suffix.length);
    }
    if (text.length < minLength) return undefined;
    // One key repeated throughout is a held key or a stuck keyboard, not a barcode.
    if (text.length > 1 && keys.every((k) => k === keys[0])) return undefined;
    return text;
  }
}

/** The parts of a KeyboardEvent the listener needs; structural so shared/ stays free of DOM types. */
export interface WedgeKeyEvent {
  key: string;
  timeStamp: number;
  repeat: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  preventDefault(): void;
}

export interface WedgeListenerHooks {
  /** `head`: keys of this scan already given to onTyped (a stalled start), to be taken back out of the field. */
  onScan(value: string, head?: string[]): void;
  /** Keys held back and then judged typed: the renderer inserts them into the focused field. */
  onTyped(keys: string[]): void;
  /** The renderer's clock (performance.now, same origin as KeyboardEvent.timeStamp). */
  now(): number;
  /** setTimeout/clearTimeout, injected so tests control time. */
  schedule(ms: number, run: () => void): () => void;
}

/**
 * Builds a keydown listener for the window (capture phase, so it sees keys whatever has focus). Character keys
 * are held (default prevented) until told apart; shortcuts with Ctrl/Alt/Meta pass straight through after any
 * held keys are released.
 */
export function createWedgeKeyListener(options: Partial<WedgeOptions>, hooks: WedgeListenerHooks): { listener: (event: WedgeKeyEvent) => void; detector: WedgeDetector; dispose(): void } {
  const detector = new WedgeDetector(options);
  let cancel: (() => void) | undefined;
  const emit = (outputs: WedgeOutput[]) => {
    for (const output of outputs) {
      if (output.type === 'scan') hooks.onScan(output.value, output.head);
      else hooks.onTyped(output.keys);
    }
  };
  const arm = () => {
    cancel?.();
    cancel = undefined;
    const deadline = detector.nextDeadline();
    if (deadline === undefined) return;
    cancel = hooks.schedule(Math.max(0, deadline - hooks.now()) + 1, () => {
      cancel = undefined;
      emit(detector.tick(hooks.now()));
      arm();
    });
  };
  const listener = (event: WedgeKeyEvent) => {
    if (event.ctrlKey || event.altKey || event.metaKey) {
      emit(detector.flush());
      arm();
      return;
    }
    if (!detector.wouldHold(event.key)) {
      detector.passed(event.key);
      return;
    }
    event.preventDefault();
    emit(detector.feed(event.key, event.timeStamp, event.repeat));
    arm();
  };
  return {
    listener,
    detector,
    dispose() {
      cancel?.();
      emit(detector.flush());
    },
  };
}
