import { randomBytes } from 'node:crypto';

export const DOCUMENTS_PREFIX = '/practice-documents/';

/** Amazon's label and bill-of-lading download URLs are valid for 15 seconds. */
export const DOCUMENT_URL_LIFETIME_MS = 15_000;

export interface StoredDocument {
  contentType: string;
  /** Rendered when downloaded, so that an unused URL costs nothing. */
  render(): Promise<Uint8Array>;
  expiresAt: number;
}

/** Short-lived, unauthenticated download URLs, like the pre-signed URLs Amazon hands out for labels. */
export class DocumentStore {
  private readonly documents = new Map<string, StoredDocument>();
  private issued = 0;

  publish(baseUrl: string, now: number, contentType: string, render: () => Promise<Uint8Array>, lifetimeMs = DOCUMENT_URL_LIFETIME_MS): { url: string; expiresAt: number } {
    for (const [key, doc] of this.documents) if (doc.expiresAt <= now) this.documents.delete(key);
    const key = randomBytes(18).toString('base64url');
    const expiresAt = now + lifetimeMs;
    this.documents.set(key, { contentType, render, expiresAt });
    this.issued += 1;
    return { url: `${baseUrl}${DOCUMENTS_PREFIX}${key}`, expiresAt };
  }

  fetch(key: string, now: number): StoredDocument | null {
    const doc = this.documents.get(key);
    if (!doc || doc.expiresAt <= now) return null;
    return doc;
  }

  get issuedCount(): number {
    return this.issued;
  }
}
