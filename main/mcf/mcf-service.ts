import { randomUUID } from 'node:crypto';
import type { McfAddress, McfItem, McfOrderDetail, McfSpeed } from '../../shared/ipc/mcf';
import { StationError } from '../core/errors';
import type { AccountsService } from '../accounts/accounts-service';
import type { AuditLog } from '../audit/audit-log';
import type { OutboxStore } from '../sync/outbox-store';
import type { CatalogueService } from '../inbound/catalogue-service';
import type { McfOrdersRepo } from './mcf-orders';

export interface ItemInput {
  code: string;
  quantity: number;
}

export interface CreateInput {
  accountId: string;
  destination: McfAddress;
  items: ItemInput[];
  shippingSpeed: McfSpeed;
  displayableOrderId?: string;
  comment?: string;
  hold?: boolean;
}

export interface UpdateInput {
  destination?: McfAddress;
  shippingSpeed?: McfSpeed;
  comment?: string;
  quantities?: { sellerFulfillmentOrderItemId: string; quantity: number }[];
  release?: boolean;
}

/** Multi-Channel Fulfillment orders at the station: each change is one local transaction with its outbox entry. */
export class McfService {
  constructor(
    readonly repo: McfOrdersRepo,
    private readonly accounts: AccountsService,
    private readonly catalogue: CatalogueService,
    private readonly outbox: OutboxStore,
    private readonly audit: AuditLog,
    private readonly kick: () => void,
  ) {}

  private get db() {
    return this.repo.db;
  }

  private seller(accountId: string): void {
    if (this.accounts.get(accountId).type !== 'seller') throw new StationError('VALIDATION', 'Multi-Channel Fulfillment orders ship from a seller account’s FBA stock.');
  }

  /** Resolves scanned or typed codes through the seller's catalogue; the same SKU twice becomes one line. */
  resolveItems(accountId: string, items: ItemInput[]): McfItem[] {
    this.seller(accountId);
    const lines: McfItem[] = [];
    for (const input of items) {
      const resolved = this.catalogue.resolve(accountId, input.code);
      if (!resolved.ok) throw new StationError('VALIDATION', resolved.message, { code: resolved.code, input: input.code.trim().slice(0, 64) });
      const same = lines.find((l) => l.sellerSku === resolved.item.msku);
      if (same) same.quantity += input.quantity;
      else lines.push({ sellerFulfillmentOrderItemId: String(lines.length + 1), sellerSku: resolved.item.msku, fnsku: resolved.item.fnsku, title: resolved.item.title, quantity: input.quantity });
    }
    return lines;
  }

  create(input: CreateInput): McfOrderDetail {
    const items = this.resolveItems(input.accountId, input.items);
    const id = randomUUID();
    // Amazon allows 40 characters; the station's id is unique and is how a lost reply is recognised later.
    const sellerFulfillmentOrderId = `PB-${Date.now().toString(36).toUpperCase()}-${randomUUID().slice(0, 8).toUpperCase()}`;
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO mcf_orders (id, account_id, seller_fulfillment_order_id, displayable_order_id, displayable_comment, shipping_speed, fulfillment_action,
             destination, step, items, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'creating', ?, ?, ?)`,
        )
        .run(id, input.accountId, sellerFulfillmentOrderId, input.displayableOrderId ?? sellerFulfillmentOrderId, input.comment ?? '', input.shippingSpeed,
          input.hold ? 'Hold' : 'Ship', this.repo.seal(input.destination), JSON.stringify(items), Date.now(), Date.now());
      this.outbox.enqueue({ accountId: input.accountId, entity: `mcf:${id}`, op: 'mcf.create', payload: { orderId: id } });
      this.audit.record('mcf.create', `mcf:${id}`, { sellerFulfillmentOrderId, speed: input.shippingSpeed, units: items.reduce((n, i) => n + i.quantity, 0) });
    }).immediate();
    this.kick();
    return this.repo.detail(id);
  }

  update(orderId: string, input: UpdateInput): McfOrderDetail {
    this.db.transaction(() => {
      const row = this.repo.row(orderId);
      if (row.step !== 'creating' && row.step !== 'open') throw new StationError('CONFLICT', `Order ${row.displayable_order_id} is ${row.step}; it can no longer change.`);
      if (row.amazon_status && !['New', 'Received', 'Planning'].includes(row.amazon_status)) {
        throw new StationError('CONFLICT', `Amazon is already ${row.amazon_status.toLowerCase()} order ${row.displayable_order_id}; it can no longer change.`);
      }
      const items = this.repo.items(row);
      for (const q of input.quantities ?? []) {
        const item = items.find((i) => i.sellerFulfillmentOrderItemId === q.sellerFulfillmentOrderItemId);
        if (!item) throw new StationError('NOT_FOUND', `Order ${row.displayable_order_id} has no item ${q.sellerFulfillmentOrderItemId}.`);
        item.quantity = q.quantity;
      }
      if (input.release && row.fulfillment_action !== 'Hold') throw new StationError('CONFLICT', `Order ${row.displayable_order_id} is not on hold.`);
      this.repo.set(orderId, {
        items: JSON.stringify(items),
        ...(input.destination ? { destination: this.repo.seal(input.destination) } : {}),
        ...(input.shippingSpeed ? { shipping_speed: input.shippingSpeed } : {}),
        ...(input.comment !== undefined ? { displayable_comment: input.comment } : {}),
        ...(input.release ? { fulfillment_action: 'Ship' as const } : {}),
      });
      // Before the order reaches Amazon, its create entry sends the new state; afterwards an update entry does.
      if (row.step === 'open') this.outbox.enqueue({ accountId: row.account_id, entity: `mcf:${orderId}`, op: 'mcf.update', payload: { orderId }, coalesce: true });
      this.audit.record('mcf.update', `mcf:${orderId}`, { fields: Object.keys(input).filter((k) => input[k as keyof UpdateInput] !== undefined) });
    }).immediate();
    this.kick();
    return this.repo.detail(orderId);
  }

  cancel(orderId: string): McfOrderDetail {
    this.db.transaction(() => {
      const row = this.repo.row(orderId);
      if (row.step === 'cancelling' || row.step === 'cancelled') throw new StationError('CONFLICT', `Order ${row.displayable_order_id} is already ${row.step}.`);
      if (row.step !== 'creating' && row.step !== 'open') throw new StationError('CONFLICT', `Order ${row.displayable_order_id} is ${row.step}; it can no longer be cancelled.`);
      this.repo.set(orderId, { step: 'cancelling' });
      this.outbox.enqueue({ accountId: row.account_id, entity: `mcf:${orderId}`, op: 'mcf.cancel', payload: { orderId } });
      this.audit.record('mcf.cancel', `mcf:${orderId}`, { sellerFulfillmentOrderId: row.seller_fulfillment_order_id });
    }).immediate();
    this.kick();
    return this.repo.detail(orderId);
  }
}
