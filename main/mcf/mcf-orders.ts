import type { Db } from '../db/database';
import type { SecretCipher } from '../security/secret-cipher';
import type { AuditLog } from '../audit/audit-log';
import { McfAddress, type McfItem, type McfOrderDetail, type McfOrderSummary, type McfPackage, type McfSpeed, type McfStep } from '../../shared/ipc/mcf';
import { notFound } from '../core/errors';

export const MCF_PERSONAL_DATA_RETENTION_MS = 30 * 86_400_000;

export interface McfOrderRow {
  id: string;
  account_id: string;
  seller_fulfillment_order_id: string;
  displayable_order_id: string;
  displayable_comment: string;
  shipping_speed: McfSpeed;
  fulfillment_action: 'Ship' | 'Hold';
  destination: Buffer | null;
  step: McfStep;
  amazon_status: string | null;
  items: string;
  packages: string;
  refreshed_at: number | null;
  completed_at: number | null;
  personal_data_erased_at: number | null;
  created_at: number;
  updated_at: number;
}

/** Amazon's finished fulfillment order statuses, and the station step each one ends in. */
export const FINISHED: Record<string, McfStep> = { Complete: 'complete', CompletePartialled: 'complete', Cancelled: 'cancelled', Unfulfillable: 'unfulfillable', Invalid: 'unfulfillable' };

/** MCF orders in the station's store; the recipient's address is sealed with the station's cipher. */
export class McfOrdersRepo {
  constructor(
    readonly db: Db,
    private readonly cipher: SecretCipher,
  ) {}

  row(orderId: string): McfOrderRow {
    const row = this.db.prepare('SELECT * FROM mcf_orders WHERE id = ?').get(orderId) as McfOrderRow | undefined;
    if (!row) throw notFound(`MCF order ${orderId}`);
    return row;
  }

  items(row: McfOrderRow): McfItem[] {
    return JSON.parse(row.items) as McfItem[];
  }

  seal(address: McfAddress): Buffer {
    return this.cipher.encrypt(JSON.stringify(address));
  }

  destination(row: McfOrderRow): McfAddress | null {
    return row.destination ? McfAddress.parse(JSON.parse(this.cipher.decrypt(row.destination))) : null;
  }

  set(orderId: string, fields: Partial<Pick<McfOrderRow, 'step' | 'amazon_status' | 'packages' | 'refreshed_at' | 'completed_at' | 'destination' | 'shipping_speed' | 'displayable_comment' | 'fulfillment_action' | 'items'>>): void {
    const keys = Object.keys(fields);
    const sets = ['updated_at = @at', ...keys.map((k) => `${k} = @${k}`)];
    this.db.prepare(`UPDATE mcf_orders SET ${sets.join(', ')} WHERE id = @id`).run({ at: Date.now(), id: orderId, ...fields });
  }

  /** Amazon's status: a finished one moves the step on and starts the personal-data clock; a pending cancellation is kept. */
  applyStatus(orderId: string, status: string, packages?: McfPackage[]): void {
    const row = this.row(orderId);
    const finished = FINISHED[status];
    const step: McfStep = finished ?? (row.step === 'creating' ? 'open' : row.step);
    this.set(orderId, {
      amazon_status: status,
      step,
      refreshed_at: Date.now(),
      ...(packages ? { packages: JSON.stringify(packages) } : {}),
      ...(finished && row.completed_at === null ? { completed_at: Date.now() } : {}),
    });
  }

  summary(row: McfOrderRow): McfOrderSummary {
    const sync = this.db
      .prepare(
        `SELECT sum(state IN ('pending', 'waiting')) AS pending, sum(state = 'failed') AS failed,
                (SELECT json_extract(last_error, '$.message') FROM outbox WHERE entity = @e AND state = 'failed' ORDER BY id LIMIT 1) AS lastError
         FROM outbox WHERE entity = @e`,
      )
      .get({ e: `mcf:${row.id}` }) as { pending: number | null; failed: number | null; lastError: string | null };
    return {
      id: row.id,
      accountId: row.account_id,
      sellerFulfillmentOrderId: row.seller_fulfillment_order_id,
      displayableOrderId: row.displayable_order_id,
      shippingSpeed: row.shipping_speed,
      fulfillmentAction: row.fulfillment_action,
      step: row.step,
      amazonStatus: row.amazon_status,
      units: this.items(row).reduce((n, i) => n + i.quantity, 0),
      packages: JSON.parse(row.packages) as McfPackage[],
      createdAt: row.created_at,
      refreshedAt: row.refreshed_at,
      completedAt: row.completed_at,
      sync: { pending: sync.pending ?? 0, failed: sync.failed ?? 0, lastError: sync.lastError },
    };
  }

  detail(orderId: string): McfOrderDetail {
    const row = this.row(orderId);
    return { ...this.summary(row), comment: row.displayable_comment, destination: this.destination(row), items: this.items(row) };
  }

  list(filter: { accountId?: string; query?: string; step?: McfStep } = {}): McfOrderSummary[] {
    const q = filter.query?.trim();
    const rows = this.db
      .prepare(
        `SELECT o.* FROM mcf_orders o
         WHERE (@account IS NULL OR o.account_id = @account) AND (@step IS NULL OR o.step = @step)
           AND (@q IS NULL OR o.seller_fulfillment_order_id = @q OR o.displayable_order_id = @q
                OR EXISTS (SELECT 1 FROM json_each(o.packages) p WHERE json_extract(p.value, '$.trackingNumber') = @q)
                OR EXISTS (SELECT 1 FROM json_each(o.items) i WHERE json_extract(i.value, '$.sellerSku') = @q))
         ORDER BY o.created_at DESC LIMIT 500`,
      )
      .all({ account: filter.accountId ?? null, step: filter.step ?? null, q: q || null }) as McfOrderRow[];
    return rows.map((r) => this.summary(r));
  }
}

/**
 * The recipient's name, address and phone are kept no longer than 30 days after the order finished (completed,
 * cancelled or unfulfillable), as for Direct Fulfillment customers.
 */
export function eraseMcfPersonalData(repo: McfOrdersRepo, audit: AuditLog, now = Date.now()): number {
  const erased = repo.db
    .prepare('UPDATE mcf_orders SET destination = NULL, personal_data_erased_at = ? WHERE completed_at IS NOT NULL AND completed_at < ? AND destination IS NOT NULL')
    .run(now, now - MCF_PERSONAL_DATA_RETENTION_MS).changes;
  if (erased > 0) audit.record('mcf.personal-data.erase', null, { orders: erased });
  return erased;
}
