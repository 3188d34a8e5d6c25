import { join } from 'node:path';
import { createStation, type Station } from '../../main/core/station';
import { keyFileCipher } from '../../main/security/secret-cipher';
import { startPracticeMarketplace, type PracticeMarketplace, type PracticeMarketplaceOptions } from '../../main/practice/practice-marketplace';
import { ensurePracticeAccounts } from '../../main/core/practice-setup';
import { requestConformance, responseConformance } from './spapi-models';
import { tempDir } from './temp-dir';

export interface PracticeStation {
  station: Station;
  market: PracticeMarketplace;
  sellerId: string;
  vendorId: string;
  shipFromId: string;
  requests: ReturnType<typeof requestConformance>;
  responses: ReturnType<typeof responseConformance>;
  /** Sends the outbox until nothing is left to send or wait for; throws with the station's error when an entry fails. */
  settle(maxMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** A station core on a fresh folder, talking through the real client and HTTP to a practice marketplace of its own. */
export async function practiceStation(options: Partial<PracticeMarketplaceOptions> = {}): Promise<PracticeStation> {
  const market = await startPracticeMarketplace({ seed: 20261130, asyncDelayMs: 10, enforceRateLimits: true, ...options });
  const dir = tempDir();
  const dataDir = join(dir.path, 'data');
  const requests = requestConformance();
  const responses = responseConformance();
  const station = createStation({
    dataDir,
    cipher: keyFileCipher(dataDir, join(dir.path, 'keys')),
    host: 'browser',
    log: () => undefined,
    startSync: false,
    pollBaseMs: 15,
    practice: () => ({ baseUrl: market.baseUrl, lwaTokenUrl: market.lwaUrl }),
    spapi: {
      onRequest: (r) => requests.onRequest(r),
      onResponse: (r) => responses.onResponse(r),
      retry: { baseDelayMs: 20, maxDelayMs: 200 },
    },
  });
  const { sellerId, vendorId } = ensurePracticeAccounts(station, market.catalogue);
  const shipFromId = station.plans.shipFromList(sellerId)[0]!.id;
  return {
    station,
    market,
    sellerId,
    vendorId,
    shipFromId,
    requests,
    responses,
    async settle(maxMs = 60_000) {
      const deadline = Date.now() + maxMs;
      for (;;) {
        await station.sync.drain();
        const counts = station.outbox.counts();
        if (counts.failed > 0) {
          const failed = station.outbox.problems().find((p) => p.state === 'failed');
          throw new Error(`Outbox entry ${failed?.op} failed: ${failed?.lastError?.message}`);
        }
        if (counts.pending === 0 && counts.waiting === 0) return;
        if (Date.now() > deadline) throw new Error(`Outbox did not settle: ${JSON.stringify(counts)}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    async close() {
      await station.close();
      await market.close();
      dir.cleanup();
    },
  };
}
