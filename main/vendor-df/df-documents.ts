import { rmSync } from 'node:fs';
import type { SecretCipher } from '../security/secret-cipher';
import type { StationPrinting } from '../printing/station-printing';
import type { AuditLog } from '../audit/audit-log';
import { StationError } from '../core/errors';
import { sniffFormat } from '../labels/raster-to-zpl';
import type { DfOrdersRepo } from './df-orders';
import type { DfAmazon } from './df-api';
import type { DfInvoices } from './df-invoices';

export const PERSONAL_DATA_RETENTION_MS = 30 * 86_400_000;

/**
 * Prints a DF order's package labels (ZPL straight through, PNG converted for the printer), its packing slip and its
 * customer invoice. All of them show the customer, so the jobs are personal: sealed wherever a printer keeps a file.
 */
export class DfDocuments {
  constructor(
    private readonly repo: DfOrdersRepo,
    private readonly cipher: SecretCipher,
    private readonly amazonFor: (accountId: string) => DfAmazon,
    private readonly printing: StationPrinting,
    private readonly invoices: DfInvoices,
  ) {}

  async print(orderId: string, what: 'labels' | 'packing-slip' | 'invoice', packageIds?: string[]) {
    const row = this.repo.row(orderId);
    const entity = `df:${orderId}`;
    if (what === 'invoice') {
      const bytes = await this.invoices.bytes(orderId);
      const format = sniffFormat(bytes);
      if (format !== 'pdf' && format !== 'png') throw new StationError('UNAVAILABLE', `The customer invoice of ${row.purchase_order_number} is not a PDF or PNG, so it cannot be printed.`);
      return [await this.printing.print({ kind: 'document', format, bytes, title: `Invoice ${row.purchase_order_number}`, personal: true }, 'documents', entity)];
    }
    if (what === 'packing-slip') {
      const body = await this.amazonFor(row.account_id).call<{ content?: string; contentType?: string }>('shipping', 'getPackingSlip', { path: { purchaseOrderNumber: row.purchase_order_number } });
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
 * no longer than 30 days after the shipment is confirmed. An order Amazon cancelled never ships, so its customer goes
 * 30 days after the station last saw it (each pull of the last week's orders refreshes that time). Erases them from
 * the database, from printed-job files and the kept customer invoices.
 */
export function erasePersonalData(repo: DfOrdersRepo, audit: AuditLog, invoices: Pick<DfInvoices, 'erase'>, now = Date.now()): number {
  const cutoff = now - PERSONAL_DATA_RETENTION_MS;
  const due = repo.db
    .prepare(
      `SELECT id FROM df_orders WHERE personal_data_erased_at IS NULL
         AND ((confirmed_at IS NOT NULL AND confirmed_at < @cutoff) OR (step = 'cancelled' AND updated_at < @cutoff))`,
    )
    .all({ cutoff }) as { id: string }[];
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
      invoices.erase(id);
    }
  })();
  audit.record('df.personal-data.erase', null, { orders: due.length });
  return due.length;
}
