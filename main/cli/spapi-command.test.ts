import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSpApiCall, EXIT, type SpApiCallOptions } from './spapi-command';
import { AccountsService } from '../accounts/accounts-service';
import { EventHub } from '../core/event-hub';
import { databaseFile } from '../core/station';
import { openDatabase } from '../db/database';
import { keyFileCipher } from '../security/secret-cipher';
import { SpApiClient } from '../spapi/client';
import { virtualClock } from '../spapi/timing';
import { startHttpPeer, type HttpPeer } from '../../test/support/http-peer';
import { TEST_ACCOUNT_SECRETS, apiRequests, withAuth } from '../../test/support/auth-peer';
import { conformanceLabel, requestConformance } from '../../test/support/spapi-models';

const conformance = requestConformance();
let peer: HttpPeer;
let dir: string;

beforeAll(async () => {
  peer = await startHttpPeer(withAuth((r) =>
    r.path.endsWith('/inboundPlans')
      ? { status: 200, headers: { 'x-amzn-requestid': 'cli-1' }, body: { inboundPlans: [{ inboundPlanId: 'wf1234abcd-1234-abcd-5678-1234abcd5678' }] } }
      : { status: 404, headers: { 'x-amzn-requestid': 'cli-404' }, body: { errors: [{ code: 'NotFound', message: 'No such inbound plan' }] } },
  ).handler);
  dir = mkdtempSync(join(tmpdir(), 'packbench-cli-spapi-'));
});
afterAll(async () => {
  await peer.close();
  rmSync(dir, { recursive: true, force: true });
});

async function run(api: string, operationId: string, options: SpApiCallOptions, env: NodeJS.ProcessEnv = {}) {
  let out = '';
  let err = '';
  const client = new SpApiClient({ clock: virtualClock(), retry: { maxAttempts: 1 }, onRequest: (r) => conformance.onRequest(r) });
  const code = await runSpApiCall(api, operationId, options, { out: (t) => (out += t), err: (t) => (err += t), env, client });
  return { code, out, err };
}

const envCredentials = {
  PACKBENCH_LWA_CLIENT_ID: TEST_ACCOUNT_SECRETS.lwaClientId,
  PACKBENCH_LWA_CLIENT_SECRET: TEST_ACCOUNT_SECRETS.lwaClientSecret,
  PACKBENCH_LWA_REFRESH_TOKEN: TEST_ACCOUNT_SECRETS.refreshToken,
};

describe('packbench spapi call', () => {
  it('calls with PACKBENCH_LWA_* credentials and prints the parsed reply', async () => {
    peer.seen.length = 0;
    const { code, out } = await run('fulfillmentInbound_2024-03-20', 'listInboundPlans', {
      params: '{"pageSize": 5, "status": "ACTIVE"}', endpoint: peer.url, lwaEndpoint: `${peer.url}/auth/o2/token`,
    }, envCredentials);
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(out)).toEqual({ inboundPlans: [{ inboundPlanId: 'wf1234abcd-1234-abcd-5678-1234abcd5678' }] });
    expect(apiRequests(peer.seen).map((r) => r.query)).toEqual(['pageSize=5&status=ACTIVE']);
  });

  it('calls as a stored account, decrypting its secrets with the data directory key', async () => {
    const dataDir = join(dir, 'station');
    const keyDir = join(dir, 'keys');
    const { db } = openDatabase(databaseFile(dataDir));
    new AccountsService(db, keyFileCipher(dataDir, keyDir), new EventHub()).create({
      name: 'Main seller', type: 'seller', region: 'NA', marketplaceIds: ['ATVPDKIKX0DER'], environment: 'production',
      lwaClientId: TEST_ACCOUNT_SECRETS.lwaClientId, lwaClientSecret: TEST_ACCOUNT_SECRETS.lwaClientSecret, refreshToken: TEST_ACCOUNT_SECRETS.refreshToken,
    });
    db.close();
    const { code, out } = await run('fulfillmentInbound_2024-03-20', 'listInboundPlans', {
      account: 'main SELLER', dataDir, endpoint: peer.url, lwaEndpoint: `${peer.url}/auth/o2/token`,
    }, { PACKBENCH_KEY_DIR: keyDir });
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(out)).toHaveProperty('inboundPlans');

    const unknown = await run('fulfillmentInbound_2024-03-20', 'listInboundPlans', { account: 'Nobody', dataDir }, { PACKBENCH_KEY_DIR: keyDir });
    expect(unknown.code).toBe(EXIT.notSent);
    expect(unknown.err).toContain('No account named \\"Nobody\\"');
    expect(unknown.err).toContain('Main seller');
  });

  it("prints Amazon's error with status and request id and exits 1", async () => {
    const { code, out, err } = await run('fulfillmentInbound_2024-03-20', 'getInboundPlan', {
      params: '{"inboundPlanId": "wf0000abcd-1234-abcd-5678-1234abcd5678"}', endpoint: peer.url, lwaEndpoint: `${peer.url}/auth/o2/token`,
    }, envCredentials);
    expect(code).toBe(EXIT.failed);
    expect(out).toBe('');
    expect(JSON.parse(err)).toMatchObject({ error: { kind: 'http', status: 404, requestId: 'cli-404', errors: [{ code: 'NotFound' }] } });
  });

  it('explains unknown APIs, operations, parameters, bad JSON and missing credentials without sending anything', async () => {
    peer.seen.length = 0;
    const cases: [string, string, SpApiCallOptions, NodeJS.ProcessEnv, RegExp][] = [
      ['fulfillmentInbound', 'x', {}, envCredentials, /Unknown SP-API API \\"fulfillmentInbound\\"\. Known APIs: .*fulfillmentInbound_2024-03-20/],
      ['vendorShipments', 'submitShipments', {}, envCredentials, /Its operations: .*SubmitShipments/],
      ['fulfillmentInbound_2024-03-20', 'getInboundPlan', { params: '{}' }, envCredentials, /missing required parameter\(s\): inboundPlanId \(path\)/],
      ['fulfillmentInbound_2024-03-20', 'getInboundPlan', { params: '{"planId": "x"}' }, envCredentials, /no parameter \\"planId\\"\. It takes: inboundPlanId/],
      ['fulfillmentInbound_2024-03-20', 'getInboundPlan', { params: '{inboundPlanId: x}' }, envCredentials, /--params is not valid JSON/],
      ['sellers', 'getMarketplaceParticipations', {}, {}, /set PACKBENCH_LWA_CLIENT_ID, PACKBENCH_LWA_CLIENT_SECRET, PACKBENCH_LWA_REFRESH_TOKEN/],
    ];
    for (const [api, op, options, env, message] of cases) {
      const { code, err } = await run(api, op, options, env);
      expect(code).toBe(EXIT.notSent);
      expect(err).toMatch(message);
    }
    expect(peer.seen).toHaveLength(0);
  });
});

describe(`requests sent by the CLI (${conformanceLabel()})`, () => {
  it('all conform to the official models', () => {
    expect(conformance.failures).toEqual([]);
  });
});
