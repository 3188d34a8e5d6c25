/**
 * The virtual scale: a weight typed by the packer (practice mode, a station without a scale) or set by tests,
 * behaving like a real one: a new weight is "moving" for `settleMs`, then stable; readings repeat every
 * `intervalMs`; zero and tare work on it.
 */
import type { ScaleCondition, ScaleReading } from '../../shared/scale/reading';
import { convertWeight, parseDecimal, type Weight, type WeightUnit } from '../../shared/scale/weight';
import type { ScaleCommandResult } from './scale-driver';
import { ScaleDriverBase } from './scale-driver';

export interface VirtualScaleOptions {
  settleMs: number;
  intervalMs: number;
  now?: () => number;
}

export class VirtualScale extends ScaleDriverBase {
  readonly kind = 'virtual' as const;
  private gross: Weight = { increments: 0, exponent: -2, unit: 'lb' };
  private tareWeight: Weight | null = null;
  private condition: ScaleCondition = 'ok';
  private changedAt = -Infinity;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly now: () => number;

  constructor(private readonly options: VirtualScaleOptions) {
    super({ mode: 'status' });
    this.now = options.now ?? Date.now;
  }

  start(): void {
    this.setStatus('connected');
    this.ticker = setInterval(() => this.emitReading(), this.options.intervalMs);
    this.emitReading();
  }

  async stop(): Promise<void> {
    if (this.ticker) clearInterval(this.ticker);
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.ticker = this.settleTimer = undefined;
    this.setStatus('stopped');
  }

  /** Puts a weight on the platter: a Weight, or decimal text such as "2.35" in `unit`. */
  setWeight(weight: Weight | { text: string; unit: WeightUnit }): ScaleCommandResult {
    const parsed = 'text' in weight ? parseDecimal(weight.text, weight.unit) : weight;
    if (!parsed) return { ok: false, message: `"${'text' in weight ? weight.text : ''}" is not a weight` };
    this.gross = parsed;
    this.condition = 'ok';
    this.changed();
    return { ok: true };
  }

  /** Simulates overload, a fault, a scale needing calibration… ('ok' returns to weighing). */
  setCondition(condition: ScaleCondition): void {
    this.condition = condition;
    this.changed();
  }

  zero(): Promise<ScaleCommandResult> {
    this.gross = { ...this.gross, increments: 0 };
    this.tareWeight = null;
    this.changed();
    return Promise.resolve({ ok: true });
  }

  tare(): Promise<ScaleCommandResult> {
    this.tareWeight = this.gross;
    this.changed();
    return Promise.resolve({ ok: true });
  }

  private changed(): void {
    this.changedAt = this.now();
    this.emitReading();
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.settleTimer = undefined;
    if (this.options.settleMs > 0 && this.ticker) {
      this.settleTimer = setTimeout(() => {
        this.settleTimer = undefined;
        this.emitReading();
      }, this.options.settleMs);
    }
  }

  private reading(): ScaleReading {
    if (this.condition !== 'ok' && this.condition !== 'under-zero') return { weight: null, stable: null, zero: false, condition: this.condition };
    let net = this.gross;
    if (this.tareWeight) {
      const tare = convertWeight(this.tareWeight, this.gross.unit, this.gross.exponent);
      net = { ...this.gross, increments: this.gross.increments - tare.increments };
    }
    const stable = this.now() - this.changedAt >= this.options.settleMs;
    const condition: ScaleCondition = net.increments < 0 ? 'under-zero' : 'ok';
    return { weight: net, stable: condition === 'ok' ? stable : false, zero: net.increments === 0, condition };
  }

  private emitReading(): void {
    if (!this.ticker) return;
    this.publish(this.reading());
  }
}
