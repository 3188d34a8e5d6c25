/** Why a label could not be read, converted or drawn; `code` is stable for callers, `message` is for people. */
export type LabelErrorCode =
  | 'bad-image'
  | 'bad-pdf'
  | 'bad-zpl'
  | 'bad-size'
  | 'bad-input'
  | 'unsupported-format';

export class LabelError extends Error {
  constructor(
    readonly code: LabelErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LabelError';
  }
}
