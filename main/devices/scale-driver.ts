/** What every scale driver offers the DevicesService, and the bookkeeping they share. */
import { CONDITION_MESSAGES, StabilityTracker, type ScaleFrameError, type ScaleReading, type StabilityRule } from '../../shared/scale/reading';
import type { DeviceStatus, LiveReading } from '../../shared/devices/device-events';
import type { DeviceState } from './reconnector';
import { TypedEmitter } from './typed-emitter';

export type { DeviceStatus, LiveReading };

export type ScaleCommandResult = { ok: true } | { ok: false; message: string };

export type ScaleEvents = {
  reading: LiveReading;
  status: DeviceStatus;
  frameError: ScaleFrameError;
};

export type ScaleKind = 'virtual' | 'hid' | 'mt-sics' | 'nci' | 'continuous';

export interface ScaleDriver {
  readonly kind: ScaleKind;
  on<K extends keyof ScaleEvents & string>(event: K, listener: (payload: ScaleEvents[K]) => void): () => void;
  start(): void;
  stop(): Promise<void>;
  current(): LiveReading | null;
  status(): DeviceStatus;
  zero(): Promise<ScaleCommandResult>;
  tare(): Promise<ScaleCommandResult>;
}

export abstract class ScaleDriverBase extends TypedEmitter<ScaleEvents> implements ScaleDriver {
  abstract readonly kind: ScaleKind;
  private readonly tracker: StabilityTracker;
  private last: LiveReading | null = null;
  private lastStatus: DeviceStatus = { state: 'stopped', at: Date.now() };

  constructor(stability: StabilityRule) {
    super();
    this.tracker = new StabilityTracker(stability);
  }

  abstract start(): void;
  abstract stop(): Promise<void>;
  abstract zero(): Promise<ScaleCommandResult>;
  abstract tare(): Promise<ScaleCommandResult>;

  current(): LiveReading | null {
    return this.last;
  }

  status(): DeviceStatus {
    return this.lastStatus;
  }

  protected publish(reading: ScaleReading): void {
    const live: LiveReading = { reading, stableWeight: this.tracker.push(reading), at: Date.now() };
    if (reading.condition !== 'ok') live.message = CONDITION_MESSAGES[reading.condition];
    this.last = live;
    this.emit('reading', live);
  }

  protected publishFrameError(error: ScaleFrameError): void {
    this.emit('frameError', error);
  }

  protected setStatus(state: DeviceState, message?: string): void {
    if (state !== 'connected') this.tracker.reset();
    if (state === 'disconnected' || state === 'stopped') this.last = null;
    this.lastStatus = message === undefined ? { state, at: Date.now() } : { state, message, at: Date.now() };
    this.emit('status', this.lastStatus);
  }
}
