import type { McfAddress, McfOrderDetail, McfPreviewResult, McfSpeed, McfTracking } from '../../shared/ipc/mcf';
import type { SpApiAccounts } from '../spapi/account-resolver';
import { fulfillmentOutbound } from '../spapi/api/fulfillment-outbound-2020-07-01';
import { SpApiError, SpApiNetworkError } from '../spapi/errors';
import { StationError } from '../core/errors';
import type { AuditLog } from '../audit/audit-log';
import type { McfOrdersRepo } from './mcf-orders';
import type { ItemInput, McfService } from './mcf-service';
import { address, amazonOrder, packagesOf } from './mcf-sync';

const OFFLINE = 'Amazon cannot be reached from this station right now';

/** What needs Amazon at the moment it is asked: the preview, a refresh of one order, package tracking. */
export class McfAmazon {
  constructor(
    private readonly service: McfService,
    private readonly repo: McfOrdersRepo,
    private readonly spapi: SpApiAccounts,
    private readonly audit: AuditLog,
  ) {}

  /** Turns "no network" into a message the packer can act on; other errors go on as they are. */
  private async online<T>(what: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof SpApiNetworkError) throw new StationError('UNAVAILABLE', `${OFFLINE}: ${what}`);
      if (error instanceof SpApiError && error.status === 400) throw new StationError('VALIDATION', `Amazon refused it: ${error.errors[0]?.message ?? error.message}`);
      throw error;
    }
  }

  async preview(accountId: string, destination: McfAddress, input: ItemInput[], speeds?: McfSpeed[]): Promise<McfPreviewResult> {
    const items = this.service.resolveItems(accountId, input);
    const body = await this.online('the preview (fees, dates and stock) needs the network. The order can still be created; it is sent once the station is back online.', () =>
      fulfillmentOutbound(this.spapi.caller(accountId)).getFulfillmentPreview({
        body: {
          address: address(destination),
          items: items.map((i) => ({ sellerSku: i.sellerSku, sellerFulfillmentOrderItemId: i.sellerFulfillmentOrderItemId, quantity: i.quantity })),
          ...(speeds ? { shippingSpeedCategories: speeds } : {}),
        },
      }),
    );
    const previews = (body.payload?.fulfillmentPreviews ?? []).map((p) => {
      const fees = (p.estimatedFees ?? []).map((f) => ({ name: f.name, amount: f.amount.value, currencyCode: f.amount.currencyCode }));
      const shipments = p.fulfillmentPreviewShipments ?? [];
      const earliest = (key: 'earliestShipDate' | 'earliestArrivalDate') => shipments.map((s) => s[key]).filter((d): d is string => !!d).sort()[0] ?? null;
      const latest = (key: 'latestShipDate' | 'latestArrivalDate') => shipments.map((s) => s[key]).filter((d): d is string => !!d).sort().at(-1) ?? null;
      const total = fees.reduce((sum, f) => sum + Math.round(Number(f.amount) * 100), 0);
      return {
        shippingSpeedCategory: p.shippingSpeedCategory,
        fulfillable: p.isFulfillable,
        fees,
        totalFee: fees.length > 0 ? { amount: (total / 100).toFixed(2), currencyCode: fees[0]!.currencyCode } : null,
        estimatedWeight: p.estimatedShippingWeight ? { value: String(p.estimatedShippingWeight.value), unit: p.estimatedShippingWeight.unit } : null,
        earliestShipDate: earliest('earliestShipDate'),
        latestShipDate: latest('latestShipDate'),
        earliestArrivalDate: earliest('earliestArrivalDate'),
        latestArrivalDate: latest('latestArrivalDate'),
        unfulfillableItems: (p.unfulfillablePreviewItems ?? []).map((u) => ({ sellerSku: u.sellerSku, quantity: u.quantity, reasons: u.itemUnfulfillableReasons ?? [] })),
        orderUnfulfillableReasons: p.orderUnfulfillableReasons ?? [],
      };
    });
    return { items, previews };
  }

  /** Reads the order back from Amazon; status and packages follow Amazon, the station's own pending changes stay queued. */
  async refresh(orderId: string): Promise<McfOrderDetail> {
    const row = this.repo.row(orderId);
    const found = await this.online('the order cannot be refreshed now.', () => amazonOrder(this.spapi.caller(row.account_id), row.seller_fulfillment_order_id));
    if (!found) {
      if (row.step === 'creating') throw new StationError('CONFLICT', `Order ${row.displayable_order_id} has not reached Amazon yet; it is waiting in the outbox.`);
      throw new StationError('NOT_FOUND', `Amazon does not know order ${row.seller_fulfillment_order_id}.`);
    }
    const status = found.fulfillmentOrder.fulfillmentOrderStatus;
    this.repo.db.transaction(() => {
      if (this.repo.row(orderId).step !== 'cancelling') this.repo.applyStatus(orderId, status, packagesOf(found.fulfillmentShipments));
      else this.repo.set(orderId, { packages: JSON.stringify(packagesOf(found.fulfillmentShipments)), refreshed_at: Date.now(), amazon_status: status });
    })();
    this.audit.record('mcf.refresh', `mcf:${orderId}`, { status });
    return this.repo.detail(orderId);
  }

  /** Refreshes every order Amazon has and that is not finished yet (for the list's "Sync now"); stops at the first network failure. */
  async refreshOpen(accountId?: string): Promise<{ refreshed: number; failed: { orderId: string; message: string }[] }> {
    const open = this.repo.list(accountId ? { accountId } : {}).filter((o) => o.step === 'open' || o.step === 'cancelling');
    const failed: { orderId: string; message: string }[] = [];
    let refreshed = 0;
    for (const order of open) {
      try {
        await this.refresh(order.id);
        refreshed++;
      } catch (error) {
        if (error instanceof StationError && error.code === 'UNAVAILABLE') throw error;
        failed.push({ orderId: order.id, message: error instanceof Error ? error.message : String(error) });
      }
    }
    return { refreshed, failed };
  }

  async tracking(orderId: string): Promise<McfTracking[]> {
    const detail = this.repo.detail(orderId);
    if (detail.packages.length === 0) throw new StationError('CONFLICT', `Order ${detail.displayableOrderId} has no shipped packages yet: refresh it once Amazon has shipped it.`);
    const api = fulfillmentOutbound(this.spapi.caller(detail.accountId));
    const out: McfTracking[] = [];
    for (const pkg of detail.packages) {
      const body = await this.online('tracking needs the network.', () => api.getPackageTrackingDetails({ packageNumber: pkg.packageNumber }));
      const t = body.payload;
      out.push({
        packageNumber: pkg.packageNumber,
        trackingNumber: t?.trackingNumber ?? pkg.trackingNumber,
        carrierCode: t?.carrierCode ?? pkg.carrierCode,
        currentStatus: t?.currentStatus ?? null,
        shipDate: t?.shipDate ?? null,
        estimatedArrivalDate: t?.estimatedArrivalDate ?? pkg.estimatedArrivalDate,
        events: (t?.trackingEvents ?? []).map((e) => ({
          date: e.eventDate,
          code: e.eventCode,
          description: e.eventDescription,
          place: [e.eventAddress.city, e.eventAddress.state, e.eventAddress.country].filter(Boolean).join(', '),
        })),
      });
    }
    return out;
  }
}
