/**
 * Why a job did not print. Codes are stable for the UI to pick a message and
 * a remedy; `message` already names the printer and what to do.
 */
export type PrintErrorCode =
  | 'offline'
  | 'paused'
  | 'paper-out'
  | 'head-open'
  | 'ribbon-out'
  | 'not-found'
  | 'timeout'
  | 'rejected'
  | 'unsupported'
  | 'bad-profile'
  | 'failed';

export class PrintError extends Error {
  constructor(
    readonly code: PrintErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PrintError';
  }
}
