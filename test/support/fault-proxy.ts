import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** How a reply is lost: the connection dropped, a 500 instead of the reply, or the reply cut half way. */
export type LostReply = 'drop' | 'serverError' | 'truncate';

interface Rule {
  method: string;
  path: RegExp;
  how: LostReply;
  remaining: number;
}

/**
 * Sits between a station and its practice marketplace, on a port of its own. It can lose the reply of one chosen call
 * after the marketplace processed it (the ambiguous failures reconciliation exists for), and it can take the network
 * away (nothing listens on its port, so connections are refused) and bring it back on the same port.
 */
export class FaultProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private rules: Rule[] = [];
  private port = 0;
  /** Requests that reached the marketplace through the proxy, as `METHOD path`. */
  readonly forwarded: string[] = [];
  lost = 0;
  /** Sees each request as it arrives, before the marketplace does. */
  onRequest: ((method: string, path: string) => void) | null = null;

  private constructor(private readonly target: URL) {}

  static async start(targetBaseUrl: string): Promise<FaultProxy> {
    const proxy = new FaultProxy(new URL(targetBaseUrl));
    await proxy.listen();
    return proxy;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get online(): boolean {
    return this.server !== null;
  }

  /** The next `times` calls matching `method` and `path` are processed by the marketplace and their replies lost. */
  loseReply(method: string, path: RegExp, how: LostReply, times = 1): void {
    this.rules.push({ method, path, how, remaining: times });
  }

  /** Nothing listens any more and open connections are cut: the station's calls fail as with the network gone. */
  async goOffline(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    await new Promise<void>((done) => {
      server.close(() => done());
      for (const socket of this.sockets) socket.destroy();
    });
  }

  /** Listens again on the same port. */
  goOnline(): Promise<void> {
    return this.listen();
  }

  close(): Promise<void> {
    return this.goOffline();
  }

  private listen(): Promise<void> {
    const server = createServer((req, res) => void this.forward(req, res));
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen({ host: '127.0.0.1', port: this.port }, () => {
        this.port = (server.address() as AddressInfo).port;
        this.server = server;
        resolve();
      });
    });
  }

  private async forward(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    this.forwarded.push(`${method} ${path.split('?')[0]}`);
    this.onRequest?.(method, path.split('?')[0]!);
    const rule = this.rules.find((r) => r.remaining > 0 && r.method === method && r.path.test(path.split('?')[0]!));
    if (rule) rule.remaining--;
    const upstream = request(
      { host: this.target.hostname, port: this.target.port, method, path, headers: { ...req.headers, host: this.target.host } },
      (reply) => {
        const body: Buffer[] = [];
        reply.on('data', (c: Buffer) => body.push(c));
        reply.on('end', () => {
          const full = Buffer.concat(body);
          if (!rule) {
            res.writeHead(reply.statusCode ?? 502, reply.headers);
            res.end(full);
            return;
          }
          this.lost++;
          if (rule.how === 'drop') {
            req.socket.destroy();
          } else if (rule.how === 'serverError') {
            const error = Buffer.from(JSON.stringify({ errors: [{ code: 'InternalFailure', message: 'We encountered an internal error. Please try again.' }] }));
            res.writeHead(500, { 'content-type': 'application/json', 'content-length': String(error.length) });
            res.end(error);
          } else {
            const headers = { ...reply.headers };
            delete headers['content-length'];
            res.writeHead(reply.statusCode ?? 200, headers);
            res.end(full.subarray(0, Math.max(1, Math.floor(full.length / 2))));
          }
        });
      },
    );
    upstream.on('error', () => req.socket.destroy());
    upstream.end(Buffer.concat(chunks));
  }
}
