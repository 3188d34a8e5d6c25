import type { Catalogue } from '../catalogue';
import { invalidInput, notFound, unauthorized } from '../errors';
import type { IdFactory } from '../ids';
import type { PracticeAccount } from '../practice-accounts';
import { generateDfOrders, type DfOrder } from './vendor-data';

export interface DfTransaction {
  transactionId: string;
  accountId: string;
  completesAt: number;
  errors: { code: string; message: string; details?: string }[];
}

export interface DfLabel {
  purchaseOrderNumber: string;
  labelFormat: 'PNG' | 'ZPL';
  createdAt: number;
  visibleAt: number;
  packages: { packageIdentifier: string; trackingNumber: string; shipMethod: string; content: string }[];
}

/** A confirmed DF shipment; `packages` is absent from state files saved before packages were kept. */
export interface DfConfirmation {
  trackingNumbers: string[];
  shippedAt: number;
  packages?: {
    containerIdentifier: string;
    trackingNumber: string | null;
    carrier: string | null;
    scacCode: string | null;
    weight: { value: number; unit: 'KG' | 'LB' };
    dimensions: { length: number; width: number; height: number; unit: 'IN' | 'CM' } | null;
  }[];
}

/** One carrier event of a vendor-own-carrier package; older state files kept only tracking number, status and time. */
export interface DfStatusRecord {
  trackingNumber: string;
  statusCode: string;
  at: number;
  reasonCode?: string;
  statusDateTime?: string;
  location?: { city?: string; stateOrRegion?: string; postalCode?: string; countryCode: string };
  estimatedDeliveryDateTime?: string | null;
}

/** Vendor-side state: DF orders, asynchronous transactions, labels, confirmations and status updates. */
export class VendorStore {
  readonly orders: DfOrder[];
  readonly transactions = new Map<string, DfTransaction>();
  readonly labels = new Map<string, DfLabel>();
  readonly confirmations = new Map<string, DfConfirmation>();
  readonly statusUpdates = new Map<string, DfStatusRecord[]>();
  counts = { acknowledgements: 0, labelRequests: 0, shipmentConfirmations: 0, statusUpdates: 0 };

  constructor(
    seed: number,
    startMs: number,
    catalogue: Catalogue,
    private readonly ids: IdFactory,
    private readonly delayMs: number,
  ) {
    this.orders = generateDfOrders(seed, startMs, catalogue);
  }

  /** Vendor operations need a vendor account, as on Amazon where a seller lacks the vendor roles. */
  requireVendor(account: PracticeAccount): void {
    if (account.kind !== 'vendor') throw unauthorized('Access to requested resource is denied.', 'This operation needs a vendor account.');
  }

  order(purchaseOrderNumber: string, now: number): DfOrder {
    const order = this.orders.find((o) => o.purchaseOrderNumber === purchaseOrderNumber && o.createdAt <= now);
    if (!order) throw notFound(`Purchase order ${purchaseOrderNumber} was not found.`);
    return order;
  }

  startTransaction(accountId: string, now: number, errors: DfTransaction['errors']): DfTransaction {
    const transaction = { transactionId: this.ids.uuid(), accountId, completesAt: now + this.delayMs, errors };
    this.transactions.set(transaction.transactionId, transaction);
    return transaction;
  }

  transactionStatus(transactionId: string, accountId: string, now: number) {
    const t = this.transactions.get(transactionId);
    if (!t || t.accountId !== accountId) throw notFound(`Transaction ${transactionId} was not found.`);
    if (now < t.completesAt) return { transactionId, status: 'Processing' as const };
    if (t.errors.length > 0) return { transactionId, status: 'Failure' as const, errors: { errors: t.errors.map((e) => ({ ...e, details: e.details ?? '' })) } };
    return { transactionId, status: 'Success' as const };
  }

  /** Orders created in [after, before) and already arrived, for the list operations' mandatory date range. */
  ordersBetween(query: URLSearchParams, now: number): DfOrder[] {
    const after = Date.parse(query.get('createdAfter') ?? '');
    const before = Date.parse(query.get('createdBefore') ?? '');
    if (Number.isNaN(after) || Number.isNaN(before)) throw invalidInput('createdAfter and createdBefore must be ISO 8601 date-times.');
    if (before <= after) throw invalidInput('createdBefore must be after createdAfter.');
    if (before - after > 7 * 86_400_000) throw invalidInput('createdAfter and createdBefore may be at most 7 days apart.');
    const sortOrder = query.get('sortOrder') ?? 'ASC';
    if (!['ASC', 'DESC'].includes(sortOrder)) throw invalidInput(`sortOrder must be ASC or DESC, got "${sortOrder}".`);
    const list = this.orders.filter((o) => o.createdAt >= after && o.createdAt < before && o.createdAt <= now);
    return sortOrder === 'DESC' ? list.reverse() : list;
  }

  trackingNumber(shipMethod: string): string {
    if (shipMethod.startsWith('UPS')) return `1Z${this.ids.upper(6)}03${this.ids.digits(8)}`;
    if (shipMethod.startsWith('FEDEX')) return this.ids.digits(12);
    return `9400${this.ids.digits(18)}`;
  }
}
