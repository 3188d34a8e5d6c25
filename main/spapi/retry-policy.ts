import { redactText } from './redact';

/** How often and how patiently the client repeats a call that failed transiently. */
export interface RetryOptions {
  /** Attempts in total, the first included (1 = never retry). */
  maxAttempts: number;
  /** First backoff ceiling; doubles per attempt. */
  baseDelayMs: number;
  /** Upper bound of any one backoff. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 20_000 };

/** Statuses worth another attempt: throttled, or Amazon's side failing transiently. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

/**
 * "Full jitter" backoff: a uniformly random wait in [0, min(max, base * 2^(attempt-1))].
 * Spreading retries over the whole window keeps stations that failed together from
 * retrying together.
 */
export function backoffDelay(attempt: number, options: RetryOptions, random: () => number): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}

export function resolveRetryOptions(partial: Partial<RetryOptions> | undefined): RetryOptions {
  const options = { ...DEFAULT_RETRY, ...partial };
  if (!Number.isInteger(options.maxAttempts) || options.maxAttempts < 1) {
    throw new Error(`retry.maxAttempts must be a whole number of at least 1 (got ${options.maxAttempts})`);
  }
  if (!(options.baseDelayMs >= 0) || !(options.maxDelayMs >= options.baseDelayMs)) {
    throw new Error(`retry delays must satisfy 0 <= baseDelayMs <= maxDelayMs (got ${options.baseDelayMs}, ${options.maxDelayMs})`);
  }
  return options;
}

/** got's error codes for failures where the request never left this machine, so no call reached Amazon. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ERR_TLS_CERT_ALTNAME_INVALID']);
/** got timeout phases that end before the request is written. */
const NOT_SENT_TIMEOUTS = new Set(['lookup', 'connect', 'secureConnect']);

export interface TransportFailure {
  /** False when the request certainly never reached Amazon: safe to repeat for any operation. */
  maybeSent: boolean;
  reason: string;
}

/** Classifies a got transport error (no HTTP response at all). Undefined when it is not a transport error. */
export function classifyTransportError(error: unknown): TransportFailure | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  const event = (error as { event?: unknown }).event;
  if (error.name === 'TimeoutError') {
    const phase = typeof event === 'string' ? event : 'request';
    return { maybeSent: !NOT_SENT_TIMEOUTS.has(phase), reason: `timed out (${phase})` };
  }
  if (typeof code === 'string' && (error.name === 'RequestError' || code.startsWith('E'))) {
    return { maybeSent: !NOT_SENT_CODES.has(code), reason: redactText(`${code}: ${error.message}`) };
  }
  if (error.name === 'ReadError' || error.name === 'RequestError') {
    return { maybeSent: true, reason: redactText(error.message) };
  }
  return undefined;
}
