import { Agent, type RequestOptions } from 'node:https';
import { connect } from 'node:net';
import type { Duplex } from 'node:stream';
import { SellingPartner } from 'amazon-sp-api';
import type { PracticeAccount } from '../../main/practice/practice-accounts';
import type { FlowCaller } from './inbound-flow-script';

/**
 * amazon-sp-api builds every URL as `https://sellingpartnerapi-<region>.amazon.com` (and LWA as
 * `https://api.amazon.com/auth/o2/token`) and sends with `https.request` on port 443, with no base-URL option. It does
 * take an agent (`options.https_proxy_agent`), and an agent decides where connections go: this one opens a plain TCP
 * connection to a loopback HTTP server instead, so the package's own request code, throttling and token handling run
 * unchanged against the practice marketplace.
 */
class LoopbackAgent extends Agent {
  constructor(private readonly port: number) {
    super({ keepAlive: true });
  }

  override createConnection(_options: RequestOptions, callback?: (err: Error | null, stream: Duplex) => void): Duplex {
    const socket = connect({ host: '127.0.0.1', port: this.port });
    if (callback) socket.once('connect', () => callback(null, socket));
    return socket;
  }
}

/** Fulfillment Inbound 2024-03-20 through the amazon-sp-api package, its connections sent to `baseUrl` (http://127.0.0.1:PORT). */
export function amazonSpApiCaller(baseUrl: string, account: PracticeAccount): { caller: FlowCaller; close(): void } {
  const agent = new LoopbackAgent(Number(new URL(baseUrl).port));
  const client = new SellingPartner({
    region: 'na',
    refresh_token: account.refreshToken,
    credentials: { SELLING_PARTNER_APP_CLIENT_ID: account.clientId, SELLING_PARTNER_APP_CLIENT_SECRET: account.clientSecret },
    options: { https_proxy_agent: agent, auto_request_throttled: true, auto_request_tokens: true, debug_log: false },
  });
  return {
    caller: {
      async call<T>(operationId: string, request: { path?: Record<string, string>; query?: Record<string, string | number>; body?: unknown }): Promise<T> {
        const reply: unknown = await client.callAPI({
          operation: operationId,
          endpoint: 'fulfillmentInbound',
          ...(request.path ? { path: request.path } : {}),
          ...(request.query ? { query: request.query } : {}),
          ...(request.body !== undefined ? { body: request.body } : {}),
          options: { version: '2024-03-20' },
        } as Parameters<SellingPartner['callAPI']>[0]);
        return reply as T;
      },
    },
    close: () => agent.destroy(),
  };
}
