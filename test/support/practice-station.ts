import { join } from 'node:path';
import { createStation, type Station } from '../../main/core/station';
import { keyFileCipher } from '../../main/security/secret-cipher';
import { startPracticeMarketplace, type PracticeMarketplace, type PracticeMarketplaceOptions } from '../../main/practice/practice-marketplace';
import { ensurePracticeAccounts } from '../../main/core/practice-setup';
import { requestConformance, responseConformance } from './spapi-models';
import { settleOutbox } from './settle-outbox';
import { tempDir } from './temp-dir';
import type { SpApiClientOptions } from '../../main/spapi/client';

export interface PracticeStation {
  station: Station;
  market: PracticeMarketplace;
  dataDir: string;
  /** Everything the station and its SP-API client logged. */
  logLines: string[];
  sellerId: string;
  vendorId: string;
  shipFromId: string;
  requests: ReturnType<typeof requestConformance>;
  responses: ReturnType<typeof responseConformance>;
  /** From now on, sends SP-API calls (not LWA) to another base URL, e.g. a proxy that loses replies. */
  routeSpApiThrough(baseUrl: string): void;
  /** Sends the outbox until nothing is left to send or wait for; throws with the station's error when an entry fails. */
  settle(maxMs?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A station core on a fresh folder, talking through the real client and HTTP to a practice marketplace of its own.
 * `client` tunes the station's SP-API client (timeouts and retries for fault tests, a request logger).
 */
export async function practiceStation(
  options: Partial<PracticeMarketplaceOptions> = {},
  client: Pick<SpApiClientOptions, 'timeouts' | 'retry' | 'logger'> = {},
): Promise<PracticeStation> {
  const market = await startPracticeMarketplace({ seed: 20261130, asyncDelayMs: 10, enforceRateLimits: true, ...options });
  const dir = tempDir();
  const dataDir = join(dir.path, 'data');
  const logLines: string[] = [];
  const requests = requestConformance();
  const responses = responseConformance();
  let spApiBaseUrl = market.baseUrl;
  const station = createStation({
    dataDir,
    cipher: keyFileCipher(dataDir, join(dir.path, 'keys')),
    host: 'browser',
    log: (line) => void logLines.push(line),
    startSync: false,
    pollBaseMs: 15,
    adoptedPlanGraceMs: 300,
    practice: () => ({ baseUrl: spApiBaseUrl, lwaTokenUrl: market.lwaUrl }),
    spapi: {
      onRequest: (r) => requests.onRequest(r),
      onResponse: (r) => responses.onResponse(r),
      logger: (entry) => void logLines.push(JSON.stringify(entry)),
      retry: { baseDelayMs: 20, maxDelayMs: 200, ...client.retry },
      ...(client.timeouts ? { timeouts: client.timeouts } : {}),
      ...(client.logger ? { logger: client.logger } : {}),
    },
  });
  const { sellerId, vendorId } = ensurePracticeAccounts(station, market.catalogue);
  const shipFromId = station.plans.shipFromList(sellerId)[0]!.id;
  return {
    station,
    market,
    dataDir,
    logLines,
    sellerId,
    vendorId,
    shipFromId,
    requests,
    responses,
    routeSpApiThrough(baseUrl) {
      spApiBaseUrl = baseUrl;
    },
    settle: (maxMs?: number) => settleOutbox(station, maxMs),
    async close() {
      await station.close();
      await market.close();
      dir.cleanup();
    },
  };
}
