import { SpApiClient } from '../../main/spapi/client';
import { startHttpPeer } from '../support/http-peer';
import { TEST_ACCOUNT_SECRETS, apiRequests, withAuth } from '../support/auth-peer';
import { round, type BenchResult } from './bench-result';

const API = 'vendorDirectFulfillmentTransactions_2021-12-28';
const OPERATION = 'getTransactionStatus';
const CALLS = 60;

/** A peer that enforces a token bucket like Amazon's usage plans and answers 429 QuotaExceeded when it is empty. */
function limitedPeer(rate: number, burst: number, announce: boolean) {
  let tokens = burst;
  let updated = Date.now();
  let throttled = 0;
  const handler = withAuth(() => {
    const now = Date.now();
    tokens = Math.min(burst, tokens + ((now - updated) / 1000) * rate);
    updated = now;
    const headers: Record<string, string> = announce ? { 'x-amzn-RateLimit-Limit': String(rate) } : {};
    if (tokens < 1) {
      throttled++;
      return { status: 429, headers, body: { errors: [{ code: 'QuotaExceeded', message: 'You exceeded your quota for the requested resource.' }] } };
    }
    tokens -= 1;
    return { status: 200, headers, body: { transactionStatus: { transactionId: 't1', status: 'Success' } } };
  }).handler;
  return { handler, throttled: () => throttled };
}

async function scenario(rate: number, burst: number, announce: boolean) {
  const limits = limitedPeer(rate, burst, announce);
  const peer = await startHttpPeer(limits.handler);
  try {
    const client = new SpApiClient({ retry: { maxAttempts: 8 } });
    const account = client.forAccount({ id: 'bench', region: 'NA', environment: 'production', ...TEST_ACCOUNT_SECRETS, baseUrl: peer.url, lwaTokenUrl: `${peer.url}/auth/o2/token` });
    const started = Date.now();
    await Promise.all(Array.from({ length: CALLS }, (_, i) => account.call(API, OPERATION, { path: { transactionId: `t${i}` } })));
    const wallSeconds = (Date.now() - started) / 1000;
    return { sent: apiRequests(peer.seen).length, throttled: limits.throttled(), wallSeconds, floorSeconds: (CALLS - burst) / rate };
  } finally {
    await peer.close();
  }
}

/**
 * The client against a peer enforcing a usage plan: 60 concurrent getTransactionStatus calls.
 * First at the model's plan (10/s, burst 10), then at a stricter plan (4/s, burst 4) that the
 * peer announces in x-amzn-RateLimit-Limit, as Amazon does for partners on a smaller plan.
 */
export async function run(): Promise<BenchResult> {
  const model = await scenario(10, 10, true);
  const stricter = await scenario(4, 4, true);
  return {
    name: 'SP-API client against enforced usage plans',
    figures: {
      'model plan (10/s, burst 10): requests sent': model.sent,
      'model plan: 429s received': model.throttled,
      'model plan: wall time s': round(model.wallSeconds, 2),
      'model plan: rate-limit floor s': round(model.floorSeconds, 2),
      'stricter plan (4/s, burst 4): requests sent': stricter.sent,
      'stricter plan: 429s received': stricter.throttled,
      'stricter plan: wall time s': round(stricter.wallSeconds, 2),
      'stricter plan: rate-limit floor s': round(stricter.floorSeconds, 2),
    },
    notes: [
      `${CALLS} concurrent calls; floor = (calls - burst) / rate`,
      'stricter plan: the client starts from the model (10/s, burst 10) and learns 4/s from the first reply header, so the 429s are the burst it sent before it knew',
    ],
  };
}
