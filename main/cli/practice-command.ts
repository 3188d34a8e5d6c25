import { existsSync, statSync } from 'node:fs';
import { isIP } from 'node:net';
import { dirname, resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { CHAOS_PROFILE, ROUGH_NETWORK_PROFILE, type FaultProfile } from '../practice/faults';
import { PRACTICE_SELLER, PRACTICE_VENDOR } from '../practice/practice-accounts';
import { startPracticeMarketplace, type PracticeMarketplaceOptions } from '../practice/practice-marketplace';

export interface PracticeCliOptions {
  seed: string;
  port: string;
  asyncDelayMs: string;
  tokenLifetime: string;
  faults: string;
  faultLwa?: boolean;
  rateLimits: boolean;
  state?: string;
  host: string;
}

const FAULT_PROFILES: Record<string, FaultProfile | null> = { none: null, rough: ROUGH_NETWORK_PROFILE, chaos: CHAOS_PROFILE };

function integer(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw new InvalidArgumentError(`${name} must be an integer from ${min} to ${max}, got "${text}".`);
  return value;
}

function listenHost(text: string): string {
  if (isIP(text) === 0) throw new InvalidArgumentError(`--host must be an IP address to listen on (127.0.0.1, 0.0.0.0 or this machine's address), got "${text}".`);
  return text;
}

function statePath(text: string): string {
  const path = resolve(text);
  if (!existsSync(dirname(path))) throw new InvalidArgumentError(`--state: the folder ${dirname(path)} does not exist.`);
  if (existsSync(path) && !statSync(path).isFile()) throw new InvalidArgumentError(`--state: ${path} is not a file.`);
  return path;
}

/** Turns the command's options into marketplace options, with a specific message for each bad value. */
export function practiceOptionsFrom(options: PracticeCliOptions): PracticeMarketplaceOptions {
  if (!(options.faults in FAULT_PROFILES)) throw new InvalidArgumentError(`--faults must be one of ${Object.keys(FAULT_PROFILES).join(', ')}, got "${options.faults}".`);
  return {
    seed: integer('--seed', options.seed, 0, 2 ** 31 - 1),
    port: integer('--port', options.port, 0, 65535),
    asyncDelayMs: integer('--async-delay-ms', options.asyncDelayMs, 0, 600_000),
    tokenLifetimeSec: integer('--token-lifetime', options.tokenLifetime, 1, 86_400),
    faults: FAULT_PROFILES[options.faults] ?? null,
    faultLwa: options.faultLwa === true,
    enforceRateLimits: options.rateLimits,
    host: listenHost(options.host),
    ...(options.state !== undefined ? { statePath: statePath(options.state) } : {}),
  };
}

export function practiceCommand(): Command {
  const practice = new Command('practice').description('The practice marketplace: an SP-API simulator on loopback for training, demos and tests');
  practice
    .command('serve')
    .description('Serve the practice marketplace on 127.0.0.1 until interrupted; prints its URLs and the practice credentials as JSON')
    .option('--seed <n>', 'seed of the catalogue, orders, identifiers and faults', '1')
    .option('--port <n>', 'port on 127.0.0.1 (0 picks a free one)', '0')
    .option('--async-delay-ms <ms>', 'how long asynchronous operations stay in progress', '2000')
    .option('--token-lifetime <s>', 'lifetime of access tokens in seconds', '3600')
    .option('--faults <profile>', 'fault profile: none, rough or chaos', 'none')
    .option('--fault-lwa', 'let the fault profile strike the LWA token endpoint too')
    .option('--no-rate-limits', 'do not enforce the official rate limits')
    .option('--state <file>', 'keep plans, orders and simulated time in this JSON file across restarts (its seed wins over --seed)')
    .option('--host <address>', 'address to listen on; 0.0.0.0 serves the stations of a training room', '127.0.0.1')
    .action(async (raw: PracticeCliOptions) => {
      const market = await startPracticeMarketplace(practiceOptionsFrom(raw));
      const account = (a: typeof PRACTICE_SELLER) => ({ accountId: a.accountId, kind: a.kind, clientId: a.clientId, clientSecret: a.clientSecret, refreshToken: a.refreshToken });
      console.log(JSON.stringify({ baseUrl: market.baseUrl, lwaUrl: market.lwaUrl, seed: market.seed, accounts: [account(PRACTICE_SELLER), account(PRACTICE_VENDOR)] }, null, 2));
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await market.close();
    });
  return practice;
}
