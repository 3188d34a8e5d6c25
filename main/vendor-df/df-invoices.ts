import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DfInvoice } from '../../shared/ipc/vendor-df';
import { StationError } from '../core/errors';
import { openPdf } from '../labels/pdf-raster';
import { encodePng } from '../labels/raster';
import { sniffFormat } from '../labels/raster-to-zpl';
import type { FileSealer } from '../printing/sealed-files';
import { SpApiError } from '../spapi/errors';
import type { DfAmazon } from './df-api';
import type { DfOrdersRepo } from './df-orders';

/** Invoice pages are drawn at 1.5 dots per PDF point (108 dpi): readable on screen, small enough to send at once. */
const SCREEN_DOTS_PER_POINT = 1.5;
const MAX_PAGES = 20;

interface AmazonInvoice {
  purchaseOrderNumber?: string;
  content?: string;
}

/**
 * Amazon's customer invoices of DF orders. They show the customer's name and address, so the station keeps each one
 * as a file sealed with the station key (documents stay out of the database, like printed jobs) and erases it with
 * the order's ship-to, 30 days after confirmation.
 */
export class DfInvoices {
  constructor(
    private readonly repo: DfOrdersRepo,
    private readonly sealer: FileSealer,
    readonly dir: string,
    private readonly amazonFor: (accountId: string) => DfAmazon,
  ) {}

  private file(orderId: string): string {
    return join(this.dir, `${orderId}.invoice.sealed`);
  }

  has(orderId: string): boolean {
    return existsSync(this.file(orderId));
  }

  private store(orderId: string, base64: string): Buffer {
    const bytes = Buffer.from(base64, 'base64');
    if (bytes.length === 0) throw new StationError('UNAVAILABLE', 'Amazon sent an empty customer invoice.');
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(this.file(orderId), this.sealer.seal(bytes));
    return bytes;
  }

  /** Stores the invoices Amazon lists for the account's orders created in the window; returns how many were new. */
  async pull(accountId: string, createdAfter: string, createdBefore: string): Promise<number> {
    const orders = new Map(
      (this.repo.db.prepare('SELECT id, purchase_order_number FROM df_orders WHERE account_id = ? AND personal_data_erased_at IS NULL').all(accountId) as { id: string; purchase_order_number: string }[]).map(
        (r) => [r.purchase_order_number, r.id],
      ),
    );
    let stored = 0;
    for await (const page of this.amazonFor(accountId).pages<{ customerInvoices?: AmazonInvoice[] }>('shipping', 'getCustomerInvoices', { query: { createdAfter, createdBefore, limit: 100 } })) {
      for (const invoice of page.customerInvoices ?? []) {
        const orderId = orders.get(invoice.purchaseOrderNumber ?? '');
        if (!orderId || !invoice.content || this.has(orderId)) continue;
        this.store(orderId, invoice.content);
        stored += 1;
      }
    }
    return stored;
  }

  /** The invoice as printed: from the sealed copy, else fetched from Amazon once and kept. */
  async bytes(orderId: string): Promise<Buffer> {
    const row = this.repo.row(orderId);
    if (this.has(orderId)) return this.sealer.open(readFileSync(this.file(orderId)));
    if (row.personal_data_erased_at !== null) {
      throw new StationError('NOT_FOUND', `The customer invoice of ${row.purchase_order_number} was erased with the customer's address 30 days after shipping.`);
    }
    let invoice: AmazonInvoice;
    try {
      invoice = await this.amazonFor(row.account_id).call<AmazonInvoice>('shipping', 'getCustomerInvoice', { path: { purchaseOrderNumber: row.purchase_order_number } });
    } catch (error) {
      if (error instanceof SpApiError && error.status === 404) throw new StationError('NOT_FOUND', `Amazon has no customer invoice for ${row.purchase_order_number}.`);
      throw error;
    }
    if (!invoice.content) throw new StationError('UNAVAILABLE', `Amazon returned no invoice content for ${row.purchase_order_number}.`);
    return this.store(orderId, invoice.content);
  }

  /** The invoice for the screen: PDF pages drawn as images, a PNG as it is, text as text. */
  async view(orderId: string): Promise<DfInvoice> {
    const po = this.repo.row(orderId).purchase_order_number;
    const bytes = await this.bytes(orderId);
    const format = sniffFormat(bytes);
    if (format === 'png') return { purchaseOrderNumber: po, format: 'png', pages: [dataUrl(bytes)], text: null };
    if (format === 'pdf') return { purchaseOrderNumber: po, format: 'pdf', pages: await pdfPages(bytes), text: null };
    if (bytes.includes(0)) throw new StationError('UNAVAILABLE', `The customer invoice of ${po} is neither a PDF, a PNG nor text, so the station cannot show it.`);
    return { purchaseOrderNumber: po, format: 'text', pages: [], text: bytes.toString('utf8') };
  }

  erase(orderId: string): void {
    rmSync(this.file(orderId), { force: true });
  }
}

function dataUrl(png: Uint8Array): string {
  return `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
}

async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const doc = await openPdf(bytes);
  try {
    const pages: string[] = [];
    for (let n = 1; n <= Math.min(doc.pageCount, MAX_PAGES); n++) pages.push(dataUrl(encodePng(await doc.renderPage(n, SCREEN_DOTS_PER_POINT))));
    return pages;
  } finally {
    await doc.close();
  }
}
