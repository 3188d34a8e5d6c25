import { z } from 'zod';
import type { SyncRegistry, OperationPoller } from '../sync/sync-registry';
import type { SpApiCaller } from '../spapi/client-types';
import { vendorShipments } from '../spapi/api/vendor-shipments';
import { vendorTransactions } from '../spapi/api/vendor-transactions';
import type { ShipmentConfirmation, Weight, Dimensions, ContainerItem, Shipment as VendorShipment } from '../spapi/types/vendor-shipments';
import type { RetailContainer } from '../../shared/ipc/retail';
import type { RetailRepo } from './retail-repo';

const ShipmentPayload = z.object({ shipmentId: z.string() });
type Shipment = z.infer<typeof ShipmentPayload>;

const weightOf = (w: RetailContainer['weight']): Weight | undefined => (w ? { unitOfMeasure: w.unit === 'LB' ? 'Lb' : 'Kg', value: String(w.value) } : undefined);

/** Amazon's ASN dimensions have no centimetres: they go as metres. */
function dimensionsOf(d: RetailContainer['dimensions']): Dimensions | undefined {
  if (!d) return undefined;
  const v = (n: number) => String(d.unit === 'CM' ? Number((n / 100).toFixed(4)) : n);
  return { length: v(d.length), width: v(d.width), height: v(d.height), unitOfMeasure: d.unit === 'CM' ? 'Meter' : 'In' };
}

/** The ASN as Vendor Shipments' SubmitShipmentConfirmations takes it, built from the shipment's current local state. */
export function shipmentConfirmation(repo: RetailRepo, shipmentId: string, now = new Date()): ShipmentConfirmation {
  const row = repo.row(shipmentId);
  const settings = repo.requireSettings(row.account_id);
  const lines = repo.lines(shipmentId).filter((l) => l.packed > 0);
  const poOf = new Map(lines.map((l) => [l.itemSequenceNumber, l.purchaseOrderNumber]));
  const containers = repo.containers(shipmentId);
  const cartons = containers.filter((c) => c.kind === 'carton');
  const pallets = containers.filter((c) => c.kind === 'pallet');
  const items = (c: RetailContainer): ContainerItem[] =>
    c.lines.map((l) => ({ itemReference: l.itemSequenceNumber, shippedQuantity: { amount: l.quantity, unitOfMeasure: 'Eaches' }, itemDetails: { purchaseOrderNumber: poOf.get(l.itemSequenceNumber)! } }));
  const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));
  return {
    shipmentIdentifier: row.shipment_identifier,
    shipmentConfirmationType: 'Original',
    shipmentType: row.shipment_type,
    shipmentStructure: pallets.length > 0 ? 'PalletizedAssortmentCase' : 'LooseAssortmentCase',
    shipmentConfirmationDate: now.toISOString(),
    shippedDate: now.toISOString(),
    sellingParty: { partyId: settings.sellingParty },
    shipFromParty: { partyId: settings.shipFromParty },
    shipToParty: { partyId: row.ship_to_party },
    shipmentMeasurements: { cartonCount: cartons.length, palletCount: pallets.length },
    shippedItems: lines.map((l) => ({
      itemSequenceNumber: l.itemSequenceNumber,
      ...optional('amazonProductIdentifier', l.asin ?? undefined),
      vendorProductIdentifier: l.vendorSku,
      shippedQuantity: { amount: l.packed, unitOfMeasure: 'Eaches' },
      itemDetails: { purchaseOrderNumber: l.purchaseOrderNumber },
    })),
    cartons: cartons.map((c) => ({
      cartonIdentifiers: [{ containerIdentificationType: 'SSCC', containerIdentificationNumber: c.sscc }],
      cartonSequenceNumber: String(c.number),
      ...optional('dimensions', dimensionsOf(c.dimensions)),
      ...optional('weight', weightOf(c.weight)),
      ...optional('trackingNumber', c.trackingNumber ?? undefined),
      items: items(c),
    })),
    ...(pallets.length > 0
      ? {
          pallets: pallets.map((p) => ({
            palletIdentifiers: [{ containerIdentificationType: 'SSCC', containerIdentificationNumber: p.sscc }],
            ...optional('dimensions', dimensionsOf(p.dimensions)),
            ...optional('weight', weightOf(p.weight)),
            cartonReferenceDetails: {
              cartonCount: p.cartonIds.length,
              cartonReferenceNumbers: p.cartonIds.map((id) => String(cartons.find((c) => c.id === id)!.number)),
            },
          })),
        }
      : {}),
  };
}

/** A request for Amazon to collect the shipment (SubmitShipments, freight Collect): its cartons and pallets by SSCC. */
export function transportRequest(repo: RetailRepo, shipmentId: string, now = new Date()): VendorShipment {
  const row = repo.row(shipmentId);
  const settings = repo.requireSettings(row.account_id);
  const containers = repo.containers(shipmentId);
  const lines = repo.lines(shipmentId);
  return {
    vendorShipmentIdentifier: row.shipment_identifier,
    transactionType: 'New',
    transactionDate: now.toISOString(),
    shipmentFreightTerm: 'Collect',
    sellingParty: { partyId: settings.sellingParty },
    shipFromParty: { partyId: settings.shipFromParty },
    shipToParty: { partyId: row.ship_to_party },
    shipmentMeasurements: { totalCartonCount: containers.filter((c) => c.kind === 'carton').length },
    purchaseOrders: [...new Set(lines.map((l) => l.purchaseOrderNumber))].map((purchaseOrderNumber) => ({ purchaseOrderNumber })),
    containers: containers.map((c) => ({
      containerType: c.kind,
      containerSequenceNumber: String(c.number),
      containerIdentifiers: [{ containerIdentificationType: 'SSCC', containerIdentificationNumber: c.sscc }],
      ...(weightOf(c.weight) ? { weight: weightOf(c.weight)! } : {}),
      ...(dimensionsOf(c.dimensions) ? { dimensions: dimensionsOf(c.dimensions)! } : {}),
    })),
    transportationDetails: { shipMode: row.shipment_type },
  };
}

/**
 * Whether a refused ASN was refused only because its shipment identifier is already confirmed. The identifier is made
 * by the station for this one shipment and an original ASN is sent again only when an earlier attempt's fate was
 * unknown, so such a refusal means the earlier attempt reached Amazon: the ASN is there, once.
 */
export function alreadyConfirmed(errors: { message: string }[], shipmentIdentifier: string): boolean {
  return errors.length > 0 && errors.every((e) => e.message.includes(shipmentIdentifier) && /already (been )?confirmed/i.test(e.message));
}

/** The ASN outbox op and the follow-up of its transaction through Vendor Transaction Status. */
export function registerRetailSync(registry: SyncRegistry, repo: RetailRepo, callerFor: (accountId: string) => SpApiCaller): void {
  registry.register<Shipment>('retail.submitAsn', {
    payload: ShipmentPayload,
    async send({ payload, inDoubt }) {
      const row = repo.row(payload.shipmentId);
      const api = vendorShipments(callerFor(row.account_id));
      if (inDoubt) {
        // Look first: a shipment Amazon lists as Shipped under our identifier was confirmed (a transport request
        // alone stays at TransportationRequested or CarrierAssigned).
        const found = await api.GetShipmentDetails({ vendorShipmentIdentifier: row.shipment_identifier });
        if ((found.payload?.shipments ?? []).some((s) => s.vendorShipmentIdentifier === row.shipment_identifier && s.currentShipmentStatus === 'Shipped')) {
          repo.setStep(row.id, 'confirmed', { confirmed_at: Date.now() });
          return { kind: 'done' };
        }
      }
      const reply = await api.SubmitShipmentConfirmations({ body: { shipmentConfirmations: [shipmentConfirmation(repo, row.id)] } });
      const transactionId = reply.payload?.transactionId;
      if (!transactionId) throw new Error('Amazon accepted the ASN without a transaction id');
      return { kind: 'await-operation', operationId: transactionId };
    },
    operationFinished(ctx, status, problems) {
      if (status === 'SUCCESS') repo.setStep(ctx.payload.shipmentId, 'confirmed', { confirmed_at: Date.now() });
      else repo.setStep(ctx.payload.shipmentId, 'rejected', { problems: JSON.stringify(problems.map((p) => ({ code: p.code, message: p.message }))) });
    },
  });

  registry.register<Shipment>('retail.requestTransport', {
    payload: ShipmentPayload,
    async send({ payload, inDoubt }) {
      const row = repo.row(payload.shipmentId);
      const api = vendorShipments(callerFor(row.account_id));
      if (inDoubt) {
        const found = await api.GetShipmentDetails({ vendorShipmentIdentifier: row.shipment_identifier });
        if ((found.payload?.shipments ?? []).some((s) => s.vendorShipmentIdentifier === row.shipment_identifier)) return { kind: 'done' };
      }
      const reply = await api.SubmitShipments({ body: { shipments: [transportRequest(repo, row.id)] } });
      const transactionId = reply.payload?.transactionId;
      if (!transactionId) throw new Error('Amazon accepted the transport request without a transaction id');
      return { kind: 'await-operation', operationId: transactionId };
    },
  });

  const poller: OperationPoller = async (operation, caller) => {
    const body = await vendorTransactions(caller).getTransaction({ transactionId: operation.operationId });
    const t = body.payload?.transactionStatus;
    const errors = t?.errors ?? [];
    if (t?.status === 'Failure' && operation.op === 'retail.submitAsn') {
      const shipmentId = operation.entity.slice('retail:'.length);
      if (alreadyConfirmed(errors, repo.row(shipmentId).shipment_identifier)) return { status: 'SUCCESS', problems: [] };
    }
    const problems = errors.map((e) => ({ code: e.code, message: e.message, ...(e.details ? { details: e.details } : {}), severity: 'ERROR' as const }));
    return { status: t?.status === 'Success' ? 'SUCCESS' : t?.status === 'Failure' ? 'FAILED' : 'IN_PROGRESS', problems };
  };
  registry.registerPoller('retail', poller);
}
