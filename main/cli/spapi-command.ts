import { Command } from 'commander';
import { existsSync } from 'node:fs';
import { AccountsService } from '../accounts/accounts-service';
import { resolveDataDir } from '../core/data-dir';
import { EventHub } from '../core/event-hub';
import { databaseFile } from '../core/station';
import { openDatabase } from '../db/database';
import { defaultKeyDir, keyFileCipher } from '../security/secret-cipher';
import { spApiAccountFrom } from '../spapi/account';
import { SpApiClient } from '../spapi/client';
import type { SpApiAccount } from '../spapi/client-types';
import { SpApiClientError, SpApiRequestError } from '../spapi/errors';
import { findOperation } from '../spapi/operations';
import { buildHttpRequest, splitParams } from '../spapi/request-builder';
import { REGIONS, type Region } from '../../shared/marketplaces';

export interface SpApiCallOptions {
  params?: string;
  account?: string;
  endpoint?: string;
  lwaEndpoint?: string;
  dataDir?: string;
  region?: string;
  sandbox?: boolean;
  log?: boolean;
}

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** The client to call through (tests pass one with a virtual clock). */
  client?: SpApiClient;
}

/** Exit codes: 0 success, 1 Amazon or the network refused the call, 2 the call was not sent (bad input or credentials). */
export const EXIT = { ok: 0, failed: 1, notSent: 2 } as const;

class CliInputError extends SpApiRequestError {}

function parseParams(text: string | undefined): Record<string, unknown> {
  if (text === undefined || text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new CliInputError(`--params is not valid JSON (${error instanceof Error ? error.message : 'parse error'}). Example: --params '{"inboundPlanId":"wf..."}'`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new CliInputError('--params must be a JSON object of parameters by their model names, with the request body as "body"');
  }
  return parsed as Record<string, unknown>;
}

function regionOf(text: string | undefined): Region {
  const region = (text ?? 'NA').toUpperCase();
  if (!(REGIONS as readonly string[]).includes(region)) throw new CliInputError(`--region must be one of ${REGIONS.join(', ')} (got "${text}")`);
  return region as Region;
}

/** Credentials of a stored account (decrypted with the data directory's key) or from PACKBENCH_LWA_* variables. */
function resolveAccount(options: SpApiCallOptions, env: NodeJS.ProcessEnv): SpApiAccount {
  const overrides = {
    ...(options.endpoint ? { baseUrl: options.endpoint } : {}),
    ...(options.lwaEndpoint ? { lwaTokenUrl: options.lwaEndpoint } : {}),
  };
  if (options.account) {
    const dataDir = resolveDataDir(options.dataDir, env);
    const file = databaseFile(dataDir);
    if (!existsSync(file)) throw new CliInputError(`No station database at ${file}: pass --data-dir, or use PACKBENCH_LWA_* credentials`);
    const { db } = openDatabase(file, { migrate: false });
    try {
      const accounts = new AccountsService(db, keyFileCipher(dataDir, defaultKeyDir(env)), new EventHub());
      const all = accounts.list();
      const match = all.find((a) => a.name.toLowerCase() === options.account?.toLowerCase());
      if (!match) {
        throw new CliInputError(`No account named "${options.account}" in ${file}. Accounts: ${all.map((a) => a.name).join(', ') || 'none'}`);
      }
      if (match.practice && !options.endpoint) {
        throw new CliInputError(`"${match.name}" is a practice account: pass --endpoint with the practice marketplace's URL`);
      }
      return spApiAccountFrom(accounts.credentials(match.id), overrides);
    } finally {
      db.close();
    }
  }
  const clientId = env.PACKBENCH_LWA_CLIENT_ID;
  const clientSecret = env.PACKBENCH_LWA_CLIENT_SECRET;
  const refreshToken = env.PACKBENCH_LWA_REFRESH_TOKEN;
  const missing = [
    ['PACKBENCH_LWA_CLIENT_ID', clientId], ['PACKBENCH_LWA_CLIENT_SECRET', clientSecret], ['PACKBENCH_LWA_REFRESH_TOKEN', refreshToken],
  ].filter(([, v]) => !v).map(([k]) => k);
  if (missing.length) {
    throw new CliInputError(`No credentials: pass --account NAME (a stored account) or set ${missing.join(', ')}`);
  }
  return {
    id: `env:${clientId}`, region: regionOf(options.region), environment: options.sandbox ? 'sandbox' : 'production',
    lwaClientId: clientId as string, lwaClientSecret: clientSecret as string, refreshToken: refreshToken as string, ...overrides,
  };
}

/** Runs `spapi call` and returns the exit code; output goes through `io` so it can be captured. */
export async function runSpApiCall(api: string, operationId: string, options: SpApiCallOptions, io: CliIo): Promise<number> {
  try {
    const spec = findOperation(api, operationId);
    const request = splitParams(spec, parseParams(options.params));
    buildHttpRequest(spec, request); // refuses missing or misplaced parameters before credentials are touched
    const account = resolveAccount(options, io.env);
    const client = io.client ?? new SpApiClient({
      logger: options.log ? (entry) => io.err(`${JSON.stringify(entry)}\n`) : undefined,
    });
    const result = await client.forAccount(account).call(api, operationId, request);
    io.out(`${JSON.stringify(result.body ?? null, null, 2)}\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof SpApiClientError) {
      io.err(`${JSON.stringify({ error: error.toJSON() }, null, 2)}\n`);
      return error instanceof SpApiRequestError ? EXIT.notSent : EXIT.failed;
    }
    if (error instanceof Error) {
      io.err(`${JSON.stringify({ error: { kind: error.name, message: error.message } }, null, 2)}\n`);
      return EXIT.notSent;
    }
    throw error;
  }
}

export function spapiCommand(): Command {
  const spapi = new Command('spapi').description('Call Amazon Selling Partner API operations (support and scripting)');
  spapi
    .command('call')
    .description('Call one operation and print its JSON reply. API is the model name, e.g. fulfillmentInbound_2024-03-20')
    .argument('<api>', 'API (model file base name), e.g. fulfillmentInbound_2024-03-20, vendorShipments')
    .argument('<operationId>', 'operation, e.g. getInboundPlan')
    .option('--params <json>', 'parameters by their model names; the request body as "body"', '{}')
    .option('--account <name>', 'stored account to call as (default: PACKBENCH_LWA_* environment variables)')
    .option('--endpoint <url>', 'SP-API base URL instead of the account region\'s host (e.g. the practice marketplace)')
    .option('--lwa-endpoint <url>', 'Login with Amazon token URL instead of https://api.amazon.com/auth/o2/token')
    .option('--data-dir <dir>', 'station data directory holding the stored accounts')
    .option('--region <region>', 'region for environment credentials: NA, EU or FE', 'NA')
    .option('--sandbox', 'use Amazon\'s sandbox host for environment credentials')
    .option('--log', 'print the redacted request log to stderr')
    .action(async (api: string, operationId: string, options: SpApiCallOptions) => {
      process.exitCode = await runSpApiCall(api, operationId, options, {
        out: (text) => process.stdout.write(text),
        err: (text) => process.stderr.write(text),
        env: process.env,
      });
    });
  return spapi;
}
