/**
 * Shared plumbing for scales on a serial port: reconnecting link, polling, and matching replies to the requests
 * that asked for them (each reply settles one pending request; a request with no reply in time is failed, and
 * three misses in a row mark the scale unresponsive, e.g. switched off behind a USB-serial adapter that stays).
 */
import type { SerialPortSettings } from '../../shared/devices/device-settings';
import type { StabilityRule } from '../../shared/scale/reading';
import { Reconnector } from './reconnector';
import { ScaleDriverBase, type ScaleCommandResult } from './scale-driver';
import type { Framing, OpenSerialLink, SerialLink } from './serial-link';

export type RequestKind = 'poll' | 'zero' | 'tare' | 'status';

interface Pending {
  kind: RequestKind;
  resolve(result: ScaleCommandResult): void;
  timer: ReturnType<typeof setTimeout>;
}

export interface SerialScaleOptions {
  port: SerialPortSettings;
  stability: StabilityRule;
  openLink: OpenSerialLink;
  /** How often to ask for a weight (polled protocols). */
  pollMs: number;
  retryMs?: number;
  replyTimeoutMs?: number;
  /** For scales that stream on their own: this long without a frame marks the scale unresponsive. */
  silenceMs?: number;
}

const MISSES_BEFORE_UNRESPONSIVE = 3;

export abstract class SerialScaleBase extends ScaleDriverBase {
  private readonly reconnector: Reconnector<SerialLink>;
  private link: SerialLink | undefined;
  private unsubscribe: Array<() => void> = [];
  private pollTimer: ReturnType<typeof setInterval> | undefined;
  private watchdog: ReturnType<typeof setInterval> | undefined;
  private lastFrameAt = 0;
  private pending: Pending[] = [];
  private misses = 0;
  protected readonly replyTimeoutMs: number;

  constructor(
    protected readonly options: SerialScaleOptions,
    framing: Framing,
  ) {
    super(options.stability);
    this.replyTimeoutMs = options.replyTimeoutMs ?? Math.max(1_000, options.pollMs * 5);
    this.reconnector = new Reconnector<SerialLink>(
      () => options.openLink(options.port, framing),
      {
        attach: (link) => this.attach(link),
        detach: () => this.detach(),
        status: (state, message) => this.setStatus(state, message),
        close: (link) => link.close(),
      },
      options.retryMs ?? 1_000,
    );
  }

  /** Parses one frame; implementations call publish / settle. */
  protected abstract handleFrame(frame: string): void;
  /** Called once the port is open, e.g. to start streaming. */
  protected abstract onAttached(): void;
  /** The command that asks for a weight, or undefined for scales that stream on their own. */
  protected abstract pollCommand(): string | undefined;

  start(): void {
    this.reconnector.start();
  }

  async stop(): Promise<void> {
    await this.beforeStop();
    await this.reconnector.stop();
  }

  /** Last words to the scale before the port closes (e.g. stop streaming). */
  protected async beforeStop(): Promise<void> {}

  protected async write(text: string): Promise<void> {
    if (!this.link) throw new Error('Scale is not connected');
    await this.link.write(text);
  }

  /** Sends `command` and resolves when a reply settles it, or fails after the reply timeout. */
  protected request(kind: RequestKind, command: string, timeoutMs = this.replyTimeoutMs): Promise<ScaleCommandResult> {
    if (!this.link) return Promise.resolve({ ok: false, message: 'Scale is not connected' });
    return new Promise((resolve) => {
      const entry: Pending = {
        kind,
        resolve,
        timer: setTimeout(() => {
          this.pending = this.pending.filter((p) => p !== entry);
          this.noteMiss();
          resolve({ ok: false, message: `Scale did not answer ${JSON.stringify(command.trim())} within ${timeoutMs} ms` });
        }, timeoutMs),
      };
      this.pending.push(entry);
      this.write(command).catch((error: unknown) => {
        clearTimeout(entry.timer);
        this.pending = this.pending.filter((p) => p !== entry);
        resolve({ ok: false, message: `Cannot write to the scale: ${error instanceof Error ? error.message : String(error)}` });
      });
    });
  }

  /** Settles the oldest pending request of `kind` (or the oldest of any kind) with `result`. */
  protected settle(kind: RequestKind | undefined, result: ScaleCommandResult): void {
    this.noteReply();
    const index = kind === undefined ? 0 : this.pending.findIndex((p) => p.kind === kind);
    const entry = index >= 0 ? this.pending[index] : undefined;
    if (!entry) return;
    this.pending.splice(index, 1);
    clearTimeout(entry.timer);
    entry.resolve(result);
  }

  protected oldestPendingKind(): RequestKind | undefined {
    return this.pending[0]?.kind;
  }

  /** Any frame from the scale proves it is alive. */
  protected noteReply(): void {
    if (this.misses >= MISSES_BEFORE_UNRESPONSIVE) this.setStatus('connected');
    this.misses = 0;
  }

  private noteMiss(): void {
    this.misses++;
    if (this.misses === MISSES_BEFORE_UNRESPONSIVE) this.setStatus('unresponsive', 'Scale is not answering: check that it is switched on and the port settings match');
  }

  /** A streaming scale that falls silent is treated like a polled one that misses its replies. */
  private checkSilence(silenceMs: number): void {
    if (Date.now() - this.lastFrameAt <= silenceMs || this.misses >= MISSES_BEFORE_UNRESPONSIVE) return;
    this.misses = MISSES_BEFORE_UNRESPONSIVE;
    this.setStatus('unresponsive', `Scale has sent nothing for ${silenceMs} ms: check that it is switched on and set to continuous output`);
  }

  private attach(link: SerialLink): void {
    this.link = link;
    this.misses = 0;
    this.unsubscribe = [
      link.onFrame((frame) => {
        this.lastFrameAt = Date.now();
        if (frame.length > 0) this.handleFrame(frame);
      }),
      link.onLost((reason) => this.reconnector.lost(reason)),
    ];
    this.onAttached();
    const command = this.pollCommand();
    this.lastFrameAt = Date.now();
    if (command === undefined) {
      const silenceMs = this.options.silenceMs ?? 3_000;
      this.watchdog = setInterval(() => this.checkSilence(silenceMs), Math.max(10, Math.floor(silenceMs / 2)));
    } else {
      this.pollTimer = setInterval(() => {
        if (this.pending.some((p) => p.kind === 'poll')) return;
        void this.request('poll', command);
      }, this.options.pollMs);
    }
  }

  private detach(): void {
    if (this.pollTimer) clearInterval(this.pollTimer);
    if (this.watchdog) clearInterval(this.watchdog);
    this.pollTimer = this.watchdog = undefined;
    for (const off of this.unsubscribe) off();
    this.unsubscribe = [];
    this.link = undefined;
    const pending = this.pending;
    this.pending = [];
    for (const p of pending) {
      clearTimeout(p.timer);
      p.resolve({ ok: false, message: 'Scale disconnected' });
    }
  }
}
