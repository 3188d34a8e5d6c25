import { z } from 'zod';
import type { OutboxHandler } from '../sync/outcome';
import type { OperationPoller } from '../sync/sync-registry';
import type { SyncRegistry } from '../sync/sync-registry';
import type { SecretCipher } from '../security/secret-cipher';
import { SpApiError } from '../spapi/errors';
import type { DfOrderRow, DfOrdersRepo } from './df-orders';
import { DfAmazon } from './df-api';
import type { SpApiCaller } from '../spapi/client-types';
import type { DfApiVersion } from '../../shared/ipc/vendor-df';
import { registerDfStatusUpdateSync } from './df-status-sync';

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

function containers(repo: DfOrdersRepo, row: DfOrderRow, amazon: DfAmazon) {
  const items = repo.items(row);
  return repo.packages(row.id).map((p) => ({
    containerType: amazon.containerType(),
    containerIdentifier: containerId(row, p.number),
    ...(p.trackingNumber ? { trackingNumber: p.trackingNumber } : {}),
    ...(row.ship_method ? { shipMethod: row.ship_method } : {}),
    // Vendor-own-carrier shipments name the carrier: SCAC for North America, the carrier's name for Europe.
    ...(row.own_carrier_scac ? { scacCode: row.own_carrier_scac } : {}),
    ...(row.own_carrier ? { carrier: row.own_carrier } : {}),
    weight: { unitOfMeasure: p.weight!.unit, value: String(p.weight!.value) },
    dimensions: { length: String(p.dimensions!.length), width: String(p.dimensions!.width), height: String(p.dimensions!.height), unitOfMeasure: p.dimensions!.unit },
    packedItems: p.lines.map((l) => ({
      itemSequenceNumber: Number(l.itemSequenceNumber),
      ...(items.find((i) => i.itemSequenceNumber === l.itemSequenceNumber)?.vendorProductIdentifier ? { vendorProductIdentifier: items.find((i) => i.itemSequenceNumber === l.itemSequenceNumber)!.vendorProductIdentifier! } : {}),
      packedQuantity: { amount: l.quantity, unitOfMeasure: 'Each' },
    })),
  }));
}

async function amazonStatus(amazon: DfAmazon, po: string): Promise<string | undefined> {
  const body = await amazon.call<{ orderDetails?: { orderStatus?: string } }>('orders', 'getOrder', { path: { purchaseOrderNumber: po } });
  return body.orderDetails?.orderStatus;
}

/**
 * DF outbox ops: acknowledgement, label request and fetch, shipment confirmation; each looks at Amazon first when in
 * doubt. Each account's calls go out in its DF API version (v1 or 2021-12-28).
 */
export function registerDfSync(
  registry: SyncRegistry,
  repo: DfOrdersRepo,
  cipher: SecretCipher,
  callerFor: (accountId: string) => SpApiCaller,
  versionOf: (accountId: string) => DfApiVersion,
): void {
  const amazonFor = (accountId: string) => new DfAmazon(callerFor(accountId), versionOf(accountId));
  const step = (
    alreadyDone: (amazon: DfAmazon, row: DfOrderRow) => Promise<boolean>,
    send: (amazon: DfAmazon, row: DfOrderRow) => Promise<{ transactionId?: string }>,
    finished?: (row: DfOrderRow) => void,
  ): OutboxHandler<Order> => ({
    payload: OrderPayload,
    async send({ payload, inDoubt }) {
      const row = repo.row(payload.orderId);
      const amazon = amazonFor(row.account_id);
      if (inDoubt && (await alreadyDone(amazon, row))) {
        finished?.(row);
        return { kind: 'done' };
      }
      const { transactionId } = await send(amazon, row);
      if (!transactionId) throw new Error(`Amazon accepted the request for ${row.purchase_order_number} without a transaction id to follow.`);
      return { kind: 'await-operation', operationId: transactionId };
    },
    operationFinished(ctx, status) {
      if (status === 'SUCCESS') finished?.(repo.row(ctx.payload.orderId));
    },
  });

  registry.register(
    'df.acknowledge',
    step(
      async (amazon, row) => ['ACKNOWLEDGED', 'SHIPPED'].includes((await amazonStatus(amazon, row.purchase_order_number)) ?? ''),
      (amazon, row) =>
        amazon.call<{ transactionId?: string }>('orders', 'submitAcknowledgement', {
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
        }),
    ),
  );

  const labelsReady = async (amazon: DfAmazon, row: DfOrderRow) => {
    try {
      await amazon.call('shipping', 'getShippingLabel', { path: { purchaseOrderNumber: row.purchase_order_number } });
      return true;
    } catch (error) {
      if (error instanceof SpApiError && error.status === 404) return false;
      throw error;
    }
  };

  registry.register(
    'df.requestLabels',
    step(labelsReady, (amazon, row) =>
      amazon.call<{ transactionId?: string }>('shipping', 'submitShippingLabelRequest', {
        body: { shippingLabelRequests: [{ purchaseOrderNumber: row.purchase_order_number, ...parties(row), containers: containers(repo, row, amazon) }] },
      }),
    ),
  );

  registry.register<Order>('df.fetchLabels', {
    payload: OrderPayload,
    async send({ payload }) {
      const row = repo.row(payload.orderId);
      let body: LabelBody;
      try {
        body = await amazonFor(row.account_id).call<LabelBody>('shipping', 'getShippingLabel', { path: { purchaseOrderNumber: row.purchase_order_number } });
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
      async (amazon, row) => (await amazonStatus(amazon, row.purchase_order_number)) === 'SHIPPED',
      (amazon, row) =>
        amazon.call<{ transactionId?: string }>('shipping', 'submitShipmentConfirmations', {
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
                containers: containers(repo, row, amazon),
              },
            ],
          },
        }),
      (row) => repo.setStep(row.id, 'shipped', { confirmed_at: Date.now(), amazon_status: 'SHIPPED' }),
    ),
  );

  registerDfStatusUpdateSync(registry, repo, amazonFor);
  registry.registerPoller('df', dfTransactionPoller(versionOf));
}

type TransactionError = { code: string; message: string; details?: string };

/**
 * Follows DF transactions (acknowledgements, label requests, confirmations) with getTransactionStatus in the account's
 * API version; 2021-12-28 nests the errors one level deeper than v1.
 */
export function dfTransactionPoller(versionOf: (accountId: string) => DfApiVersion): OperationPoller {
  return async (operation, caller) => {
    const body = await new DfAmazon(caller, versionOf(operation.accountId)).call<{ transactionStatus?: { status?: string; errors?: { errors?: TransactionError[] } | TransactionError[] } }>(
      'transactions',
      'getTransactionStatus',
      { path: { transactionId: operation.operationId } },
    );
    const status = body.transactionStatus?.status;
    const errors = body.transactionStatus?.errors;
    const list = Array.isArray(errors) ? errors : (errors?.errors ?? []);
    const problems = list.map((e) => ({ code: e.code, message: e.message, ...(e.details ? { details: e.details } : {}), severity: 'ERROR' as const }));
    return { status: status === 'Success' ? 'SUCCESS' : status === 'Failure' ? 'FAILED' : 'IN_PROGRESS', problems };
  };
}
