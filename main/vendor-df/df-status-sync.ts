import type { SyncRegistry } from '../sync/sync-registry';
import { classifyError } from '../sync/outcome';
import type { DfAmazon } from './df-api';
import type { DfOrdersRepo } from './df-orders';
import { finishStatusUpdate, statusUpdateRow, StatusUpdatePayload } from './df-status-updates';
import { DfStatusLocation } from '../../shared/vendor-df/shipment-status';

/**
 * Sends one vendor-own-carrier status update with submitShipmentStatusUpdates and follows its transaction.
 *
 * Amazon offers no read of the status updates it holds, so an attempt in doubt cannot look first. The body is built
 * from the stored row, so a repeat carries the same tracking number, status, reason and status time: it reports the
 * same carrier event again rather than a new one, and Amazon's tracking keeps one event per package, status and time.
 */
export function registerDfStatusUpdateSync(registry: SyncRegistry, repo: DfOrdersRepo, amazonFor: (accountId: string) => DfAmazon): void {
  registry.register('df.statusUpdate', {
    payload: StatusUpdatePayload,
    async send({ payload }) {
      const row = repo.row(payload.orderId);
      const update = statusUpdateRow(repo.db, payload.updateId);
      const location = DfStatusLocation.parse(JSON.parse(update.location));
      let reply: { transactionId?: string };
      try {
        reply = await amazonFor(row.account_id).call<{ transactionId?: string }>('shipping', 'submitShipmentStatusUpdates', {
          body: {
            shipmentStatusUpdates: [
              {
                purchaseOrderNumber: row.purchase_order_number,
                sellingParty: { partyId: row.selling_party },
                shipFromParty: { partyId: row.ship_from_party },
                statusUpdateDetails: {
                  trackingNumber: update.tracking_number,
                  statusCode: update.status_code,
                  reasonCode: update.reason_code,
                  statusDateTime: update.status_date_time,
                  statusLocationAddress: location,
                  ...(update.estimated_delivery ? { shipmentSchedule: { estimatedDeliveryDateTime: update.estimated_delivery } } : {}),
                },
              },
            ],
          },
        });
      } catch (error) {
        const kind = classifyError(error);
        if (kind.kind === 'permanent') finishStatusUpdate(repo.db, update.id, 'failure', kind.error.message);
        throw error;
      }
      if (!reply.transactionId) throw new Error(`Amazon accepted the status update of ${row.purchase_order_number} without a transaction id to follow.`);
      return { kind: 'await-operation', operationId: reply.transactionId };
    },
    operationFinished(ctx, status, problems) {
      const message = problems.map((p) => p.message).join(' ') || null;
      finishStatusUpdate(repo.db, ctx.payload.updateId, status === 'SUCCESS' ? 'success' : 'failure', status === 'SUCCESS' ? null : (message ?? 'Amazon refused the status update.'));
    },
  });
}
