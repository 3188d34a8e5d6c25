import Database from 'better-sqlite3';
import { join } from 'node:path';
import { Catalogue, generateCatalogue, type CatalogueItem } from '../../../main/practice/catalogue';
import { RetailStore, type RetailPurchaseOrder } from '../../../main/practice/vendor/retail-handlers';

/**
 * The paperwork a packer holds for the practice vendor: its retail purchase orders as the practice marketplace seeded
 * them. Each station seeds its practice marketplace at random and keeps the seed in its settings (read here,
 * read-only), so the purchase orders are regenerated from that seed exactly as the marketplace made them.
 */
export function practicePaperwork(dataDir: string): { purchaseOrders: RetailPurchaseOrder[]; item(sku: string): CatalogueItem } {
  const db = new Database(join(dataDir, 'packbench.db'), { readonly: true, fileMustExist: true });
  let seed: number;
  try {
    const row = db.prepare(`SELECT value FROM settings WHERE key = 'practiceSeed'`).get() as { value: string } | undefined;
    if (!row) throw new Error('The station has no practice seed yet.');
    seed = Number(JSON.parse(row.value));
  } finally {
    db.close();
  }
  const catalogue = generateCatalogue(seed);
  const store = new RetailStore(seed, Date.now(), new Catalogue(catalogue));
  return {
    purchaseOrders: store.purchaseOrders,
    item(sku) {
      const found = catalogue.find((c) => c.msku === sku);
      if (!found) throw new Error(`The practice catalogue has no ${sku}`);
      return found;
    },
  };
}
