import { redactText } from './redact';

/** One entry of Amazon's `errors[]`. */
export interface AmazonError {
  code: string;
  message: string;
  details?: string;
}

/** Which SP-API operation an error belongs to. */
export interface OperationRef {
  api: string;
  operationId: string;
}

const label = (op: OperationRef) => `${op.api}.${op.operationId}`;

/**
 * What is kept of a transport error. got's own error objects hold the request options,
 * headers included (access tokens), so they are never attached to the client's errors.
 */
export interface TransportCause {
  name: string;
  code?: string;
  message: string;
}

export function transportCause(error: unknown): TransportCause {
  if (!(error instanceof Error)) return { name: 'Error', message: redactText(String(error)) };
  const code = (error as { code?: unknown }).code;
  return { name: error.name, ...(typeof code === 'string' ? { code } : {}), message: redactText(error.message) };
}

/**
 * Base of every error the SP-API client throws. Messages are redacted when built, so logging
 * `error.message` or `toJSON()` never prints a token, a secret or personal data.
 */
export abstract class SpApiClientError extends Error {
  abstract readonly kind: string;
  constructor(message: string) {
    super(redactText(message));
  }

  toJSON(): Record<string, unknown> {
    return { kind: this.kind, message: redactText(this.message) };
  }
}

/** Amazon answered with an HTTP error status (after any retries the client allows). */
export class SpApiError extends SpApiClientError {
  readonly kind: string = 'http';
  constructor(
    readonly operation: OperationRef,
    readonly status: number,
    readonly errors: AmazonError[],
    readonly requestId: string | undefined,
    message?: string,
  ) {
    const first = errors[0];
    super(
      message ??
        `${label(operation)} failed with HTTP ${status}` +
          (first ? `: ${first.code}: ${first.message}${first.details ? ` (${first.details})` : ''}` : '') +
          (requestId ? ` [request ${requestId}]` : ''),
    );
    this.name = 'SpApiError';
  }

  /** Amazon's code of the first error, e.g. `QuotaExceeded`, `InvalidInput`. */
  get code(): string | undefined {
    return this.errors[0]?.code;
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      api: this.operation.api,
      operationId: this.operation.operationId,
      status: this.status,
      requestId: this.requestId ?? null,
      errors: this.errors.map((e) => ({
        code: e.code,
        message: redactText(e.message),
        ...(e.details !== undefined ? { details: redactText(e.details) } : {}),
      })),
    };
  }
}

/** The reply could not be read as the JSON an SP-API operation returns (HTML error page, truncated body...). */
export class InvalidResponseError extends SpApiError {
  override readonly kind = 'invalid-response';
  constructor(
    operation: OperationRef,
    status: number,
    requestId: string | undefined,
    readonly contentType: string | undefined,
    readonly reason: string,
  ) {
    super(
      operation,
      status,
      [],
      requestId,
      `${label(operation)} returned HTTP ${status} with a body that is not valid SP-API JSON (${reason}; content-type ${contentType ?? 'none'})` +
        (requestId ? ` [request ${requestId}]` : ''),
    );
    this.name = 'InvalidResponseError';
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), contentType: this.contentType ?? null, reason: this.reason };
  }
}

/**
 * A call that changes state on Amazon failed in a way that leaves open whether Amazon
 * processed it (timeout or dropped connection after the request was sent, or a 5xx).
 * The client never re-sends such a call: the caller must find out what happened
 * (list/get the resource) before deciding to send it again.
 */
export class AmbiguousFailureError extends SpApiClientError {
  readonly kind = 'ambiguous';
  constructor(
    readonly operation: OperationRef,
    readonly reason: string,
    readonly attempt: number,
    readonly status?: number,
    readonly requestId?: string,
    override readonly cause?: TransportCause,
  ) {
    super(
      `${label(operation)} may or may not have been processed by Amazon (${reason}); it was not re-sent. ` +
        'Check the current state on Amazon before sending it again.',
    );
    this.name = 'AmbiguousFailureError';
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      api: this.operation.api,
      operationId: this.operation.operationId,
      reason: this.reason,
      attempt: this.attempt,
      status: this.status ?? null,
      requestId: this.requestId ?? null,
    };
  }
}

/** No usable reply after the allowed attempts for a call that is safe to repeat (network down, timeouts). */
export class SpApiNetworkError extends SpApiClientError {
  readonly kind = 'network';
  constructor(
    readonly operation: OperationRef,
    readonly reason: string,
    readonly attempts: number,
    override readonly cause?: TransportCause,
  ) {
    super(`${label(operation)} could not reach Amazon after ${attempts} attempt(s): ${reason}`);
    this.name = 'SpApiNetworkError';
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), api: this.operation.api, operationId: this.operation.operationId, reason: this.reason, attempts: this.attempts };
  }
}

/** Login with Amazon refused the refresh-token grant or could not be reached. */
export class LwaError extends SpApiClientError {
  readonly kind = 'lwa';
  constructor(
    readonly status: number | undefined,
    readonly error: string | undefined,
    readonly description: string | undefined,
    message?: string,
  ) {
    super(
      message ??
        `Login with Amazon refused the token request (HTTP ${status ?? 'none'}${error ? `, ${error}` : ''}${description ? `: ${description}` : ''})`,
    );
    this.name = 'LwaError';
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status ?? null, error: this.error ?? null, description: this.description ?? null };
  }
}

/** The call cannot be built: unknown API or operation, missing or unknown parameters. Nothing was sent. */
export class SpApiRequestError extends SpApiClientError {
  readonly kind = 'request';
  constructor(
    message: string,
    readonly expected?: string[],
  ) {
    super(message);
    this.name = 'SpApiRequestError';
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), ...(this.expected ? { expected: this.expected } : {}) };
  }
}
