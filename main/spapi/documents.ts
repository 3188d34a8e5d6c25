import type { SpApiClient } from './client';
import { SpApiClientError, transportCause, type TransportCause } from './errors';
import { backoffDelay, classifyTransportError, RETRYABLE_STATUSES } from './retry-policy';
import { redactText } from './redact';

/** A document link (label PDF, bill of lading, packing slip) could not be fetched. */
export class DocumentDownloadError extends SpApiClientError {
  readonly kind = 'document';
  constructor(
    readonly status: number | undefined,
    readonly reason: string,
    readonly attempts: number,
    override readonly cause?: TransportCause,
  ) {
    super(
      status === 403 || status === 404 || status === 410
        ? `The document link is no longer valid (HTTP ${status}); Amazon's links expire within minutes: request the document again`
        : `The document could not be downloaded after ${attempts} attempt(s): ${reason}`,
    );
    this.name = 'DocumentDownloadError';
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status ?? null, reason: this.reason, attempts: this.attempts };
  }
}

export interface DownloadedDocument {
  body: Buffer;
  contentType: string | undefined;
}

/** Labels and bills of lading of a large shipment stay well below this. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

/**
 * Fetches a `DownloadURL` that an SP-API operation returned (getLabels, getBillOfLading).
 * These are pre-signed links: they carry their own authorisation in the query string, so
 * no SP-API token is sent with them (it would leak the token to the storage host). A GET of
 * a link is repeatable, so 429/5xx and transport failures are retried within the client's
 * retry budget; an expired link is reported at once.
 */
export async function downloadDocument(
  client: SpApiClient,
  url: string,
  options: { maxBytes?: number } = {},
): Promise<DownloadedDocument> {
  const maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  const { retry, clock } = client;
  const random = client.options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    const last = attempt >= retry.maxAttempts;
    try {
      const response = await client.http(url, { method: 'GET', responseType: 'buffer', headers: { accept: '*/*' } });
      const status = response.statusCode;
      if (status >= 200 && status < 300) {
        if (response.body.length > maxBytes) {
          throw new DocumentDownloadError(status, `document is ${response.body.length} bytes, more than the ${maxBytes} allowed`, attempt);
        }
        return { body: response.body, contentType: response.headers['content-type'] };
      }
      if (!RETRYABLE_STATUSES.has(status) || last) {
        throw new DocumentDownloadError(status, `HTTP ${status}`, attempt);
      }
    } catch (error) {
      if (error instanceof DocumentDownloadError) throw error;
      const transport = classifyTransportError(error);
      if (!transport) throw error;
      if (last) throw new DocumentDownloadError(undefined, redactText(transport.reason), attempt, transportCause(error));
    }
    await clock.sleep(backoffDelay(attempt, retry, random));
  }
}
