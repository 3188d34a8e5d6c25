import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OPERATIONS } from '../../main/spapi/operations.generated';
import { isIdempotent } from '../../main/spapi/operations';
import { OperationRouter } from '../../main/practice/router';

/** How a reply is lost once the request has reached the marketplace and been processed there. */
export type LostReply = 'drop' | 'serverError' | 'unavailable' | 'truncate';
const ROTATION: readonly LostReply[] = ['drop', 'serverError', 'truncate', 'unavailable'];

export interface Strike {
  /** The SP-API operation, e.g. `createInboundPlan`. */
  operationId: string;
  path: string;
  kind: LostReply;
}

export interface MarketplaceProxy {
  url: string;
  /** Writes whose reply was lost, in order. */
  readonly struck: readonly Strike[];
  /** SP-API requests forwarded per operation (struck ones included), and how many of them were answered 429. */
  readonly calls: ReadonlyMap<string, { sent: number; throttled: number }>;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const HOP_HEADERS = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive', 'content-encoding']);

/**
 * Forwards every request to `target` and counts the SP-API requests per operation. With `loseWriteReplies`, the first send of each write operation per inbound plan (per request body for
 * createInboundPlan, which has no plan yet) is processed by the marketplace, and then its reply is lost in one of four
 * ways in turn: a dropped connection, 500, a reply cut in half, 503. Reads pass untouched. So every kind of write of a
 * flow meets, deterministically, the one failure a client must never answer by re-sending blindly; later sends of the
 * same operation for the same plan get through, as on a network that fails now and then rather than always.
 */
export async function marketplaceProxy(target: string, options: { loseWriteReplies: boolean }): Promise<MarketplaceProxy> {
  const router = new OperationRouter(OPERATIONS);
  const seen = new Set<string>();
  const struck: Strike[] = [];
  const calls = new Map<string, { sent: number; throttled: number }>();

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const body = await readBody(req);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (!HOP_HEADERS.has(name) && typeof value === 'string') headers[name] = value;
    }
    const upstream = await fetch(target + url, { method, headers, ...(body.length ? { body } : {}) });
    const text = Buffer.from(await upstream.arrayBuffer());
    const replyHeaders: Record<string, string> = {};
    upstream.headers.forEach((value, name) => {
      if (!HOP_HEADERS.has(name)) replyHeaders[name] = value;
    });

    const path = new URL(url, 'http://proxy').pathname;
    const match = router.match(method, path);
    const spec = match && 'spec' in match ? match.spec : null;
    if (spec) {
      const count = calls.get(spec.operationId) ?? { sent: 0, throttled: 0 };
      count.sent++;
      if (upstream.status === 429) count.throttled++;
      calls.set(spec.operationId, count);
    }
    const key = match && 'spec' in match ? `${match.spec.operationId} ${match.pathParams.inboundPlanId ?? body.toString('utf8')}` : '';
    // Writes as the client sees them: non-idempotent operations (LWA and read-only POSTs such as RDTs pass).
    if (options.loseWriteReplies && upstream.ok && spec && !isIdempotent(spec) && !seen.has(key)) {
      seen.add(key);
      const kind = ROTATION[struck.length % ROTATION.length]!;
      struck.push({ operationId: spec.operationId, path, kind });
      const error = (status: number, code: string) => {
        const payload = Buffer.from(JSON.stringify({ errors: [{ code, message: 'We encountered an internal error. Please try again.' }] }));
        res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(payload.length), 'x-amzn-RequestId': replyHeaders['x-amzn-requestid'] ?? '' });
        res.end(payload);
      };
      switch (kind) {
        case 'drop':
          req.socket.destroy();
          return;
        case 'serverError':
          error(500, 'InternalFailure');
          return;
        case 'unavailable':
          error(503, 'ServiceUnavailable');
          return;
        case 'truncate':
          res.writeHead(upstream.status, replyHeaders);
          res.end(text.subarray(0, Math.max(1, Math.floor(text.length / 2))));
          return;
      }
    }
    res.writeHead(upstream.status, { ...replyHeaders, 'content-length': String(text.length) });
    res.end(text);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) res.destroy();
      else {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`proxy: ${(error as Error).message}`);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen({ host: '127.0.0.1', port: 0 }, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    struck,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
