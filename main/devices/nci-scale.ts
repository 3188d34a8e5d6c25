/**
 * NCI / SCP-01 scales on a serial port: `W` polls the weight, `Z` zeroes (answered with status). Replies come in
 * the order asked and end with ETX. The basic protocol has no tare command.
 */
import { NCI_COMMANDS, NCI_ETX, parseNciReply } from '../../shared/scale/nci';
import { CONDITION_MESSAGES } from '../../shared/scale/reading';
import type { ScaleCommandResult } from './scale-driver';
import { SerialScaleBase, type SerialScaleOptions } from './serial-scale-base';

export class NciScale extends SerialScaleBase {
  readonly kind = 'nci' as const;

  constructor(options: SerialScaleOptions) {
    super(options, { delimiter: NCI_ETX });
  }

  protected pollCommand(): string {
    return NCI_COMMANDS.weight;
  }

  protected onAttached(): void {}

  protected handleFrame(frame: string): void {
    const parsed = parseNciReply(frame);
    if (!parsed.ok) {
      this.noteReply();
      this.publishFrameError(parsed.error);
      return;
    }
    const reply = parsed.value;
    if (reply.kind === 'reading') {
      this.publish(reply.reading);
      this.settle('poll', { ok: true });
    } else if (reply.kind === 'status') {
      const ok = reply.condition === 'ok';
      this.settle(this.oldestPendingKind(), ok ? { ok: true } : { ok: false, message: CONDITION_MESSAGES[reply.condition as Exclude<typeof reply.condition, 'ok'>] });
    } else {
      this.settle(this.oldestPendingKind(), { ok: false, message: 'Scale did not recognise the command' });
    }
  }

  zero(): Promise<ScaleCommandResult> {
    return this.request('zero', NCI_COMMANDS.zero);
  }

  /** Asks for the status bytes alone (`S`): ok, or what is wrong (calibration, over/under capacity, RAM/ROM errors). */
  checkStatus(): Promise<ScaleCommandResult> {
    return this.request('status', NCI_COMMANDS.status);
  }

  tare(): Promise<ScaleCommandResult> {
    return Promise.resolve({ ok: false, message: 'NCI scales have no tare command; tare on the scale itself' });
  }
}
