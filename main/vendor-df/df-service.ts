import { randomUUID } from 'node:crypto';
import type { DfApiVersion, DfOrderDetail, DfPackage, DfScanOutcome } from '../../shared/ipc/vendor-df';
import { StationError } from '../core/errors';
import type { AccountsService } from '../accounts/accounts-service';
import type { AuditLog } from '../audit/audit-log';
import type { OutboxStore } from '../sync/outbox-store';
import type { CatalogueService } from '../inbound/catalogue-service';
import type { AmazonDfOrder, DfOrdersRepo } from './df-orders';
import type { DfAmazon, DfApiSettings } from './df-api';
import type { DfInvoices } from './df-invoices';

const DAY = 86_400_000;

/** Vendor Direct Fulfillment at the station: pull and acknowledge orders, pack them by scan, then labels and confirmation. */
export class DfService {
  constructor(
    readonly repo: DfOrdersRepo,
    private readonly accounts: AccountsService,
    private readonly catalogue: CatalogueService,
    private readonly amazonFor: (accountId: string) => DfAmazon,
    readonly invoices: DfInvoices,
    private readonly outbox: OutboxStore,
    private readonly audit: AuditLog,
    private readonly kick: () => void,
  ) {}

  private get db() {
    return this.repo.db;
  }

  private enqueue(orderId: string, accountId: string, op: string, coalesce = false): void {
    this.outbox.enqueue({ accountId, entity: `df:${orderId}`, op, payload: { orderId }, coalesce });
  }

  /**
   * Fetches the last week's new orders (Amazon requires a restricted data token: the client gets one for the path),
   * then the customer invoices Amazon has for them. The orders count even when the invoices cannot be had: the order
   * screen fetches an order's invoice again when it is opened.
   */
  async pull(accountId: string): Promise<{ added: number; updated: number; invoices: number; invoicesError: string | null }> {
    const account = this.accounts.get(accountId);
    if (account.type !== 'vendor') throw new StationError('VALIDATION', 'Direct Fulfillment orders belong to vendor accounts.');
    const amazon = this.amazonFor(accountId);
    const now = Date.now();
    const window = { createdAfter: new Date(now - 7 * DAY).toISOString(), createdBefore: new Date(now).toISOString() };
    const orders: AmazonDfOrder[] = [];
    for await (const page of amazon.pages<{ orders?: AmazonDfOrder[] }>('orders', 'getOrders', { query: { ...window, limit: 100, includeDetails: 'true' } })) {
      orders.push(...(page.orders ?? []));
    }
    const result = this.repo.upsert(accountId, orders);
    let invoices = 0;
    let invoicesError: string | null = null;
    try {
      invoices = await this.invoices.pull(accountId, window.createdAfter, window.createdBefore);
    } catch (error) {
      invoicesError = `Customer invoices were not pulled: ${error instanceof Error ? error.message : String(error)}`;
    }
    this.audit.record('df.pull', `account:${accountId}`, { ...result, invoices, invoicesFailed: invoicesError !== null });
    return { ...result, invoices, invoicesError };
  }

  /** Reads or sets the DF API version of a vendor account; the next call of each of its orders goes out in it. */
  apiVersion(accountId: string, settings: DfApiSettings, version?: DfApiVersion): { accountId: string; version: DfApiVersion } {
    const account = this.accounts.get(accountId);
    if (account.type !== 'vendor') throw new StationError('VALIDATION', 'Direct Fulfillment API versions belong to vendor accounts.');
    if (version === undefined) return { accountId, version: settings.get(accountId) };
    settings.set(accountId, version);
    this.audit.record('df.api-version', `account:${accountId}`, { version });
    return { accountId, version };
  }

  acknowledge(orderId: string): DfOrderDetail {
    const row = this.repo.row(orderId);
    if (row.step !== 'new') throw new StationError('CONFLICT', `Order ${row.purchase_order_number} is already ${row.step}.`);
    this.db.transaction(() => {
      this.repo.setStep(orderId, 'acknowledged');
      this.enqueue(orderId, row.account_id, 'df.acknowledge');
      this.audit.record('df.acknowledge', `df:${orderId}`, { po: row.purchase_order_number });
    }).immediate();
    this.kick();
    return this.repo.detail(orderId);
  }

  openPackage(orderId: string): DfPackage {
    return this.db.transaction(() => {
      const row = this.repo.row(orderId);
      if (row.step !== 'acknowledged' && row.step !== 'packing') throw new StationError('CONFLICT', `Packages are packed after acknowledging and before labels (now: ${row.step}).`);
      const next = (this.db.prepare('SELECT ifnull(max(number), 0) + 1 AS n FROM df_packages WHERE order_id = ?').get(orderId) as { n: number }).n;
      const id = randomUUID();
      this.db.prepare(`INSERT INTO df_packages (id, order_id, number, status, created_at, updated_at) VALUES (?, ?, ?, 'open', ?, ?)`).run(id, orderId, next, Date.now(), Date.now());
      if (row.step === 'acknowledged') this.repo.setStep(orderId, 'packing');
      return this.repo.packages(orderId).find((p) => p.id === id)!;
    }).immediate();
  }

  /** One scan against the order lines: the wrong item or one too many is refused with the reason. */
  scan(packageId: string, code: string, quantity = 1): DfScanOutcome {
    return this.db.transaction((): DfScanOutcome => {
      const orderId = this.repo.packageOrderId(packageId);
      const row = this.repo.row(orderId);
      const record = (seq: string | null, refusal: string | null) =>
        this.db.prepare('INSERT INTO df_scans (order_id, package_id, code, item_sequence_number, accepted, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(orderId, packageId, code.slice(0, 512), seq, refusal ? 0 : 1, refusal, Date.now());
      const refuse = (outcome: Extract<DfScanOutcome, { ok: false }>) => {
        record(null, outcome.code);
        return outcome;
      };
      const pkg = this.repo.packages(orderId).find((p) => p.id === packageId)!;
      if (pkg.status !== 'open') return refuse({ ok: false, code: 'PACKAGE_CLOSED', message: `Package ${pkg.number} is closed.` });
      const resolved = this.catalogue.resolve(row.account_id, code);
      const items = this.repo.items(row);
      const line = resolved.ok
        ? items.find((i) => i.vendorProductIdentifier === resolved.item.msku || (resolved.item.asin !== null && i.buyerProductIdentifier === resolved.item.asin))
        : items.find((i) => i.vendorProductIdentifier === code.trim() || i.buyerProductIdentifier === code.trim());
      if (!line) {
        if (!resolved.ok && resolved.code !== 'UNKNOWN_ITEM') return refuse({ ok: false, code: resolved.code, message: resolved.message });
        return refuse({ ok: false, code: 'NOT_IN_ORDER', message: `${code.trim()} is not on order ${row.purchase_order_number}.` });
      }
      const packed = this.repo.packedBySequence(orderId).get(line.itemSequenceNumber) ?? 0;
      if (packed + quantity > line.ordered) {
        return refuse({ ok: false, code: 'TOO_MANY', message: `${line.vendorProductIdentifier ?? line.buyerProductIdentifier}: ${line.ordered} ordered, ${packed} packed already.` });
      }
      this.db
        .prepare(
          `INSERT INTO df_package_items (package_id, item_sequence_number, quantity) VALUES (?, ?, ?)
           ON CONFLICT (package_id, item_sequence_number) DO UPDATE SET quantity = quantity + excluded.quantity`,
        )
        .run(packageId, line.itemSequenceNumber, quantity);
      record(line.itemSequenceNumber, null);
      return { ok: true, itemSequenceNumber: line.itemSequenceNumber, packed: packed + quantity, ordered: line.ordered, package: this.repo.packages(orderId).find((p) => p.id === packageId)! };
    }).immediate();
  }

  closePackage(packageId: string, weight: { value: number; unit: 'LB' | 'KG' }, dims: { length: number; width: number; height: number; unit: 'IN' | 'CM' }): DfPackage {
    return this.db.transaction(() => {
      const orderId = this.repo.packageOrderId(packageId);
      const pkg = this.repo.packages(orderId).find((p) => p.id === packageId)!;
      if (pkg.lines.length === 0) throw new StationError('VALIDATION', `Package ${pkg.number} is empty: scan the items into it first.`);
      this.db
        .prepare(`UPDATE df_packages SET status = 'closed', weight = ?, weight_unit = ?, length = ?, width = ?, height = ?, dimension_unit = ?, updated_at = ? WHERE id = ?`)
        .run(weight.value, weight.unit, dims.length, dims.width, dims.height, dims.unit, Date.now(), packageId);
      return this.repo.packages(orderId).find((p) => p.id === packageId)!;
    }).immediate();
  }

  requestLabels(orderId: string): DfOrderDetail {
    const detail = this.repo.detail(orderId);
    if (detail.step !== 'packing') throw new StationError('CONFLICT', `Labels are requested once the order is packed (now: ${detail.step}).`);
    const short = detail.lines.filter((l) => l.packed < l.ordered);
    if (short.length > 0) throw new StationError('VALIDATION', `Not everything is packed: ${short.map((l) => `${l.vendorProductIdentifier} ${l.packed}/${l.ordered}`).join(', ')}.`);
    const open = detail.packages.filter((p) => p.status === 'open');
    if (open.length > 0) throw new StationError('VALIDATION', `Close package ${open.map((p) => p.number).join(', ')} first (weight and size).`);
    this.db.transaction(() => {
      this.enqueue(orderId, detail.accountId, 'df.requestLabels');
      this.enqueue(orderId, detail.accountId, 'df.fetchLabels');
      this.audit.record('df.labels.request', `df:${orderId}`, { packages: detail.packages.length });
    }).immediate();
    this.kick();
    return this.repo.detail(orderId);
  }

  confirm(orderId: string): DfOrderDetail {
    const row = this.repo.row(orderId);
    if (row.step !== 'labelled') throw new StationError('CONFLICT', `An order is confirmed once its labels are printed (now: ${row.step}).`);
    this.db.transaction(() => {
      this.enqueue(orderId, row.account_id, 'df.confirm');
      this.audit.record('df.confirm', `df:${orderId}`, { po: row.purchase_order_number });
    }).immediate();
    this.kick();
    return this.repo.detail(orderId);
  }
}
