import { join } from 'node:path';
import { createStation } from '../../main/core/station';
import { ensurePracticeAccounts } from '../../main/core/practice-setup';
import { keyFileCipher } from '../../main/security/secret-cipher';
import type { PracticeMarketplace } from '../../main/practice/practice-marketplace';
import { packFirstFlow, type FlowStation } from '../support/inbound-flows';
import { settleOutbox } from '../support/settle-outbox';
import { tempDir } from '../support/temp-dir';
import type { CatalogueItem } from '../../main/practice/catalogue';

/**
 * The same pack-first plan as the station itself runs it: plan, packing, placement, transport and tracking through its
 * services and outbox, with the station's production settings (default client retries, operations first polled after
 * a second). `spApiBaseUrl` is where its SP-API calls go (a counting proxy in front of `market`).
 */
export async function stationPackFirst(market: PracticeMarketplace, spApiBaseUrl: string, items: readonly CatalogueItem[], unitsPerSku: number, unitsPerBox: number) {
  const dir = tempDir();
  const dataDir = join(dir.path, 'data');
  const station = createStation({
    dataDir,
    cipher: keyFileCipher(dataDir, join(dir.path, 'keys')),
    host: 'browser',
    log: () => undefined,
    startSync: false,
    practice: () => ({ baseUrl: spApiBaseUrl, lwaTokenUrl: market.lwaUrl }),
  });
  try {
    const { sellerId } = ensurePracticeAccounts(station, market.catalogue);
    const t: FlowStation = {
      station,
      market,
      sellerId,
      shipFromId: station.plans.shipFromList(sellerId)[0]!.id,
      settle: (maxMs = 300_000) => settleOutbox(station, maxMs),
    };
    const started = performance.now();
    const outcome = await packFirstFlow(t, items, unitsPerSku, unitsPerBox, 300_000);
    return { wallSeconds: (performance.now() - started) / 1000, boxes: outcome.boxes, shipments: outcome.shipmentIds.length, step: outcome.plan.step };
  } finally {
    await station.close();
    dir.cleanup();
  }
}
