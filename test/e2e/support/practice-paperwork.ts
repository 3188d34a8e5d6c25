import { Catalogue, generateCatalogue, type CatalogueItem } from '../../../main/practice/catalogue';
import { RetailStore, type RetailPurchaseOrder } from '../../../main/practice/vendor/retail-handlers';

/**
 * The paperwork a packer holds for the practice vendor: its retail purchase orders as the practice marketplace seeded
 * them, regenerated from the marketplace's seed exactly as it made them.
 */
export function practicePaperworkOfSeed(seed: number): { purchaseOrders: RetailPurchaseOrder[]; item(sku: string): CatalogueItem } {
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

/** The paperwork of a practice marketplace served apart, whose seed its `GET /practice/catalogue` tells. */
export async function practicePaperworkAt(marketUrl: string): Promise<ReturnType<typeof practicePaperworkOfSeed>> {
  const res = await fetch(new URL('/practice/catalogue', marketUrl));
  if (!res.ok) throw new Error(`GET /practice/catalogue answered ${res.status}`);
  const { seed } = (await res.json()) as { seed: number };
  return practicePaperworkOfSeed(seed);
}
