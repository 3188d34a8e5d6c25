/** Scales that stream one line per reading without being asked, parsed with the station's configured pattern. */
import { parseContinuousLine, type CompiledContinuousFormat } from '../../shared/scale/continuous';
import type { ScaleCommandResult } from './scale-driver';
import { SerialScaleBase, type SerialScaleOptions } from './serial-scale-base';

const LINE_ENDINGS = { cr: '\r', lf: '\n', crlf: '\r\n' } as const;

export interface ContinuousScaleOptions extends SerialScaleOptions {
  format: CompiledContinuousFormat;
  lineEnding: keyof typeof LINE_ENDINGS;
}

export class ContinuousScale extends SerialScaleBase {
  readonly kind = 'continuous' as const;

  constructor(private readonly continuous: ContinuousScaleOptions) {
    super(continuous, { delimiter: LINE_ENDINGS[continuous.lineEnding] });
  }

  protected pollCommand(): undefined {
    return undefined;
  }

  protected onAttached(): void {}

  protected handleFrame(frame: string): void {
    this.noteReply();
    const parsed = parseContinuousLine(frame.replace(/^[\r\n]+/, ''), this.continuous.format);
    if (parsed.ok) this.publish(parsed.value);
    else this.publishFrameError(parsed.error);
  }

  zero(): Promise<ScaleCommandResult> {
    return Promise.resolve({ ok: false, message: 'A continuous-output scale takes no commands; zero it on the scale' });
  }

  tare(): Promise<ScaleCommandResult> {
    return Promise.resolve({ ok: false, message: 'A continuous-output scale takes no commands; tare it on the scale' });
  }
}
