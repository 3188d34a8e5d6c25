import { join } from 'node:path';
import { createStation, type Station } from '../../main/core/station';
import { ensurePracticeAccounts, practiceCatalogueItem } from '../../main/core/practice-setup';
import { generateCatalogue, type CatalogueItem } from '../../main/practice/catalogue';
import { keyFileCipher } from '../../main/security/secret-cipher';
import { tempDir } from '../support/temp-dir';

export interface BenchStation {
  station: Station;
  sellerId: string;
  shipFromId: string;
  catalogue: CatalogueItem[];
  dir: string;
  close(): Promise<void>;
}

/** A station core on a fresh folder (no marketplace: benchmarks measure the store), with `catalogueSize` practice items. */
export async function benchStation(catalogueSize = 320): Promise<BenchStation> {
  const dir = tempDir('packbench-bench-');
  const dataDir = join(dir.path, 'data');
  const station = createStation({ dataDir, cipher: keyFileCipher(dataDir, join(dir.path, 'keys')), host: 'browser', log: () => undefined, startSync: false });
  const catalogue = generateCatalogue(20261130, catalogueSize);
  const { sellerId } = ensurePracticeAccounts(station, catalogue.slice(0, 1));
  station.catalogue.upsert(sellerId, catalogue.map(practiceCatalogueItem));
  return {
    station,
    sellerId,
    shipFromId: station.plans.shipFromList(sellerId)[0]!.id,
    catalogue,
    dir: dir.path,
    async close() {
      await station.close();
      dir.cleanup();
    },
  };
}

/** A pack-first plan of the given items, moved to the packing step as if its packing option had been chosen. */
export function packingPlan(b: BenchStation, items: CatalogueItem[], quantity: number): string {
  const plan = b.station.plans.create({
    accountId: b.sellerId,
    marketplaceId: 'ATVPDKIKX0DER',
    shipFromId: b.shipFromId,
    flow: 'pack_first',
    name: 'Bench',
    items: items.map((c) => ({
      msku: c.msku,
      quantity,
      prepOwner: c.prepTypes.length ? 'SELLER' : 'NONE',
      labelOwner: c.canUseManufacturerBarcode ? 'NONE' : 'SELLER',
      ...(c.requiresExpiration ? { expiration: '2027-06-30' } : {}),
    })),
  });
  b.station.db.prepare(`UPDATE inbound_plans SET step = 'packing', amazon_plan_id = 'wfbench' WHERE id = ?`).run(plan.id);
  return plan.id;
}
