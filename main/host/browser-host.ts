import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Station } from '../core/station';
import { fail } from '../../shared/ipc/reply';
import { HOST_CLOSE_CODES, type HostClientMessage, type HostServerMessage } from '../../shared/ipc/host-protocol';

export type RefusalCode = 'TOKEN_MISSING' | 'TOKEN_INVALID' | 'FOREIGN_HOST' | 'FOREIGN_ORIGIN';

export interface BrowserHostOptions {
  station: Station;
  rendererDir: string;
  port?: number;
  /** Fixed token for tests; a new random one otherwise. */
  token?: string;
  log?: (line: string) => void;
}

export interface BrowserHost {
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wav': 'audio/wav',
};

const COOKIE = 'packbench_token';
const MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

function contentSecurityPolicy(port: number): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `connect-src 'self' ws://127.0.0.1:${port} ws://localhost:${port}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function cookieToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === COOKIE) return rest.join('=');
  }
  return undefined;
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Serves the built renderer and the station's services on loopback. Every
 * request must come to our own host name (no DNS rebinding), from our own
 * origin when a browser says where it comes from, and carry this launch's
 * token (query, header or the cookie set on first load).
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const log = options.log ?? ((line: string) => console.log(line));
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  function check(req: IncomingMessage): { code: RefusalCode; status: number; message: string } | { token: 'query' | 'header' | 'cookie' } {
    if (!req.headers.host || !allowedHosts().has(req.headers.host.toLowerCase())) {
      return { code: 'FOREIGN_HOST', status: 403, message: 'This station only answers to its own loopback address.' };
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin.toLowerCase())) {
      return { code: 'FOREIGN_ORIGIN', status: 403, message: 'Requests from other sites are refused.' };
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const candidates: [string | undefined, 'query' | 'header' | 'cookie'][] = [
      [url.searchParams.get('token') ?? undefined, 'query'],
      [typeof req.headers['x-packbench-token'] === 'string' ? req.headers['x-packbench-token'] : undefined, 'header'],
      [cookieToken(req.headers.cookie), 'cookie'],
    ];
    const present = candidates.filter(([value]) => value !== undefined);
    if (present.length === 0) {
      return { code: 'TOKEN_MISSING', status: 401, message: 'Open the station with the URL it printed at start-up (it carries the access token).' };
    }
    const match = present.find(([value]) => sameToken(value!, token));
    if (!match) return { code: 'TOKEN_INVALID', status: 401, message: 'The access token is wrong or from an earlier launch. Use the URL printed at this start-up.' };
    return { token: match[1] };
  }

  function refuse(res: ServerResponse, code: RefusalCode, status: number, message: string): void {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify({ error: { code, message } }));
  }

  async function serveFile(req: IncomingMessage, res: ServerResponse, setCookie: boolean): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      res.end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let relative = decodeURIComponent(url.pathname);
    if (relative === '/' || relative === '') relative = '/index.html';
    const file = normalize(join(options.rendererDir, relative));
    if (!file.startsWith(normalize(options.rendererDir + sep))) {
      res.writeHead(404);
      res.end();
      return;
    }
    const found = await stat(file).catch(() => null);
    const target = found?.isFile() ? file : extname(relative) ? null : join(options.rendererDir, 'index.html');
    if (!target) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    const body = await readFile(target);
    const headers: Record<string, string> = {
      'Content-Type': CONTENT_TYPES[extname(target)] ?? 'application/octet-stream',
      'Content-Security-Policy': contentSecurityPolicy(port),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': target.endsWith('.html') ? 'no-store' : 'private, max-age=3600',
    };
    if (setCookie) headers['Set-Cookie'] = `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  const server: Server = createServer((req, res) => {
    const verdict = check(req);
    if ('code' in verdict) {
      refuse(res, verdict.code, verdict.status, verdict.message);
      return;
    }
    serveFile(req, res, verdict.token !== 'cookie').catch((error: unknown) => {
      log(`[host] could not serve ${req.url ?? ''}: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const sockets = new Set<WebSocket>();

  server.on('upgrade', (req, socket, head) => {
    const verdict = check(req);
    if ('code' in verdict) {
      const body = JSON.stringify({ error: { code: verdict.code, message: verdict.message } });
      socket.end(
        `HTTP/1.1 ${verdict.status} ${verdict.status === 401 ? 'Unauthorized' : 'Forbidden'}\r\n` +
          `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
      return;
    }
    if (new URL(req.url ?? '/', 'http://127.0.0.1').pathname !== '/station') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws));
  });

  wss.on('connection', (ws) => {
    sockets.add(ws);
    const send = (message: HostServerMessage) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
    };
    const unsubscribe = options.station.events.subscribe((event, payload) => send({ type: 'event', event, payload }));
    ws.on('message', (data, isBinary) => {
      if (isBinary) {
        send({ type: 'reply', id: null, reply: fail('INVALID_REQUEST', 'Binary messages are not accepted') });
        return;
      }
      let message: HostClientMessage;
      try {
        message = JSON.parse(data.toString()) as HostClientMessage;
      } catch {
        send({ type: 'reply', id: null, reply: fail('INVALID_REQUEST', 'The message is not valid JSON') });
        return;
      }
      const id = typeof message?.id === 'number' ? message.id : null;
      if (message?.type !== 'invoke' || id === null) {
        send({ type: 'reply', id, reply: fail('INVALID_REQUEST', 'Expected {type:"invoke", id:number, channel, payload}') });
        return;
      }
      void options.station.dispatch(message.channel, message.payload, { origin: 'browser' }).then((reply) => send({ type: 'reply', id, reply }));
    });
    ws.on('close', () => {
      unsubscribe();
      sockets.delete(ws);
    });
    ws.on('error', () => ws.terminate());
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    async close() {
      for (const ws of sockets) ws.close(HOST_CLOSE_CODES.shuttingDown, 'Station is shutting down');
      wss.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
