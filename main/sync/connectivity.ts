export type ConnectivityState = 'online' | 'offline' | 'unknown';

export interface ConnectivityOptions {
  /** Checks that Amazon (or the practice marketplace) answers at all; true when it does. */
  probe: () => Promise<boolean>;
  /** Consecutive network failures before a probe is asked whether the station is offline. */
  failuresBeforeProbe?: number;
  now?: () => number;
}

/**
 * Online or offline, from more than one signal: real calls that succeed or fail for network reasons, and a probe.
 * One failed call (a slow reply, one 503) does not make the station offline; it takes repeated network failures
 * and a failed probe. Any success, or a probe that gets through, brings it back online.
 */
export class Connectivity {
  private state: ConnectivityState = 'unknown';
  private consecutiveFailures = 0;
  private probing: Promise<boolean> | null = null;
  private listeners = new Set<(state: ConnectivityState) => void>();
  lastSuccessAt: number | null = null;
  lastFailure: { at: number; reason: string } | null = null;

  constructor(private readonly options: ConnectivityOptions) {}

  get current(): ConnectivityState {
    return this.state;
  }

  get online(): boolean {
    return this.state !== 'offline';
  }

  onChange(listener: (state: ConnectivityState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  reportSuccess(): void {
    this.consecutiveFailures = 0;
    this.lastSuccessAt = (this.options.now ?? Date.now)();
    this.set('online');
  }

  async reportNetworkFailure(reason: string): Promise<void> {
    this.consecutiveFailures++;
    this.lastFailure = { at: (this.options.now ?? Date.now)(), reason };
    if (this.consecutiveFailures >= (this.options.failuresBeforeProbe ?? 2)) await this.check();
  }

  /** Asks the probe now; concurrent callers share one probe. */
  async check(): Promise<boolean> {
    this.probing ??= this.options
      .probe()
      .catch(() => false)
      .finally(() => {
        this.probing = null;
      });
    const reachable = await this.probing;
    if (reachable) {
      this.consecutiveFailures = 0;
      this.set('online');
    } else {
      this.set('offline');
    }
    return reachable;
  }

  private set(state: ConnectivityState): void {
    if (state === this.state) return;
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }
}
