import { invalidInput, notFound } from '../errors';
import type { HandlerTable } from '../handler-types';
import { paginate } from '../pagination';
import { parseBody } from '../validation';
import { customerInvoicePdf, packingSlipPdf, pngLabel, zplLabel } from './df-documents';
import { PRACTICE_VENDOR_CODE, PRACTICE_WAREHOUSE_ID, type DfAddress, type DfOrder } from './vendor-data';
import type { DfConfirmation, DfLabel, VendorStore } from './vendor-store';
import { confirmationsBody, createLabelsBody, labelRequestBody, statusUpdatesBody, type ContainerInput } from './vendor-schemas';

const SHIPPING = 'vendorDirectFulfillmentShipping_2021-12-28';

export const PRACTICE_WAREHOUSE_ADDRESS: DfAddress = {
  name: 'Packbench Practice Vendor DC',
  addressLine1: '4800 Commerce Way',
  city: 'Sparks',
  stateOrRegion: 'NV',
  postalCode: '89431',
  countryCode: 'US',
};

function partyProblem(request: { sellingParty: { partyId: string }; shipFromParty: { partyId: string } }, po: string): string | null {
  if (request.sellingParty.partyId !== PRACTICE_VENDOR_CODE || request.shipFromParty.partyId !== PRACTICE_WAREHOUSE_ID) {
    return `Purchase order ${po} belongs to selling party ${PRACTICE_VENDOR_CODE} shipping from ${PRACTICE_WAREHOUSE_ID}.`;
  }
  return null;
}

function containerProblem(order: DfOrder, containers: readonly ContainerInput[] | undefined): string | null {
  if (!containers) return null;
  const packed = new Map<number, number>();
  for (const c of containers) for (const p of c.packedItems) packed.set(p.itemSequenceNumber, (packed.get(p.itemSequenceNumber) ?? 0) + p.packedQuantity.amount);
  for (const [sequence, amount] of packed) {
    const line = order.items.find((i) => Number(i.itemSequenceNumber) === sequence);
    if (!line) return `Purchase order ${order.purchaseOrderNumber} has no item ${sequence}.`;
    if (amount > line.quantity) return `Item ${sequence} of ${order.purchaseOrderNumber}: ${amount} packed, only ${line.quantity} ordered.`;
  }
  return null;
}

function labelTrackingProblem(order: DfOrder, label: DfLabel, containers: readonly ContainerInput[] | undefined): string | null {
  const known = new Set(label.packages.map((p) => p.trackingNumber));
  const unknown = (containers ?? []).find((k) => k.trackingNumber && !known.has(k.trackingNumber));
  return unknown ? `Tracking number ${unknown.trackingNumber} is not on a label of purchase order ${order.purchaseOrderNumber}.` : null;
}

/** Without an Amazon label the vendor ships with its own carrier: every container names its tracking number and carrier. */
function ownCarrierProblem(order: DfOrder, containers: readonly ContainerInput[] | undefined): string | null {
  const po = order.purchaseOrderNumber;
  if (!containers || containers.length === 0) return `Purchase order ${po} has no Amazon label: a vendor-own-carrier confirmation lists its containers.`;
  const untracked = containers.find((k) => !k.trackingNumber);
  if (untracked) return `Container ${untracked.containerIdentifier} of ${po} has no tracking number: a vendor-own-carrier package needs its carrier's.`;
  const unnamed = containers.find((k) => !k.carrier && !k.scacCode);
  if (unnamed) return `Container ${unnamed.containerIdentifier} of ${po} names no carrier: a vendor-own-carrier package needs carrier or scacCode.`;
  return null;
}

function confirmedPackage(k: ContainerInput): NonNullable<DfConfirmation['packages']>[number] {
  return {
    containerIdentifier: k.containerIdentifier,
    trackingNumber: k.trackingNumber ?? null,
    carrier: k.carrier ?? null,
    scacCode: k.scacCode ?? null,
    weight: { value: Number(k.weight.value), unit: k.weight.unitOfMeasure },
    dimensions: k.dimensions ? { length: Number(k.dimensions.length), width: Number(k.dimensions.width), height: Number(k.dimensions.height), unit: k.dimensions.unitOfMeasure } : null,
  };
}

export function dfShippingHandlers(vendor: VendorStore): HandlerTable {
  const labelView = (label: DfLabel) => ({
    purchaseOrderNumber: label.purchaseOrderNumber,
    sellingParty: { partyId: PRACTICE_VENDOR_CODE },
    shipFromParty: { partyId: PRACTICE_WAREHOUSE_ID },
    labelFormat: label.labelFormat,
    labelData: label.packages.map((p) => ({ packageIdentifier: p.packageIdentifier, trackingNumber: p.trackingNumber, shipMethod: p.shipMethod, shipMethodName: p.shipMethod.replace(/_/g, ' '), content: p.content })),
  });

  const visibleLabel = (po: string, now: number): DfLabel => {
    const label = vendor.labels.get(po);
    if (!label || label.visibleAt > now) throw notFound(`No shipping label exists yet for purchase order ${po}.`);
    return label;
  };

  return {
    [`${SHIPPING}.submitShippingLabelRequest`]: async ({ body, spec, account, now }) => {
      vendor.requireVendor(account);
      const request = parseBody(labelRequestBody, body, spec.operationId);
      const errors: { code: string; message: string }[] = [];
      for (const r of request.shippingLabelRequests) {
        const order = vendor.orders.find((o) => o.purchaseOrderNumber === r.purchaseOrderNumber && o.createdAt <= now);
        const problem = !order
          ? `Purchase order ${r.purchaseOrderNumber} was not found.`
          : order.status !== 'ACCEPTED'
            ? `Purchase order ${order.purchaseOrderNumber} is ${order.status}; acknowledge (accept) it before requesting labels.`
            : (partyProblem(r, order.purchaseOrderNumber) ?? containerProblem(order, r.containers));
        if (problem) errors.push({ code: 'InvalidInput', message: problem });
      }
      const rendered: DfLabel[] = [];
      if (errors.length === 0) {
        for (const r of request.shippingLabelRequests) rendered.push(await renderDfLabel(vendor, vendor.order(r.purchaseOrderNumber, now), r.containers, now));
      }
      const transaction = vendor.startTransaction(account.accountId, now, errors);
      for (const label of rendered) vendor.labels.set(label.purchaseOrderNumber, { ...label, visibleAt: transaction.completesAt });
      if (rendered.length > 0) vendor.counts.labelRequests += 1;
      return { status: 202, body: { transactionId: transaction.transactionId } };
    },

    [`${SHIPPING}.createShippingLabels`]: async ({ pathParams, body, spec, account, now }) => {
      vendor.requireVendor(account);
      const request = parseBody(createLabelsBody, body, spec.operationId);
      const order = vendor.order(pathParams.purchaseOrderNumber ?? '', now);
      if (order.status !== 'ACCEPTED') throw invalidInput(`Purchase order ${order.purchaseOrderNumber} is ${order.status}; acknowledge (accept) it before requesting labels.`);
      const problem = partyProblem(request, order.purchaseOrderNumber) ?? containerProblem(order, request.containers);
      if (problem) throw invalidInput(problem);
      const label = await renderDfLabel(vendor, order, request.containers, now);
      vendor.labels.set(order.purchaseOrderNumber, label);
      vendor.counts.labelRequests += 1;
      return { status: 200, body: labelView(label) };
    },

    [`${SHIPPING}.getShippingLabel`]: ({ pathParams, account, now }) => {
      vendor.requireVendor(account);
      return { status: 200, body: labelView(visibleLabel(pathParams.purchaseOrderNumber ?? '', now)) };
    },

    [`${SHIPPING}.getShippingLabels`]: ({ query, account, now }) => {
      vendor.requireVendor(account);
      const orders = vendor.ordersBetween(query, now).map((o) => vendor.labels.get(o.purchaseOrderNumber)).filter((l): l is DfLabel => !!l && l.visibleAt <= now);
      const { page, nextToken } = paginate(orders, query, { sizeParam: 'limit', tokenParam: 'nextToken', defaultSize: 50, maxSize: 100 });
      return { status: 200, body: { ...(nextToken ? { pagination: { nextToken } } : {}), shippingLabels: page.map(labelView) } };
    },

    [`${SHIPPING}.submitShipmentConfirmations`]: ({ body, spec, account, now }) => {
      vendor.requireVendor(account);
      const request = parseBody(confirmationsBody, body, spec.operationId);
      const errors: { code: string; message: string }[] = [];
      for (const c of request.shipmentConfirmations) {
        const order = vendor.orders.find((o) => o.purchaseOrderNumber === c.purchaseOrderNumber && o.createdAt <= now);
        const label = vendor.labels.get(c.purchaseOrderNumber);
        let problem = !order ? `Purchase order ${c.purchaseOrderNumber} was not found.` : order.status !== 'ACCEPTED' ? `Purchase order ${order.purchaseOrderNumber} is ${order.status}; only accepted orders can be confirmed.` : partyProblem(c, order.purchaseOrderNumber);
        if (!problem && order) {
          for (const item of c.items) {
            const line = order.items.find((i) => Number(i.itemSequenceNumber) === item.itemSequenceNumber);
            if (!line) problem = `Purchase order ${order.purchaseOrderNumber} has no item ${item.itemSequenceNumber}.`;
            else if (item.shippedQuantity.amount > line.quantity) problem = `Item ${item.itemSequenceNumber} of ${order.purchaseOrderNumber}: ${item.shippedQuantity.amount} shipped, only ${line.quantity} ordered.`;
          }
          if (!problem) problem = label ? labelTrackingProblem(order, label, c.containers) : ownCarrierProblem(order, c.containers);
        }
        if (problem) errors.push({ code: 'InvalidInput', message: problem });
      }
      const transaction = vendor.startTransaction(account.accountId, now, errors);
      if (errors.length === 0) {
        for (const c of request.shipmentConfirmations) {
          const order = vendor.orders.find((o) => o.purchaseOrderNumber === c.purchaseOrderNumber) as DfOrder;
          if (c.shipmentDetails.shipmentStatus === 'SHIPPED') order.status = 'SHIPPED';
          vendor.confirmations.set(order.purchaseOrderNumber, {
            trackingNumbers: (c.containers ?? []).flatMap((k) => (k.trackingNumber ? [k.trackingNumber] : [])),
            shippedAt: Date.parse(c.shipmentDetails.shippedDate),
            packages: (c.containers ?? []).map(confirmedPackage),
          });
        }
        vendor.counts.shipmentConfirmations += 1;
      }
      return { status: 202, body: { transactionId: transaction.transactionId } };
    },

    [`${SHIPPING}.submitShipmentStatusUpdates`]: ({ body, spec, account, now }) => {
      vendor.requireVendor(account);
      const request = parseBody(statusUpdatesBody, body, spec.operationId);
      const errors: { code: string; message: string }[] = [];
      for (const u of request.shipmentStatusUpdates) {
        const order = vendor.orders.find((o) => o.purchaseOrderNumber === u.purchaseOrderNumber && o.createdAt <= now);
        // A vendor-own-carrier order has no Amazon label: its tracking numbers are the ones its confirmation named.
        const tracking = [...(vendor.labels.get(u.purchaseOrderNumber)?.packages.map((p) => p.trackingNumber) ?? []), ...(vendor.confirmations.get(u.purchaseOrderNumber)?.trackingNumbers ?? [])];
        const problem = !order ? `Purchase order ${u.purchaseOrderNumber} was not found.`
          : order.status !== 'SHIPPED' ? `Purchase order ${order.purchaseOrderNumber} is ${order.status}; confirm its shipment before sending status updates.`
            : !tracking.includes(u.statusUpdateDetails.trackingNumber) ? `Tracking number ${u.statusUpdateDetails.trackingNumber} does not belong to purchase order ${order.purchaseOrderNumber}.`
              : partyProblem(u, order.purchaseOrderNumber);
        if (problem) errors.push({ code: 'InvalidInput', message: problem });
      }
      const transaction = vendor.startTransaction(account.accountId, now, errors);
      if (errors.length === 0) {
        for (const u of request.shipmentStatusUpdates) {
          const d = u.statusUpdateDetails;
          const list = vendor.statusUpdates.get(u.purchaseOrderNumber) ?? [];
          const at = Date.parse(d.statusDateTime);
          // One event per package, status, reason and time: the same update sent again reports nothing new.
          if (list.some((e) => e.trackingNumber === d.trackingNumber && e.statusCode === d.statusCode && e.reasonCode === d.reasonCode && e.at === at)) continue;
          const { city, stateOrRegion, postalCode, countryCode } = d.statusLocationAddress;
          list.push({
            trackingNumber: d.trackingNumber,
            statusCode: d.statusCode,
            reasonCode: d.reasonCode,
            at,
            statusDateTime: d.statusDateTime,
            location: { countryCode, ...(city ? { city } : {}), ...(stateOrRegion ? { stateOrRegion } : {}), ...(postalCode ? { postalCode } : {}) },
            estimatedDeliveryDateTime: d.shipmentSchedule?.estimatedDeliveryDateTime ?? null,
          });
          vendor.statusUpdates.set(u.purchaseOrderNumber, list);
          vendor.counts.statusUpdates += 1;
        }
      }
      return { status: 202, body: { transactionId: transaction.transactionId } };
    },
  };
}

/**
 * Renders what a label request needs before the synchronous handler runs: one label per container (one package when
 * the request names none), PNG for FedEx ship methods and ZPL otherwise.
 */
export async function renderDfLabel(vendor: VendorStore, order: DfOrder, containers: readonly ContainerInput[] | undefined, now: number): Promise<DfLabel> {
  const format = order.shipMethod.startsWith('FEDEX') ? 'PNG' : 'ZPL';
  const boxes = containers && containers.length > 0 ? containers : [undefined];
  const packages = [];
  for (const [i, container] of boxes.entries()) {
    const trackingNumber = container?.trackingNumber ?? vendor.trackingNumber(order.shipMethod);
    const weightLb = container ? Number(container.weight.value) * (container.weight.unitOfMeasure === 'KG' ? 2.20462 : 1) : 2;
    const label = { order, packageIdentifier: String(i + 1).padStart(3, '0'), trackingNumber, shipFrom: PRACTICE_WAREHOUSE_ADDRESS, weightLb };
    const content = format === 'PNG' ? (await pngLabel(label)).toString('base64') : Buffer.from(zplLabel(label)).toString('base64');
    packages.push({ packageIdentifier: label.packageIdentifier, trackingNumber, shipMethod: order.shipMethod, content });
  }
  return { purchaseOrderNumber: order.purchaseOrderNumber, labelFormat: format, createdAt: now, visibleAt: now, packages };
}

export async function packingSlipView(order: DfOrder) {
  return { purchaseOrderNumber: order.purchaseOrderNumber, content: Buffer.from(await packingSlipPdf(order)).toString('base64'), contentType: 'application/pdf' };
}

export async function customerInvoiceView(order: DfOrder) {
  return { purchaseOrderNumber: order.purchaseOrderNumber, content: Buffer.from(await customerInvoicePdf(order)).toString('base64') };
}
