import { z } from 'zod';
import type { OutboxHandler } from '../sync/outcome';
import type { OperationPoller } from '../sync/sync-registry';
import type { SyncRegistry } from '../sync/sync-registry';
import type { SpApiCaller } from '../spapi/client-types';
import type { SecretCipher } from '../security/secret-cipher';
import { SpApiError } from '../spapi/errors';
import { DF_ORDERS_API, DF_SHIPPING_API, DF_TRANSACTIONS_API, type DfOrderRow, type DfOrdersRepo } from './df-orders';

const OrderPayload = z.object({ orderId: z.string() });
type Order = { orderId: string };

interface LabelBody {
  labelFormat?: 'PNG' | 'ZPL';
  labelData?: { packageIdentifier?: string; trackingNumber?: string; content?: string }[];
}

const containerId = (row: DfOrderRow, number: number) => `${row.purchase_order_number}-${number}`;

function parties(row: DfOrderRow) {
  return { sellingParty: { partyId: row.selling_party }, shipFromParty: { partyId: row.ship_from_party } };
}

function containers(repo: DfOrdersRepo, row: DfOrderRow) {
  const items = repo.items(row);
  return repo.packages(row.id).map((p) => ({
    containerType: 'Carton',
    containerIdentifier: containerId(row, p.number),
    ...(p.trackingNumber ? { trackingNumber: p.trackingNumber } : {}),
    ...(row.ship_method ? { shipMethod: row.ship_method } : {}),
    weight: { unitOfMeasure: p.weight!.unit, value: String(p.weight!.value) },
    dimensions: { length: String(p.dimensions!.length), width: String(p.dimensions!.width), height: String(p.dimensions!.height), unitOfMeasure: p.dimensions!.unit },
    packedItems: p.lines.map((l) => ({
      itemSequenceNumber: Number(l.itemSequenceNumber),
      ...(items.find((i) => i.itemSequenceNumber === l.itemSequenceNumber)?.vendorProductIdentifier ? { vendorProductIdentifier: items.find((i) => i.itemSequenceNumber === l.itemSequenceNumber)!.vendorProductIdentifier! } : {}),
      packedQuantity: { amount: l.quantity, unitOfMeasure: 'Each' },
    })),
  }));
}

async function amazonStatus(caller: SpApiCaller, po: string): Promise<string | undefined> {
  const { body } = await caller.call<{ orderDetails?: { orderStatus?: string } }>(DF_ORDERS_API, 'getOrder', { path: { purchaseOrderNumber: po } });
  return body.orderDetails?.orderStatus;
}

/** DF outbox ops: acknowledgement, label request and fetch, shipment confirmation; each looks at Amazon first when in doubt. */
export function registerDfSync(registry: SyncRegistry, repo: DfOrdersRepo, cipher: SecretCipher, callerFor: (accountId: string) => SpApiCaller): void {
  const step = (
    alreadyDone: (caller: SpApiCaller, row: DfOrderRow) => Promise<boolean>,
    send: (caller: SpApiCaller, row: DfOrderRow) => Promise<{ transactionId: string }>,
    finished?: (row: DfOrderRow) => void,
  ): OutboxHandler<Order> => ({
    payload: OrderPayload,
    async send({ payload, inDoubt }) {
      const row = repo.row(payload.orderId);
      const caller = callerFor(row.account_id);
      if (inDoubt && (await alreadyDone(caller, row))) {
        finished?.(row);
        return { kind: 'done' };
      }
      const { transactionId } = await send(caller, row);
      return { kind: 'await-operation', operationId: transactionId };
    },
    operationFinished(ctx, status) {
      if (status === 'SUCCESS') finished?.(repo.row(ctx.payload.orderId));
    },
  });

  registry.register(
    'df.acknowledge',
    step(
      async (caller, row) => ['ACKNOWLEDGED', 'SHIPPED'].includes((await amazonStatus(caller, row.purchase_order_number)) ?? ''),
      async (caller, row) =>
        (
          await caller.call<{ transactionId: string }>(DF_ORDERS_API, 'submitAcknowledgement', {
            body: {
              orderAcknowledgements: [
                {
                  purchaseOrderNumber: row.purchase_order_number,
                  vendorOrderNumber: `PB-${row.purchase_order_number}`,
                  acknowledgementDate: new Date().toISOString(),
                  acknowledgementStatus: { code: '00', description: 'Shipping 100 percent of ordered product' },
                  ...parties(row),
                  itemAcknowledgements: repo.items(row).map((i) => ({
                    itemSequenceNumber: i.itemSequenceNumber,
                    ...(i.vendorProductIdentifier ? { vendorProductIdentifier: i.vendorProductIdentifier } : {}),
                    acknowledgedQuantity: { amount: i.ordered, unitOfMeasure: 'Each' },
                  })),
                },
              ],
            },
          })
        ).body,
    ),
  );

  const labelsReady = async (caller: SpApiCaller, row: DfOrderRow) => {
    try {
      await caller.call(DF_SHIPPING_API, 'getShippingLabel', { path: { purchaseOrderNumber: row.purchase_order_number } });
      return true;
    } catch (error) {
      if (error instanceof SpApiError && error.status === 404) return false;
      throw error;
    }
  };

  registry.register(
    'df.requestLabels',
    step(labelsReady, async (caller, row) =>
      (
        await caller.call<{ transactionId: string }>(DF_SHIPPING_API, 'submitShippingLabelRequest', {
          body: { shippingLabelRequests: [{ purchaseOrderNumber: row.purchase_order_number, ...parties(row), containers: containers(repo, row) }] },
        })
      ).body,
    ),
  );

  registry.register<Order>('df.fetchLabels', {
    payload: OrderPayload,
    async send({ payload }) {
      const row = repo.row(payload.orderId);
      let body: LabelBody;
      try {
        body = (await callerFor(row.account_id).call<LabelBody>(DF_SHIPPING_API, 'getShippingLabel', { path: { purchaseOrderNumber: row.purchase_order_number } })).body;
      } catch (error) {
        if (error instanceof SpApiError && error.status === 404) return { kind: 'retry', reason: 'Amazon has not made the labels yet', afterMs: 2000 };
        throw error;
      }
      const packages = repo.packages(row.id);
      const save = repo.db.prepare('UPDATE df_packages SET tracking_number = ?, label = ?, label_format = ?, updated_at = ? WHERE id = ?');
      repo.db.transaction(() => {
        (body.labelData ?? []).forEach((data, index) => {
          const pkg = packages.find((p) => containerId(row, p.number) === data.packageIdentifier) ?? packages[index];
          if (!pkg || !data.content) return;
          save.run(data.trackingNumber ?? null, cipher.encrypt(data.content), body.labelFormat ?? 'PNG', Date.now(), pkg.id);
        });
        repo.setStep(row.id, 'labelled');
      })();
      return { kind: 'done' };
    },
  });

  registry.register(
    'df.confirm',
    step(
      async (caller, row) => (await amazonStatus(caller, row.purchase_order_number)) === 'SHIPPED',
      async (caller, row) =>
        (
          await caller.call<{ transactionId: string }>(DF_SHIPPING_API, 'submitShipmentConfirmations', {
            body: {
              shipmentConfirmations: [
                {
                  purchaseOrderNumber: row.purchase_order_number,
                  shipmentDetails: { shippedDate: new Date().toISOString(), shipmentStatus: 'SHIPPED' },
                  ...parties(row),
                  items: repo.items(row).map((i) => ({
                    itemSequenceNumber: Number(i.itemSequenceNumber),
                    ...(i.vendorProductIdentifier ? { vendorProductIdentifier: i.vendorProductIdentifier } : {}),
                    shippedQuantity: { amount: i.ordered, unitOfMeasure: 'Each' },
                  })),
                  containers: containers(repo, row),
                },
              ],
            },
          })
        ).body,
      (row) => repo.setStep(row.id, 'shipped', { confirmed_at: Date.now(), amazon_status: 'SHIPPED' }),
    ),
  );

  registry.registerPoller('df', dfTransactionPoller);
}

/** Follows DF transactions (acknowledgements, label requests, confirmations) with getTransactionStatus. */
export const dfTransactionPoller: OperationPoller = async (operation, caller) => {
  const { body } = await caller.call<{ transactionStatus?: { status?: string; errors?: { errors?: { code: string; message: string; details?: string }[] } } }>(
    DF_TRANSACTIONS_API,
    'getTransactionStatus',
    { path: { transactionId: operation.operationId } },
  );
  const status = body.transactionStatus?.status;
  const problems = (body.transactionStatus?.errors?.errors ?? []).map((e) => ({ code: e.code, message: e.message, ...(e.details ? { details: e.details } : {}), severity: 'ERROR' as const }));
  return { status: status === 'Success' ? 'SUCCESS' : status === 'Failure' ? 'FAILED' : 'IN_PROGRESS', problems };
};
