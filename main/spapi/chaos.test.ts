/**
 * Property: whatever sequence of faults Amazon's side produces, the client never makes a
 * non-idempotent call take effect twice, and it reports exactly what happened: success,
 * an ambiguous outcome (processed once, reply lost) or a refusal (never processed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SpApiClient } from './client';
import { AmbiguousFailureError, InvalidResponseError, SpApiError, SpApiNetworkError } from './errors';
import { virtualClock } from './timing';
import { startHttpPeer, type HttpPeer, type PeerReply } from '../../test/support/http-peer';
import { TEST_ACCOUNT_SECRETS, withAuth } from '../../test/support/auth-peer';
import { conformanceLabel, requestConformance } from '../../test/support/spapi-models';

const conformance = requestConformance();

type Fault = 'ok' | '429' | '500' | '503' | 'drop' | 'truncated';
/** Faults after which Amazon has acted on the request (everything but throttling). */
const PROCESSED: ReadonlySet<Fault> = new Set(['ok', '500', '503', 'drop', 'truncated']);

function reply(fault: Fault, body: unknown, okStatus: number): PeerReply {
  switch (fault) {
    case 'ok':
      return { status: okStatus, body };
    case '429':
      return { status: 429, body: { errors: [{ code: 'QuotaExceeded', message: 'You exceeded your quota' }] } };
    case '500':
      return { status: 500, body: { errors: [{ code: 'InternalFailure', message: 'We encountered an internal error' }] } };
    case '503':
      return { status: 503, body: { errors: [{ code: 'ServiceUnavailable', message: 'Service temporarily unavailable' }] } };
    case 'drop':
      return { status: okStatus, drop: true };
    case 'truncated':
      return { status: okStatus, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body).slice(0, 10) };
  }
}

let peer: HttpPeer;
beforeAll(async () => {
  peer = await startHttpPeer();
});
afterAll(async () => {
  await peer.close();
});

const MAX_ATTEMPTS = 4;
const faults = fc.array(fc.constantFrom<Fault>('ok', '429', '500', '503', 'drop', 'truncated'), { minLength: 1, maxLength: 8 });

describe('under random faults', () => {
  it('createInboundPlan takes effect at most once and the outcome says whether it did', async () => {
    await fc.assert(
      fc.asyncProperty(faults, async (sequence) => {
        let index = 0;
        let processed = 0;
        peer.handle(withAuth(() => {
          const fault = sequence[Math.min(index++, sequence.length - 1)]!;
          if (PROCESSED.has(fault)) processed++;
          return reply(fault, { inboundPlanId: 'wf1234abcd-1234-abcd-5678-1234abcd5678', operationId: 'op-1' }, 202);
        }).handler);
        const client = new SpApiClient({ clock: virtualClock(), random: () => 0.5, retry: { maxAttempts: MAX_ATTEMPTS }, onRequest: (r) => conformance.onRequest(r) });
        const account = client.forAccount({ id: 'chaos', region: 'NA', environment: 'production', ...TEST_ACCOUNT_SECRETS, baseUrl: peer.url, lwaTokenUrl: `${peer.url}/auth/o2/token` });
        const outcome = await account
          .call('fulfillmentInbound_2024-03-20', 'createInboundPlan', {
            body: {
              destinationMarketplaces: ['ATVPDKIKX0DER'],
              items: [{ msku: 'SKU-1', prepOwner: 'SELLER', labelOwner: 'SELLER', quantity: 6 }],
              sourceAddress: { name: 'Dock', addressLine1: '1 Dock Rd', city: 'Seattle', countryCode: 'US', postalCode: '98101', stateOrProvinceCode: 'WA', phoneNumber: '2065550100' },
            },
          })
          .then(() => 'ok', (error: unknown) => error);

        expect(processed).toBeLessThanOrEqual(1);
        if (outcome === 'ok') expect(processed).toBe(1);
        else if (outcome instanceof AmbiguousFailureError) expect(processed).toBe(1);
        else {
          // Only throttling, never processed, can exhaust the budget without an ambiguous outcome.
          expect(outcome).toBeInstanceOf(SpApiError);
          expect((outcome as SpApiError).status).toBe(429);
          expect(processed).toBe(0);
        }
      }),
      { numRuns: 60, seed: 20260105 },
    );
  });

  it('a read succeeds when an answer arrives within the retry budget, else reports the last failure', async () => {
    await fc.assert(
      fc.asyncProperty(faults, async (sequence) => {
        let index = 0;
        peer.handle(withAuth(() => reply(sequence[Math.min(index++, sequence.length - 1)]!, { operationId: 'op-1', operationStatus: 'SUCCESS' }, 200)).handler);
        const client = new SpApiClient({ clock: virtualClock(), random: () => 0.5, retry: { maxAttempts: MAX_ATTEMPTS }, onRequest: (r) => conformance.onRequest(r) });
        const account = client.forAccount({ id: 'chaos-read', region: 'NA', environment: 'production', ...TEST_ACCOUNT_SECRETS, baseUrl: peer.url, lwaTokenUrl: `${peer.url}/auth/o2/token` });
        const outcome = await account
          .call('fulfillmentInbound_2024-03-20', 'getInboundOperationStatus', { path: { operationId: '1234abcd-1234-abcd-5678-1234abcd5678' } })
          .then((r) => r, (error: unknown) => error);
        const served = [...sequence, ...Array<Fault>(MAX_ATTEMPTS).fill(sequence.at(-1)!)].slice(0, MAX_ATTEMPTS);
        const firstOk = served.indexOf('ok');
        if (firstOk >= 0) {
          expect(outcome).toMatchObject({ status: 200, attempts: firstOk + 1 });
        } else {
          const last = served.at(-1)!;
          const expected = last === 'drop' ? SpApiNetworkError : last === 'truncated' ? InvalidResponseError : SpApiError;
          expect(outcome).toBeInstanceOf(expected);
        }
      }),
      { numRuns: 60, seed: 20260105 },
    );
  });
});

describe(`requests sent under faults (${conformanceLabel()})`, () => {
  it('all conform to the official models', () => {
    expect(conformance.failures).toEqual([]);
  });
});
