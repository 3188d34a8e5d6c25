/**
 * Replays every `x-amzn-api-sandbox` static example of the official models for the APIs the
 * station uses: given the example's request parameters, the client must send exactly that
 * request (method, path, query, body), and it must read the example's response (a value for a
 * 2xx, an SpApiError carrying the example's errors[] otherwise). A local peer plays Amazon's
 * sandbox: it answers with the example's response only when the request matches.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import { SpApiClient } from './client';
import { SpApiError } from './errors';
import { findOperation } from './operations';
import { splitParams } from './request-builder';
import { virtualClock } from './timing';
import { startHttpPeer, type HttpPeer, type SeenRequest } from '../../test/support/http-peer';
import { TEST_ACCOUNT_SECRETS, withAuth } from '../../test/support/auth-peer';
import {
  conformanceLabel, matchPath, modelOperation, modelsAvailable, parseQuery, sandboxExamples, validateRequest, type SandboxExample,
} from '../../test/support/spapi-models';

const APIS = [
  'fulfillmentInbound_2024-03-20', 'fulfillmentInboundV0', 'fulfillmentOutbound_2020-07-01', 'sellers', 'tokens_2021-03-01',
  'vendorDirectFulfillmentOrdersV1', 'vendorDirectFulfillmentOrders_2021-12-28', 'vendorDirectFulfillmentShippingV1',
  'vendorDirectFulfillmentShipping_2021-12-28', 'vendorDirectFulfillmentTransactionsV1', 'vendorDirectFulfillmentTransactions_2021-12-28',
  'vendorShipments', 'vendorTransactionStatus',
];

/**
 * Some examples are Amazon's catch-all mocks: they name no value for a required parameter
 * (e.g. getOrder with no purchaseOrderNumber, or `body: {}`), which the sandbox matches
 * against any value. Such a request cannot be sent as it stands, so the missing values are
 * taken from a sibling example of the same operation; the peer still checks every value the
 * example itself names, as the sandbox does.
 */
function requestParams(example: SandboxExample, siblings: SandboxExample[]): { params: Record<string, unknown>; borrowed: string[] } {
  const params: Record<string, unknown> = {};
  for (const [name, p] of Object.entries(example.parameters)) if (p && 'value' in p) params[name] = p.value;
  const borrowed: string[] = [];
  const op = modelOperation(example.api, example.operationId);
  for (const param of op?.parameters ?? []) {
    if (!param.required || param.name in params) continue;
    const donor = siblings.find((s) => s.status < 300 && s.parameters[param.name] && 'value' in (s.parameters[param.name] ?? {}))
      ?? siblings.find((s) => s.parameters[param.name] && 'value' in (s.parameters[param.name] ?? {}));
    if (donor) {
      params[param.name] = donor.parameters[param.name]?.value;
      borrowed.push(param.name);
    }
  }
  return { params, borrowed };
}

/** Differences between what the peer received and what the example's parameters say, computed from the model alone. */
function mismatches(example: SandboxExample, params: Record<string, unknown>, seen: SeenRequest): string[] {
  const op = modelOperation(example.api, example.operationId);
  if (!op) return ['no model operation'];
  const out: string[] = [];
  if (seen.method !== op.method) out.push(`method ${seen.method} != ${op.method}`);
  const pathParams = matchPath(op.path, seen.path);
  if (!pathParams) out.push(`path ${seen.path} does not match ${op.path}`);
  const query = parseQuery(seen.query);
  const expectedQuery = new Map<string, string[]>();
  for (const param of op.parameters) {
    const value = params[param.name];
    if (value === undefined) continue;
    if (param.in === 'path' && pathParams?.[param.name] !== String(value)) out.push(`path ${param.name}=${pathParams?.[param.name]} != ${String(value)}`);
    if (param.in === 'query') {
      if (Array.isArray(value)) {
        const texts = value.map(String);
        expectedQuery.set(param.name, param.collectionFormat === 'multi' ? texts : [texts.join(',')]);
      } else {
        expectedQuery.set(param.name, [String(value)]);
      }
    }
    if (param.in === 'body') {
      let body: unknown;
      try {
        body = JSON.parse(seen.body);
      } catch {
        body = seen.body;
      }
      if (!isDeepStrictEqual(body, value)) out.push(`body differs: sent ${seen.body.slice(0, 200)}`);
    }
  }
  const sentQuery = Object.fromEntries(query);
  const wantQuery = Object.fromEntries(expectedQuery);
  if (!isDeepStrictEqual(sentQuery, wantQuery)) out.push(`query ${JSON.stringify(sentQuery)} != ${JSON.stringify(wantQuery)}`);
  if (!op.parameters.some((p) => p.in === 'body') && seen.body !== '') out.push('a body was sent to an operation that takes none');
  return out;
}

/**
 * Examples whose own parameters break their model (Amazon's data, not the client): the request
 * is still replayed exactly, and the model check must report exactly these problems, so a fix on
 * Amazon's side or a new problem both show up here.
 */
const KNOWN_NONCONFORMING_EXAMPLES: Record<string, string[]> = {
  // readyToShipWindow.start "2024-01-01T00:00Z" has no seconds, which RFC 3339 date-time requires.
  'fulfillmentInbound_2024-03-20.generateTransportationOptions#0': ['body/shipmentTransportationConfigurations/0/readyToShipWindow/start must match format "date-time"'],
  // QueryType "SHIPMENT" is not in the getShipmentItems enum (DATE_RANGE, NEXT_TOKEN).
  'fulfillmentInboundV0.getShipmentItems#0': ['query parameter QueryType must be equal to one of the allowed values'],
  'fulfillmentInboundV0.getShipmentItems#1': ['query parameter QueryType must be equal to one of the allowed values'],
  // statusLocationAddress lacks the name and addressLine1 the Address definition requires.
  ...Object.fromEntries([0, 1].map((i) => [`vendorDirectFulfillmentShippingV1.submitShipmentStatusUpdates#${i}`, [
    "body/shipmentStatusUpdates/0/statusUpdateDetails/statusLocationAddress must have required property 'addressLine1'",
    "body/shipmentStatusUpdates/0/statusUpdateDetails/statusLocationAddress must have required property 'name'",
  ]])),
};

let peer: HttpPeer;
beforeAll(async () => {
  peer = await startHttpPeer();
});
afterAll(async () => {
  await peer.close();
});

const examples = APIS.flatMap((api) => sandboxExamples(api));

describe(`x-amzn-api-sandbox static examples (${conformanceLabel()})`, () => {
  if (!modelsAvailable()) {
    it('are NOT replayed: the official models are absent, so conformance was not checked', () => {
      expect(examples).toEqual([]);
    });
    return;
  }

  it('exist for the APIs the station uses', () => {
    expect(examples.length).toBeGreaterThan(100);
  });

  it.each(examples.map((e) => [`${e.api}.${e.operationId} -> ${e.status} (#${e.index})`, e] as const))('%s', async (_title, example) => {
    const siblings = examples.filter((e) => e.api === example.api && e.operationId === example.operationId && e !== example);
    const { params, borrowed } = requestParams(example, siblings);
    const problems: string[] = [];
    const spec = findOperation(example.api, example.operationId);
    // The Tokens API's own examples are answered by the example, not by the peer's token service.
    const { handler } = withAuth((seen) => {
      const diff = mismatches(example, params, seen);
      if (diff.length) {
        problems.push(...diff);
        return { status: 418, body: { errors: [{ code: 'SandboxMismatch', message: diff.join('; ') }] } };
      }
      return { status: example.status, headers: { 'x-amzn-requestid': 'sandbox-1' }, body: example.response ?? undefined };
    }, { serveTokensApi: example.api !== 'tokens_2021-03-01' });
    peer.handle(handler);
    const sent: { url: string; method: string; body: string | undefined }[] = [];
    const client = new SpApiClient({
      clock: virtualClock(),
      retry: { maxAttempts: 1 },
      onRequest: (r) => {
        if (r.api === example.api && r.operationId === example.operationId) sent.push(r);
      },
    });
    const account = client.forAccount({ id: 'sandbox', region: 'NA', environment: 'sandbox', ...TEST_ACCOUNT_SECRETS, baseUrl: peer.url, lwaTokenUrl: `${peer.url}/auth/o2/token` });

    const outcome = await account.call(example.api, example.operationId, splitParams(spec, params)).then(
      (result) => ({ ok: true as const, result }),
      (error: unknown) => ({ ok: false as const, error }),
    );

    expect(problems).toEqual([]);
    expect(sent).toHaveLength(1);
    if (example.status < 300) {
      expect(outcome.ok).toBe(true);
      if (outcome.ok) {
        expect(outcome.result.status).toBe(example.status);
        expect(outcome.result.body).toEqual(example.response ?? undefined);
      }
      // A request that succeeds in Amazon's sandbox must also satisfy the model.
      const conformance = validateRequest(example.api, example.operationId, sent[0]!);
      expect(conformance.errors).toEqual(KNOWN_NONCONFORMING_EXAMPLES[`${example.api}.${example.operationId}#${example.index}`] ?? []);
    } else {
      expect(outcome.ok).toBe(false);
      const error = outcome.ok ? undefined : outcome.error;
      expect(error).toBeInstanceOf(SpApiError);
      expect(error).toMatchObject({ status: example.status, requestId: 'sandbox-1' });
      expect((error as SpApiError).errors).toEqual((example.response as { errors?: unknown[] } | undefined)?.errors ?? []);
    }
    if (borrowed.length) console.info(`${example.api}.${example.operationId} #${example.index}: ${borrowed.join(', ')} taken from a sibling example`);
  });
});
