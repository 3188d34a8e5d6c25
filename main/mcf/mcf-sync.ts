import { z } from 'zod';
import type { CreateFulfillmentOrderRequest, UpdateFulfillmentOrderRequest } from '@sp-api-sdk/fulfillment-outbound-api-2020-07-01';
import type { SyncRegistry } from '../sync/sync-registry';
import type { OutboxOutcome } from '../sync/outcome';
import type { SpApiCaller } from '../spapi/client-types';
import { fulfillmentOutbound } from '../spapi/api/fulfillment-outbound-2020-07-01';
import { SpApiError } from '../spapi/errors';
import type { McfAddress, McfPackage } from '../../shared/ipc/mcf';
import type { McfOrderRow, McfOrdersRepo } from './mcf-orders';

const OrderPayload = z.object({ orderId: z.string() });
type Order = z.infer<typeof OrderPayload>;

/** The recipient as the model's Address: only the fields that hold something. */
export function address(a: McfAddress): McfAddress {
  const out: McfAddress = { name: a.name, addressLine1: a.addressLine1, city: a.city, postalCode: a.postalCode, countryCode: a.countryCode };
  for (const key of ['addressLine2', 'addressLine3', 'districtOrCounty', 'stateOrRegion', 'phone'] as const) if (a[key]) out[key] = a[key];
  return out;
}

function destinationOf(repo: McfOrdersRepo, row: McfOrderRow): McfAddress {
  const destination = repo.destination(row);
  if (!destination) throw new Error(`The recipient of order ${row.displayable_order_id} was erased; it cannot be sent`);
  return destination;
}

export function createRequest(repo: McfOrdersRepo, row: McfOrderRow): CreateFulfillmentOrderRequest {
  return {
    sellerFulfillmentOrderId: row.seller_fulfillment_order_id,
    displayableOrderId: row.displayable_order_id,
    displayableOrderDate: new Date(row.created_at).toISOString(),
    displayableOrderComment: row.displayable_comment || `Order ${row.displayable_order_id}`,
    shippingSpeedCategory: row.shipping_speed,
    destinationAddress: address(destinationOf(repo, row)),
    fulfillmentAction: row.fulfillment_action,
    items: repo.items(row).map((i) => ({ sellerSku: i.sellerSku, sellerFulfillmentOrderItemId: i.sellerFulfillmentOrderItemId, quantity: i.quantity })),
  };
}

/** Packages Amazon lists on a fulfillment order's shipments (none before it ships). */
export function packagesOf(shipments: { fulfillmentShipmentPackage?: { packageNumber: number; carrierCode?: string; trackingNumber?: string; estimatedArrivalDate?: string }[] }[] | undefined): McfPackage[] {
  return (shipments ?? []).flatMap((s) =>
    (s.fulfillmentShipmentPackage ?? []).map((p) => ({ packageNumber: p.packageNumber, carrierCode: p.carrierCode ?? null, trackingNumber: p.trackingNumber ?? null, estimatedArrivalDate: p.estimatedArrivalDate ?? null })),
  );
}

/** Amazon's view of the order, or null where it does not know the id. */
export async function amazonOrder(caller: SpApiCaller, sellerFulfillmentOrderId: string) {
  try {
    return (await fulfillmentOutbound(caller).getFulfillmentOrder({ sellerFulfillmentOrderId })).payload ?? null;
  } catch (error) {
    if (error instanceof SpApiError && error.status === 404) return null;
    throw error;
  }
}

/** A refusal Amazon gives with 400: the order stays as it is locally and the entry stops with Amazon's reason. */
function refused(error: unknown): OutboxOutcome | null {
  if (error instanceof SpApiError && error.status === 400) {
    return { kind: 'failed', error: { code: error.code ?? 'InvalidInput', message: error.errors[0]?.message ?? error.message } };
  }
  return null;
}

/** MCF outbox ops. Create and cancel look at Amazon first when a previous attempt's outcome is unknown. */
export function registerMcfSync(registry: SyncRegistry, repo: McfOrdersRepo, callerFor: (accountId: string) => SpApiCaller): void {
  registry.register<Order>('mcf.create', {
    payload: OrderPayload,
    async send({ payload, inDoubt }) {
      const row = repo.row(payload.orderId);
      const caller = callerFor(row.account_id);
      const existing = inDoubt ? await amazonOrder(caller, row.seller_fulfillment_order_id) : null;
      if (!existing) {
        try {
          await fulfillmentOutbound(caller).createFulfillmentOrder({ body: createRequest(repo, row) });
        } catch (error) {
          const outcome = refused(error);
          if (outcome) return outcome;
          throw error;
        }
      }
      const status = existing?.fulfillmentOrder.fulfillmentOrderStatus;
      repo.db.transaction(() => {
        if (status) repo.applyStatus(row.id, status, packagesOf(existing?.fulfillmentShipments));
        else if (repo.row(row.id).step === 'creating') repo.set(row.id, { step: 'open' });
      })();
      return { kind: 'done' };
    },
  });

  // An update sends the order's whole current state, so sending it twice does no harm.
  registry.register<Order>('mcf.update', {
    payload: OrderPayload,
    async send({ payload }) {
      const row = repo.row(payload.orderId);
      const body: UpdateFulfillmentOrderRequest = {
        displayableOrderComment: row.displayable_comment || `Order ${row.displayable_order_id}`,
        shippingSpeedCategory: row.shipping_speed,
        destinationAddress: address(destinationOf(repo, row)),
        fulfillmentAction: row.fulfillment_action,
        items: repo.items(row).map((i) => ({ sellerSku: i.sellerSku, sellerFulfillmentOrderItemId: i.sellerFulfillmentOrderItemId, quantity: i.quantity })),
      };
      try {
        await fulfillmentOutbound(callerFor(row.account_id)).updateFulfillmentOrder({ sellerFulfillmentOrderId: row.seller_fulfillment_order_id, body });
      } catch (error) {
        const outcome = refused(error);
        if (outcome) return outcome;
        throw error;
      }
      return { kind: 'done' };
    },
  });

  registry.register<Order>('mcf.cancel', {
    payload: OrderPayload,
    async send({ payload, inDoubt }) {
      const row = repo.row(payload.orderId);
      const caller = callerFor(row.account_id);
      const existing = inDoubt ? await amazonOrder(caller, row.seller_fulfillment_order_id) : null;
      if (existing?.fulfillmentOrder.fulfillmentOrderStatus !== 'Cancelled') {
        try {
          await fulfillmentOutbound(caller).cancelFulfillmentOrder({ sellerFulfillmentOrderId: row.seller_fulfillment_order_id });
        } catch (error) {
          const outcome = refused(error);
          if (outcome) {
            // Too late to cancel: the order goes on as Amazon has it.
            repo.set(row.id, { step: 'open' });
            return outcome;
          }
          throw error;
        }
      }
      repo.applyStatus(row.id, 'Cancelled');
      return { kind: 'done' };
    },
  });
}
