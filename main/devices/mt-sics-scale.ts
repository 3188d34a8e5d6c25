/** Mettler Toledo scales speaking MT-SICS over a serial port: weights by S / SI / SIR, zero by Z, tare by T. */
import { MT_SICS_COMMANDS, parseMtSicsReply } from '../../shared/scale/mt-sics';
import type { ScaleCommandResult } from './scale-driver';
import { SerialScaleBase, type SerialScaleOptions } from './serial-scale-base';

export interface MtSicsScaleOptions extends SerialScaleOptions {
  command: 'SI' | 'SIR' | 'S';
}

const OUTCOME_MESSAGES = {
  'not-executable': 'the scale cannot do it now (busy or moving)',
  'above-range': 'the weight is above the allowed range',
  'below-range': 'the weight is below the allowed range',
} as const;

export class MtSicsScale extends SerialScaleBase {
  readonly kind = 'mt-sics' as const;

  constructor(private readonly sics: MtSicsScaleOptions) {
    // "S" holds its reply until the weight is stable, so it gets a longer wait than an immediate SI.
    super({ ...sics, replyTimeoutMs: sics.replyTimeoutMs ?? (sics.command === 'S' ? 10_000 : undefined) }, { delimiter: '\r\n' });
  }

  protected pollCommand(): string | undefined {
    if (this.sics.command === 'SIR') return undefined;
    return this.sics.command === 'S' ? MT_SICS_COMMANDS.weightStable : MT_SICS_COMMANDS.weightImmediate;
  }

  protected onAttached(): void {
    if (this.sics.command === 'SIR') {
      this.write(MT_SICS_COMMANDS.weightRepeat).catch((error: unknown) =>
        this.publishFrameError({ code: 'MTSICS_MALFORMED', message: `Cannot start streaming: ${error instanceof Error ? error.message : String(error)}` }),
      );
    }
  }

  protected override async beforeStop(): Promise<void> {
    // "@" cancels SIR streaming so the scale is left as found.
    if (this.sics.command === 'SIR') await this.write(MT_SICS_COMMANDS.reset).catch(() => undefined);
  }

  protected handleFrame(frame: string): void {
    const parsed = parseMtSicsReply(frame);
    if (!parsed.ok) {
      this.noteReply();
      this.publishFrameError(parsed.error);
      return;
    }
    const reply = parsed.value;
    switch (reply.kind) {
      case 'reading':
        this.publish(reply.reading);
        this.settle('poll', { ok: true });
        return;
      case 'busy':
        this.settle('poll', { ok: false, message: 'Scale is busy' });
        return;
      case 'zero':
        this.settle('zero', reply.outcome === 'done' ? { ok: true } : { ok: false, message: `Zero refused: ${OUTCOME_MESSAGES[reply.outcome]}` });
        return;
      case 'tare':
        this.settle('tare', reply.outcome === 'done' ? { ok: true } : { ok: false, message: `Tare refused: ${OUTCOME_MESSAGES[reply.outcome]}` });
        return;
      case 'error':
        this.settle(this.oldestPendingKind(), { ok: false, message: reply.message });
    }
  }

  zero(): Promise<ScaleCommandResult> {
    return this.request('zero', MT_SICS_COMMANDS.zero);
  }

  tare(): Promise<ScaleCommandResult> {
    return this.request('tare', MT_SICS_COMMANDS.tare);
  }
}
