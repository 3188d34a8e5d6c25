import { rmSync } from 'node:fs';
import type { SecretCipher } from '../security/secret-cipher';
import type { SpApiAccounts } from '../spapi/account-resolver';
import type { StationPrinting } from '../printing/station-printing';
import type { AuditLog } from '../audit/audit-log';
import { StationError } from '../core/errors';
import { DF_SHIPPING_API, type DfOrdersRepo } from './df-orders';

export const PERSONAL_DATA_RETENTION_MS = 30 * 86_400_000;

/** Prints a DF order's package labels (ZPL straight through, PNG converted for the printer) and its packing slip. */
export class DfDocuments {
  constructor(
    private readonly repo: DfOrdersRepo,
    private readonly cipher: SecretCipher,
    private readonly spapi: SpApiAccounts,
    private readonly printing: StationPrinting,
  ) {}

  async print(orderId: string, what: 'labels' | 'packing-slip', packageIds?: string[]) {
    const row = this.repo.row(orderId);
    const entity = `df:${orderId}`;
    if (what === 'packing-slip') {
      const { body } = await this.spapi
        .caller(row.account_id)
        .call<{ content?: string; contentType?: string }>(DF_SHIPPING_API, 'getPackingSlip', { path: { purchaseOrderNumber: row.purchase_order_number } });
      if (!body.content) throw new StationError('UNAVAILABLE', 'Amazon returned no packing slip for this order.');
      return [await this.printing.print({ kind: 'packing-slip', format: 'pdf', bytes: Buffer.from(body.content, 'base64'), title: `Packing slip ${row.purchase_order_number}`, personal: true }, 'documents', entity)];
    }
    const rows = this.repo.db
      .prepare('SELECT id, number, label, label_format FROM df_packages WHERE order_id = ? ORDER BY number')
      .all(orderId) as { id: string; number: number; label: Buffer | null; label_format: 'PNG' | 'ZPL' | 'PDF' | null }[];
    const chosen = rows.filter((r) => !packageIds || packageIds.includes(r.id));
    if (chosen.some((r) => !r.label)) throw new StationError('CONFLICT', 'Amazon has not sent every label of this order yet (or they were erased after 30 days).');
    const jobs = [];
    for (const pkg of chosen) {
      const bytes = Buffer.from(this.cipher.decrypt(pkg.label!), 'base64');
      const format = pkg.label_format === 'ZPL' ? 'zpl' : pkg.label_format === 'PDF' ? 'pdf' : 'png';
      jobs.push(await this.printing.print({ kind: 'shipping-label', format, bytes, title: `DF label ${row.purchase_order_number} ${pkg.number}`, personal: true }, 'labels', entity));
    }
    return jobs;
  }
}

/**
 * Amazon's Data Protection Policy: a DF customer's name, address and phone, and the labels that show them, are kept
 * no longer than 30 days after the shipment is confirmed. Erases them from the database and from printed-job files.
 */
export function erasePersonalData(repo: DfOrdersRepo, audit: AuditLog, now = Date.now()): number {
  const cutoff = now - PERSONAL_DATA_RETENTION_MS;
  const due = repo.db
    .prepare('SELECT id FROM df_orders WHERE confirmed_at IS NOT NULL AND confirmed_at < ? AND personal_data_erased_at IS NULL')
    .all(cutoff) as { id: string }[];
  if (due.length === 0) return 0;
  const files = repo.db.prepare('SELECT files FROM print_jobs WHERE entity = ?');
  repo.db.transaction(() => {
    for (const { id } of due) {
      repo.db.prepare('UPDATE df_orders SET ship_to = NULL, personal_data_erased_at = ? WHERE id = ?').run(now, id);
      repo.db.prepare('UPDATE df_packages SET label = NULL WHERE order_id = ?').run(id);
      for (const row of files.all(`df:${id}`) as { files: string }[]) {
        for (const file of JSON.parse(row.files) as string[]) rmSync(file, { force: true });
      }
      repo.db.prepare(`UPDATE print_jobs SET files = '[]' WHERE entity = ?`).run(`df:${id}`);
    }
  })();
  audit.record('df.personal-data.erase', null, { orders: due.length });
  return due.length;
}
