import { join } from 'node:path';
import { createStation, type Station } from '../../main/core/station';
import { ensurePracticeAccounts } from '../../main/core/practice-setup';
import { LWA_PATH } from '../../main/practice/lwa-endpoint';
import { startPracticeMarketplace, type PracticeMarketplace, type PracticeMarketplaceOptions } from '../../main/practice/practice-marketplace';
import { keyFileCipher } from '../../main/security/secret-cipher';
import { FaultProxy } from './fault-proxy';
import { settleOutbox } from './settle-outbox';
import { tempDir } from './temp-dir';

export interface ProxiedStation {
  station: Station;
  market: PracticeMarketplace;
  /** Every call of the station, its login included, goes through here. */
  proxy: FaultProxy;
  sellerId: string;
  shipFromId: string;
  /** Sends the outbox until nothing is left to send or wait for; throws with the station's error when an entry fails. */
  settle(maxMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** A station core on a fresh folder whose practice marketplace it reaches through a FaultProxy. */
export async function proxiedStation(options: Partial<PracticeMarketplaceOptions> = {}): Promise<ProxiedStation> {
  const market = await startPracticeMarketplace({ seed: 20261130, asyncDelayMs: 10, enforceRateLimits: true, ...options });
  const proxy = await FaultProxy.start(market.baseUrl);
  const dir = tempDir();
  const dataDir = join(dir.path, 'data');
  const station = createStation({
    dataDir,
    cipher: keyFileCipher(dataDir, join(dir.path, 'keys')),
    host: 'browser',
    log: () => undefined,
    startSync: false,
    pollBaseMs: 15,
    adoptedPlanGraceMs: 300,
    practice: () => ({ baseUrl: proxy.baseUrl, lwaTokenUrl: proxy.baseUrl + LWA_PATH }),
    spapi: { retry: { baseDelayMs: 10, maxDelayMs: 50, maxAttempts: 3 }, timeouts: { connectMs: 500, responseMs: 2000, requestMs: 4000 } },
  });
  const { sellerId } = ensurePracticeAccounts(station, market.catalogue);
  const shipFromId = station.plans.shipFromList(sellerId)[0]!.id;
  return {
    station,
    market,
    proxy,
    sellerId,
    shipFromId,
    settle: (maxMs?: number) => settleOutbox(station, maxMs),
    async close() {
      await station.close();
      await proxy.close();
      await market.close();
      dir.cleanup();
    },
  };
}
