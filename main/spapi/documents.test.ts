import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SpApiClient } from './client';
import { DocumentDownloadError, downloadDocument } from './documents';
import { virtualClock } from './timing';
import { startHttpPeer, type HttpPeer } from '../../test/support/http-peer';

let peer: HttpPeer;
beforeAll(async () => {
  peer = await startHttpPeer();
});
afterAll(async () => {
  await peer.close();
});

const pdf = '%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n';
const client = () => new SpApiClient({ clock: virtualClock(), random: () => 0, retry: { maxAttempts: 3 } });

describe('downloadDocument', () => {
  it('fetches the bytes of a pre-signed link without any SP-API token', async () => {
    peer.seen.length = 0;
    peer.handle(() => ({ status: 200, headers: { 'content-type': 'application/pdf' }, body: pdf }));
    const doc = await downloadDocument(client(), `${peer.url}/labels/FBA1.pdf?X-Amz-Signature=abc`);
    expect(doc.body.toString('latin1')).toBe(pdf);
    expect(doc.contentType).toBe('application/pdf');
    expect(peer.seen[0]?.query).toBe('X-Amz-Signature=abc');
    expect(peer.seen[0]?.headers['x-amz-access-token']).toBeUndefined();
  });

  it('retries a 503 and a dropped connection', async () => {
    peer.seen.length = 0;
    let calls = 0;
    peer.handle(() => (++calls === 1 ? { status: 503, body: 'busy' } : calls === 2 ? { status: 200, drop: true } : { status: 200, body: pdf }));
    const doc = await downloadDocument(client(), `${peer.url}/bol.pdf`);
    expect(doc.body.length).toBe(pdf.length);
    expect(peer.seen).toHaveLength(3);
  });

  it('reports an expired link at once and a too-large document plainly', async () => {
    peer.seen.length = 0;
    peer.handle(() => ({ status: 403, headers: { 'content-type': 'application/xml' }, body: '<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>' }));
    const expired = await downloadDocument(client(), `${peer.url}/old.pdf`).catch((e: unknown) => e);
    expect(expired).toBeInstanceOf(DocumentDownloadError);
    expect((expired as Error).message).toMatch(/link is no longer valid \(HTTP 403\).*request the document again/);
    expect(peer.seen).toHaveLength(1);

    peer.handle(() => ({ status: 200, body: 'x'.repeat(2048) }));
    await expect(downloadDocument(client(), `${peer.url}/big.pdf`, { maxBytes: 1024 })).rejects.toThrow(/2048 bytes, more than the 1024 allowed/);
  });
});
