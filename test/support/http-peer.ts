import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the peer received it. */
export interface SeenRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  /** Raw query string without `?`. */
  query: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface PeerReply {
  status: number;
  headers?: Record<string, string>;
  /** Object bodies are sent as JSON; strings as they are. */
  body?: unknown;
  /** Destroy the socket instead of answering (after reading the request). */
  drop?: boolean;
  /** Answer only after this many ms (for client timeouts). */
  delayMs?: number;
}

export type PeerHandler = (request: SeenRequest) => PeerReply | Promise<PeerReply>;

/** A small HTTP server on 127.0.0.1 that answers with a handler each test sets, and records every request. */
export interface HttpPeer {
  readonly url: string;
  readonly seen: SeenRequest[];
  handle(handler: PeerHandler): void;
  close(): Promise<void>;
}

export async function startHttpPeer(initial?: PeerHandler): Promise<HttpPeer> {
  let handler: PeerHandler = initial ?? (() => ({ status: 404, body: { errors: [{ code: 'NotFound', message: 'No handler' }] } }));
  const seen: SeenRequest[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const [path = '', query = ''] = (req.url ?? '').split(/\?(.*)/s, 2);
      const request: SeenRequest = { method: req.method ?? '', path, query, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      seen.push(request);
      Promise.resolve()
        .then(() => handler(request))
        .then(async (reply) => {
          if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
          if (reply.drop) {
            req.socket.destroy();
            return;
          }
          const text = typeof reply.body === 'string' ? reply.body : reply.body === undefined ? '' : JSON.stringify(reply.body);
          const headers = { ...(typeof reply.body === 'object' ? { 'content-type': 'application/json' } : {}), ...reply.headers };
          res.writeHead(reply.status, headers);
          res.end(text);
        })
        .catch((error: unknown) => {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(`peer handler failed: ${error instanceof Error ? error.message : String(error)}`);
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    handle(next) {
      handler = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
