import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { OperationSpec } from '../spapi/operation-spec';
import type { Clock } from './clock';
import { SpApiError, unauthorized } from './errors';
import type { FaultDecision, FaultPlanner } from './faults';
import { operationKey, type HandlerTable, type OperationReply } from './handler-types';
import { answerLwa, LWA_PATH } from './lwa-endpoint';
import type { PracticeAccount } from './practice-accounts';
import { UNDOCUMENTED_LIMIT, type RateLimiter } from './rate-limiter';
import { pathCovers, type OperationRouter } from './router';
import type { TokenStore } from './token-store';
import { DOCUMENTS_PREFIX, type DocumentStore } from './documents';

const MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface FaultRecord {
  requestNumber: number;
  operation: string;
  kind: FaultDecision['kind'];
  phase: FaultDecision['phase'];
}

export interface ServerDeps {
  router: OperationRouter;
  handlers: HandlerTable;
  restrictedOperations: ReadonlySet<string>;
  accounts: readonly PracticeAccount[];
  tokens: TokenStore;
  limiter: RateLimiter;
  faults: FaultPlanner;
  documents: DocumentStore;
  clock: Clock;
  tokenLifetimeSec: number;
  enforceRateLimits: boolean;
  /** Whether the fault profile also strikes the LWA token endpoint. */
  faultLwa: boolean;
  faultLog: FaultRecord[];
  callCounts: Map<string, number>;
  /** Failures of the simulator itself (answered 500), kept so tests can tell them from injected faults. */
  internalErrors: string[];
  /**
   * Called after every request that reached the marketplace's state, to save it: with `write` for an SP-API call that
   * may have changed it (any method but GET), before its reply leaves, so what a client was told is on disk; with
   * `read` for the rest (reads, token grants), which may be saved a little later.
   */
  onStateChange?: (kind: 'write' | 'read') => void;
  /** JSON routes outside the SP-API under `PRACTICE_ROUTES_PREFIX`; `loopbackOnly` ones answer local callers only. */
  practiceRoutes?: Record<string, PracticeRoute>;
}

export const PRACTICE_ROUTES_PREFIX = '/practice/';

export interface PracticeRoute {
  loopbackOnly: boolean;
  body(): unknown;
}

const LOOPBACK_ADDRESSES = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * The address clients reached the marketplace at, so download URLs work for a station on another machine of a training
 * room; anything that is not a plain host:port falls back to the listening address.
 */
function requestBaseUrl(req: IncomingMessage, fallback: string): string {
  const host = req.headers.host;
  return host && /^[A-Za-z0-9.-]+:\d{1,5}$|^\[[0-9A-Fa-f:.]+\]:\d{1,5}$/.test(host) ? `http://${host}` : fallback;
}

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

function jsonReply(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return {
    status,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(body)),
  };
}

/**
 * Operations whose official model documents a bare `Error` object (not `{ errors: [...] }`) for every error status
 * but 400; the simulator answers in the documented shape so clients learn to read both.
 */
const BARE_ERROR_OPERATIONS = new Set(['vendorDirectFulfillmentTransactions_2021-12-28.getTransactionStatus']);

function errorReply(error: SpApiError, headers: Record<string, string> = {}, operation = ''): Reply {
  const body = error.toBody();
  return jsonReply(error.status, BARE_ERROR_OPERATIONS.has(operation) && error.status !== 400 ? body.errors[0] : body, headers);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new SpApiError(413, 'RequestTooLarge', `The request body exceeds ${MAX_BODY_BYTES} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function parseJsonBody(raw: Buffer): unknown {
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch (error) {
    throw new SpApiError(400, 'InvalidInput', `The request body is not valid JSON: ${(error as Error).message}`);
  }
}

export function startHttpServer(deps: ServerDeps, port = 0, host = '127.0.0.1'): Promise<{ server: Server; baseUrl: string; close(): Promise<void> }> {
  const slowTimers = new Set<NodeJS.Timeout>();
  let requestNumber = 0;
  let baseUrl = '';

  const send = (res: ServerResponse, reply: Reply, requestId: string): void => {
    if (res.destroyed) return;
    res.writeHead(reply.status, { ...reply.headers, 'x-amzn-RequestId': requestId, 'content-length': String(reply.body.length) });
    res.end(reply.body);
  };

  /** Failure replies of an injected fault, in the shape of the endpoint struck (SP-API or LWA). */
  type FaultReplies = Record<'throttle' | 'serverError' | 'unavailable', () => Reply>;
  const spApiFaultReplies = (rateHeader: Record<string, string>, key: string): FaultReplies => ({
    throttle: () => errorReply(new SpApiError(429, 'QuotaExceeded', 'You exceeded your quota for the requested resource.'), rateHeader, key),
    serverError: () => errorReply(new SpApiError(500, 'InternalFailure', 'We encountered an internal error. Please try again.'), {}, key),
    unavailable: () => errorReply(new SpApiError(503, 'ServiceUnavailable', 'Service is temporarily unavailable. Please try again.'), {}, key),
  });
  const lwaFaultReplies: FaultReplies = {
    throttle: () => jsonReply(429, { error: 'temporarily_unavailable', error_description: 'Too many requests; try again later.' }),
    serverError: () => jsonReply(500, { error: 'server_error', error_description: 'The authorization server encountered an unexpected condition.' }),
    unavailable: () => jsonReply(503, { error: 'temporarily_unavailable', error_description: 'The authorization server is temporarily unavailable.' }),
  };

  const strike = (req: IncomingMessage, res: ServerResponse, decision: FaultDecision, reply: Reply | null, requestId: string, replies: FaultReplies): void => {
    switch (decision.kind) {
      case 'throttle':
      case 'serverError':
      case 'unavailable':
        send(res, replies[decision.kind](), requestId);
        return;
      case 'drop':
        req.socket.destroy();
        return;
      case 'timeout':
        // Never answered: the socket stays open until the client gives up or the marketplace closes.
        return;
      case 'truncate': {
        const full = reply ?? jsonReply(200, {});
        res.writeHead(full.status, { ...full.headers, 'x-amzn-RequestId': requestId });
        res.end(full.body.subarray(0, Math.max(1, Math.floor(full.body.length / 2))));
        return;
      }
      case 'slow': {
        const timer = setTimeout(() => {
          slowTimers.delete(timer);
          send(res, reply ?? jsonReply(200, {}), requestId);
        }, deps.faults.slowReplyMs);
        slowTimers.add(timer);
        return;
      }
    }
  };

  const handlePractice = (req: IncomingMessage, res: ServerResponse, url: URL, requestId: string): void => {
    const route = deps.practiceRoutes?.[url.pathname.slice(PRACTICE_ROUTES_PREFIX.length)];
    if (!route || req.method !== 'GET') {
      send(res, jsonReply(404, { error: `No practice route ${req.method ?? 'GET'} ${url.pathname}` }), requestId);
      return;
    }
    if (route.loopbackOnly && !LOOPBACK_ADDRESSES.has(req.socket.remoteAddress ?? '')) {
      send(res, jsonReply(403, { error: `${url.pathname} answers callers on this machine only` }), requestId);
      return;
    }
    send(res, jsonReply(200, route.body()), requestId);
  };

  const handleSpApi = async (req: IncomingMessage, res: ServerResponse, url: URL, raw: Buffer, requestId: string): Promise<void> => {
    const method = req.method ?? 'GET';
    const match = deps.router.match(method, url.pathname);
    if (!match) {
      send(res, errorReply(new SpApiError(404, 'NotFound', `No Selling Partner API operation matches ${method} ${url.pathname}`)), requestId);
      return;
    }
    if ('allowedMethods' in match) {
      send(res, errorReply(new SpApiError(405, 'MethodNotAllowed', `${url.pathname} accepts ${match.allowedMethods.join(', ')}, not ${method}`)), requestId);
      return;
    }
    const { spec, pathParams } = match;
    const key = operationKey(spec);
    const rate = spec.rate ?? UNDOCUMENTED_LIMIT.rate;
    const burst = spec.burst ?? UNDOCUMENTED_LIMIT.burst;
    const rateHeader = { 'x-amzn-RateLimit-Limit': String(rate) };

    requestNumber += 1;
    const decision = deps.faults.next();
    if (decision) deps.faultLog.push({ requestNumber, operation: key, kind: decision.kind, phase: decision.phase });
    if (decision?.phase === 'before') {
      strike(req, res, decision, null, requestId, spApiFaultReplies(rateHeader, key));
      return;
    }

    let reply: Reply;
    try {
      const header = req.headers['x-amz-access-token'];
      reply = await processRequest(method, url, raw, Array.isArray(header) ? header[0] : header, spec, pathParams, key, rate, burst, requestBaseUrl(req, baseUrl));
    } catch (error) {
      if (error instanceof SpApiError) reply = errorReply(error, rateHeader, key);
      else {
        const message = `${key} failed: ${(error as Error).message}`;
        deps.internalErrors.push(message);
        console.error(`practice marketplace: ${message}`);
        reply = errorReply(new SpApiError(500, 'InternalFailure', 'We encountered an internal error. Please try again.'), rateHeader, key);
      }
    }
    deps.onStateChange?.(method === 'GET' ? 'read' : 'write');
    if (decision) strike(req, res, decision, reply, requestId, spApiFaultReplies(rateHeader, key));
    else send(res, reply, requestId);
  };

  const processRequest = async (
    method: string,
    url: URL,
    raw: Buffer,
    accessToken: string | undefined,
    spec: OperationSpec,
    pathParams: Record<string, string>,
    key: string,
    rate: number,
    burst: number,
    publicBaseUrl: string,
  ): Promise<Reply> => {
    const check = deps.tokens.check(accessToken);
    if (!check.ok) {
      const details = {
        missing: 'The request has no x-amz-access-token header.',
        unknown: 'The access token you provided is revoked, malformed or invalid.',
        expired: 'The access token you provided has expired.',
      }[check.reason];
      throw unauthorized(check.reason === 'expired' ? 'The access token you provided has expired.' : 'Access to requested resource is denied.', details);
    }
    const token = check.token;
    if (deps.restrictedOperations.has(key)) {
      const covered = token.kind === 'restricted' && token.resources.some((r) => r.method === method && pathCovers(r.path, url.pathname));
      if (!covered) {
        throw unauthorized(
          'Access to requested resource is denied.',
          `${spec.operationId} returns restricted data and needs a Restricted Data Token for ${method} ${url.pathname}.`,
        );
      }
    } else if (token.kind === 'restricted') {
      throw unauthorized('Access to requested resource is denied.', 'A Restricted Data Token only opens the restricted resources it was issued for.');
    }
    if (deps.enforceRateLimits && !deps.limiter.tryTake(`${token.account.accountId}:${key}`, rate, burst)) {
      throw new SpApiError(429, 'QuotaExceeded', 'You exceeded your quota for the requested resource.');
    }
    for (const param of spec.params) {
      if (!param.required) continue;
      if (param.in === 'query' && !url.searchParams.has(param.name)) {
        throw new SpApiError(400, 'InvalidInput', `Missing required query parameter '${param.name}' for ${spec.operationId}.`);
      }
      if (param.in === 'body' && raw.length === 0) throw new SpApiError(400, 'InvalidInput', `${spec.operationId} requires a JSON request body.`);
    }
    const body = parseJsonBody(raw);
    const handler = deps.handlers[key];
    if (!handler) {
      throw unauthorized('Access to requested resource is denied.', `The practice marketplace does not simulate ${spec.api} ${spec.operationId}.`);
    }
    const now = deps.clock.now();
    const result: OperationReply = await handler({ spec, pathParams, query: url.searchParams, body, account: token.account, now, baseUrl: publicBaseUrl });
    deps.callCounts.set(key, (deps.callCounts.get(key) ?? 0) + 1);
    return jsonReply(result.status, result.body, { 'x-amzn-RateLimit-Limit': String(rate) });
  };

  const server = createServer((req, res) => {
    const requestId = randomUUID();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    readBody(req)
      .then(async (raw) => {
        if (url.pathname === LWA_PATH && req.method === 'POST') {
          const text = raw.toString('utf8');
          const form = (req.headers['content-type'] ?? '').includes('application/json')
            ? new URLSearchParams(Object.entries(JSON.parse(text || '{}') as Record<string, string>))
            : new URLSearchParams(text);
          if (deps.faultLwa) requestNumber += 1;
          const decision = deps.faultLwa ? deps.faults.next() : null;
          if (decision) deps.faultLog.push({ requestNumber, operation: 'lwa.refreshToken', kind: decision.kind, phase: decision.phase });
          if (decision?.phase === 'before') {
            strike(req, res, decision, null, requestId, lwaFaultReplies);
            return;
          }
          const answer = answerLwa(form, deps.accounts, deps.tokens, deps.tokenLifetimeSec);
          deps.onStateChange?.('read');
          const reply = jsonReply(answer.status, answer.body);
          if (decision) strike(req, res, decision, reply, requestId, lwaFaultReplies);
          else send(res, reply, requestId);
          return;
        }
        if (url.pathname.startsWith(DOCUMENTS_PREFIX) && req.method === 'GET') {
          const doc = deps.documents.fetch(url.pathname.slice(DOCUMENTS_PREFIX.length), deps.clock.now());
          if (!doc) {
            const xml = '<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>';
            send(res, { status: 403, headers: { 'content-type': 'application/xml' }, body: Buffer.from(xml) }, requestId);
            return;
          }
          let bytes: Uint8Array;
          try {
            bytes = await doc.render();
          } catch (error) {
            deps.internalErrors.push(`document rendering failed: ${(error as Error).message}`);
            send(res, errorReply(new SpApiError(500, 'InternalFailure', 'The document could not be produced.')), requestId);
            return;
          }
          send(res, { status: 200, headers: { 'content-type': doc.contentType }, body: Buffer.from(bytes) }, requestId);
          return;
        }
        if (url.pathname.startsWith(PRACTICE_ROUTES_PREFIX)) {
          handlePractice(req, res, url, requestId);
          return;
        }
        await handleSpApi(req, res, url, raw, requestId);
      })
      .catch((error: unknown) => {
        const spError = error instanceof SpApiError ? error : new SpApiError(400, 'InvalidInput', `The request could not be read: ${(error as Error).message}`);
        send(res, errorReply(spError), requestId);
      });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port }, () => {
      const { port } = server.address() as AddressInfo;
      // Wildcard listeners are still reached on loopback from this machine.
      const local = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
      baseUrl = `http://${local}:${port}`;
      resolve({
        server,
        baseUrl,
        close: () =>
          new Promise<void>((done) => {
            for (const timer of slowTimers) clearTimeout(timer);
            slowTimers.clear();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
