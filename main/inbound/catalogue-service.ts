import type { Db } from '../db/database';
import { parseScan, toGtin14 } from '../../shared/scan';
import type { CatalogueItem, ItemResolution } from '../../shared/ipc/inbound';

interface Row {
  msku: string;
  fnsku: string | null;
  asin: string | null;
  upc: string | null;
  ean: string | null;
  title: string;
  weight_g: number | null;
  length_mm: number | null;
  width_mm: number | null;
  height_mm: number | null;
  prep_owner: CatalogueItem['prepOwner'];
  label_owner: CatalogueItem['labelOwner'];
  requires_expiration: 0 | 1;
  hazmat: 0 | 1;
}

const toItem = (r: Row): CatalogueItem => ({
  msku: r.msku,
  fnsku: r.fnsku,
  asin: r.asin,
  upc: r.upc,
  ean: r.ean,
  title: r.title,
  weightG: r.weight_g,
  dimensionsMm: r.length_mm && r.width_mm && r.height_mm ? [r.length_mm, r.width_mm, r.height_mm] : null,
  prepOwner: r.prep_owner,
  labelOwner: r.label_owner,
  requiresExpiration: r.requires_expiration === 1,
  hazmat: r.hazmat === 1,
});

function gtinOf(code: string | null | undefined): string | null {
  if (!code || !/^\d{8}$|^\d{12,14}$/.test(code)) return null;
  return toGtin14(code);
}

/** The station's offline copy of each account's products: any scanned code resolves to an MSKU without the network. */
export class CatalogueService {
  constructor(private readonly db: Db) {}

  upsert(accountId: string, items: CatalogueItem[]): number {
    const statement = this.db.prepare(
      `INSERT INTO catalog_items (account_id, msku, fnsku, asin, upc, ean, gtin14, title, weight_g, length_mm, width_mm, height_mm,
         prep_owner, label_owner, requires_expiration, hazmat, updated_at)
       VALUES (@accountId, @msku, @fnsku, @asin, @upc, @ean, @gtin14, @title, @weightG, @l, @w, @h, @prepOwner, @labelOwner, @exp, @hazmat, @at)
       ON CONFLICT (account_id, msku) DO UPDATE SET fnsku = excluded.fnsku, asin = excluded.asin, upc = excluded.upc, ean = excluded.ean,
         gtin14 = excluded.gtin14, title = excluded.title, weight_g = excluded.weight_g, length_mm = excluded.length_mm,
         width_mm = excluded.width_mm, height_mm = excluded.height_mm, prep_owner = excluded.prep_owner,
         label_owner = excluded.label_owner, requires_expiration = excluded.requires_expiration, hazmat = excluded.hazmat,
         updated_at = excluded.updated_at`,
    );
    const at = Date.now();
    this.db.transaction(() => {
      for (const item of items) {
        statement.run({
          accountId,
          msku: item.msku,
          fnsku: item.fnsku,
          asin: item.asin,
          upc: item.upc,
          ean: item.ean,
          gtin14: gtinOf(item.upc) ?? gtinOf(item.ean),
          title: item.title,
          weightG: item.weightG,
          l: item.dimensionsMm?.[0] ?? null,
          w: item.dimensionsMm?.[1] ?? null,
          h: item.dimensionsMm?.[2] ?? null,
          prepOwner: item.prepOwner,
          labelOwner: item.labelOwner,
          exp: item.requiresExpiration ? 1 : 0,
          hazmat: item.hazmat ? 1 : 0,
          at,
        });
      }
    })();
    return items.length;
  }

  get(accountId: string, msku: string): CatalogueItem | null {
    const row = this.db.prepare('SELECT * FROM catalog_items WHERE account_id = ? AND msku = ?').get(accountId, msku) as Row | undefined;
    return row ? toItem(row) : null;
  }

  count(accountId: string): number {
    return (this.db.prepare('SELECT count(*) AS n FROM catalog_items WHERE account_id = ?').get(accountId) as { n: number }).n;
  }

  search(accountId: string, text: string, limit = 20): CatalogueItem[] {
    const like = `%${text.replace(/[%_]/g, (c) => `\\${c}`)}%`;
    return (
      this.db
        .prepare(
          `SELECT * FROM catalog_items WHERE account_id = ? AND (msku LIKE ? ESCAPE '\\' OR title LIKE ? ESCAPE '\\' OR fnsku = ? OR asin = ?)
           ORDER BY msku LIMIT ?`,
        )
        .all(accountId, like, like, text, text, limit) as Row[]
    ).map(toItem);
  }

  /**
   * Resolves what a scanner or a person typed to one catalogue item: FNSKU, ASIN, UPC/EAN/GTIN (any length, by GTIN-14),
   * a GS1 string carrying a GTIN, or the MSKU itself. A wrong check digit is reported, never guessed around.
   */
  resolve(accountId: string, code: string): ItemResolution {
    const scan = parseScan(code);
    const one = (sql: string, value: string) => {
      const row = this.db.prepare(`SELECT * FROM catalog_items WHERE account_id = ? AND ${sql} LIMIT 1`).get(accountId, value) as Row | undefined;
      return row ? toItem(row) : null;
    };
    let item: CatalogueItem | null = null;
    if (scan.valid) {
      if (scan.kind === 'fnsku') item = one('fnsku = ?', scan.value);
      else if (scan.kind === 'asin') item = one('asin = ?', scan.value);
      else if ('gtin14' in scan && scan.gtin14) item = one('gtin14 = ?', scan.gtin14);
      else if (scan.kind === 'fba-box' || scan.kind === 'tracking' || scan.kind === 'sscc') {
        return { ok: false, code: 'NOT_AN_ITEM', message: `${code} is a ${scan.kind === 'fba-box' ? 'box label' : scan.kind === 'sscc' ? 'carton/pallet SSCC' : 'tracking number'}, not a product.`, scanKind: scan.kind };
      }
    } else if (scan.error.code === 'CHECK_DIGIT') {
      return { ok: false, code: 'CHECK_DIGIT', message: `${scan.error.message}: rescan the barcode or type the code.`, scanKind: scan.kind };
    }
    item ??= one('msku = ?', scan.data || code.trim());
    if (!item) return { ok: false, code: 'UNKNOWN_ITEM', message: `No product with code ${code.trim()} in this account's catalogue.`, scanKind: scan.kind };
    return { ok: true, item };
  }
}
