import Database from 'better-sqlite3';
import { join } from 'node:path';

export interface CatalogueRow {
  msku: string;
  fnsku: string;
  upc: string | null;
  ean: string | null;
  title: string;
  weightG: number;
  prepOwner: 'AMAZON' | 'SELLER' | 'NONE';
  labelOwner: 'AMAZON' | 'SELLER' | 'NONE';
}

/**
 * Light, standard-size, non-hazmat SKUs without expiration dates from the practice seller's catalogue, read from the
 * station's own database (read-only) the way a packer would know them from the products on the table. Each station
 * seeds its practice catalogue at random, so the test cannot name SKUs in advance. The catalogue may be cached for
 * more than one account (the vendor's too), hence one row per MSKU.
 */
export function lightItems(dataDir: string, count: number): CatalogueRow[] {
  const db = new Database(join(dataDir, 'packbench.db'), { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare(
        `SELECT msku, fnsku, upc, ean, title, weight_g AS weightG, prep_owner AS prepOwner, label_owner AS labelOwner FROM catalog_items
         WHERE hazmat = 0 AND requires_expiration = 0 AND fnsku IS NOT NULL AND weight_g < 800
           AND length_mm < 400 AND width_mm < 400 AND height_mm < 400
         GROUP BY msku ORDER BY msku LIMIT ?`,
      )
      .all(count) as CatalogueRow[];
    if (rows.length < count) throw new Error(`The practice catalogue has only ${rows.length} light items; the test needs ${count}.`);
    return rows;
  } finally {
    db.close();
  }
}
