/**
 * Keeps one device connection alive without restarting the app: opens it, and after a failure or a loss (USB
 * unplugged, adapter reset) tries again every `retryMs` until it reappears or the driver is stopped.
 */

import type { DeviceState } from '../../shared/devices/device-events';

export type { DeviceState };

export interface ReconnectHooks<L> {
  /** Wire a freshly opened link; called once per successful open. */
  attach(link: L): void;
  /** Forget the current link (it is gone); called before each retry. */
  detach(): void;
  status(state: DeviceState, message?: string): void;
  close(link: L): Promise<void>;
}

export class Reconnector<L> {
  private link: L | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  private attempt = 0;
  private lastStatus = '';

  constructor(
    private readonly open: () => Promise<L>,
    private readonly hooks: ReconnectHooks<L>,
    private readonly retryMs: number,
  ) {}

  start(): void {
    this.stopped = false;
    this.status('connecting');
    void this.tryOpen();
  }

  get current(): L | undefined {
    return this.link;
  }

  /** The driver saw the device go away. */
  lost(reason: string): void {
    if (this.stopped || this.link === undefined) return;
    const link = this.link;
    this.link = undefined;
    this.hooks.detach();
    void this.hooks.close(link).catch(() => undefined);
    this.status('disconnected', `Device disconnected (${reason}); waiting for it to come back`);
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const link = this.link;
    this.link = undefined;
    if (link !== undefined) {
      this.hooks.detach();
      await this.hooks.close(link).catch(() => undefined);
    }
    this.status('stopped');
  }

  /** Retrying every second must not repeat the same status to every window each time. */
  private status(state: DeviceState, message?: string): void {
    const key = `${state}\u0000${message ?? ''}`;
    if (key === this.lastStatus) return;
    this.lastStatus = key;
    this.hooks.status(state, message);
  }

  private schedule(): void {
    if (this.stopped || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.tryOpen();
    }, this.retryMs);
  }

  private async tryOpen(): Promise<void> {
    const attempt = ++this.attempt;
    try {
      const link = await this.open();
      if (this.stopped || attempt !== this.attempt) {
        await this.hooks.close(link).catch(() => undefined);
        return;
      }
      this.link = link;
      this.hooks.attach(link);
      this.status('connected');
    } catch (error) {
      if (this.stopped) return;
      this.status('disconnected', error instanceof Error ? error.message : String(error));
      this.schedule();
    }
  }
}
