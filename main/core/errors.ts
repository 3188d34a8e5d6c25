import type { ErrorCode } from '../../shared/ipc/reply';

/** An error a service means the user to see: its code and message go back to the renderer. */
export class StationError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'StationError';
  }
}

export const notFound = (what: string) => new StationError('NOT_FOUND', `${what} was not found`);
