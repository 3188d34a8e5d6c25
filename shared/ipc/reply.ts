/**
 * Every IPC call answers with a Reply: never a thrown error across the
 * process boundary. Codes are stable strings the renderer can translate.
 */
export type ErrorCode =
  | 'UNKNOWN_CHANNEL'
  | 'INVALID_REQUEST'
  | 'FORBIDDEN_SENDER'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'VALIDATION'
  | 'UNAVAILABLE'
  | 'INTERNAL';

export interface ReplyError {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: ReplyError };

export function ok<T>(value: T): Reply<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, details?: unknown): Reply<never> {
  return details === undefined ? { ok: false, error: { code, message } } : { ok: false, error: { code, message, details } };
}
