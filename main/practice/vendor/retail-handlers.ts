import { PDFDocument, StandardFonts } from 'pdf-lib';
import bwipjs from 'bwip-js/node';
import type { Catalogue } from '../catalogue';
import { isoAt } from '../clock';
import type { HandlerTable } from '../handler-types';
import type { IdFactory } from '../ids';
import { STANDARD_CENTERS } from '../inbound/fulfillment-centers';
import { paginate } from '../pagination';
import { RANDOM_STREAMS, seededRandom } from '../random';
import { parseBody } from '../validation';
import { PRACTICE_VENDOR_CODE, PRACTICE_WAREHOUSE_ID } from './vendor-data';
import type { VendorStore } from './vendor-store';
import { shipmentConfirmationsBody, submitShipmentsBody, type RetailShipmentConfirmation } from './retail-schemas';

export interface RetailPurchaseOrder {
  purchaseOrderNumber: string;
  orderedAt: number;
  shipToPartyId: string;
  items: { itemSequenceNumber: string; asin: string; vendorSku: string; cases: number; unitsPerCase: number }[];
}

interface TransportRequest {
  vendorShipmentIdentifier: string;
  requestedAt: number;
  carrierAssignedAt: number;
  cancelled: boolean;
  shipToPartyId: string;
  cartons: number;
  trackingIds: string[];
}

/** Retail (purchase-order) side of the practice vendor: a few POs, ASNs against them, and transport requests. */
export class RetailStore {
  readonly purchaseOrders: RetailPurchaseOrder[];
  readonly asns = new Map<string, RetailShipmentConfirmation>();
  readonly transports = new Map<string, TransportRequest>();

  constructor(seed: number, startMs: number, catalogue: Catalogue) {
    const random = seededRandom(seed, RANDOM_STREAMS.vendor + 10);
    const eligible = catalogue.items.filter((c) => !c.hazmat && !c.oversize);
    this.purchaseOrders = Array.from({ length: 4 }, (_, n) => {
      const count = random.int(3, 8);
      const start = random.int(0, eligible.length - count);
      return {
        purchaseOrderNumber: `${random.int(1, 9)}${String(random.int(0, 9_999_999)).padStart(7, '0')}`,
        orderedAt: startMs - (n + 1) * 86_400_000,
        shipToPartyId: random.pick(STANDARD_CENTERS).warehouseId,
        items: eligible.slice(start, start + count).map((entry, i) => ({
          itemSequenceNumber: String(i + 1).padStart(3, '0'),
          asin: entry.asin,
          vendorSku: entry.msku,
          cases: random.int(2, 20),
          unitsPerCase: random.pick([6, 12, 24]),
        })),
      };
    });
  }
}

async function transportLabelPdf(request: TransportRequest): Promise<string> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.HelveticaBold);
  for (const [i, trackingId] of request.trackingIds.entries()) {
    const page = doc.addPage([288, 432]);
    page.drawText(`SHIP TO ${request.shipToPartyId}`, { x: 18, y: 400, size: 16, font });
    page.drawText(`${request.vendorShipmentIdentifier}  ${i + 1}/${request.trackingIds.length}`, { x: 18, y: 378, size: 11, font });
    const png = await doc.embedPng(await bwipjs.toBuffer({ bcid: 'code128', text: trackingId, scale: 3, height: 14, includetext: true }));
    page.drawImage(png, { x: 18, y: 250, width: 252, height: 100 });
  }
  return Buffer.from(await doc.save()).toString('base64');
}

export function retailHandlers(retail: RetailStore, vendor: VendorStore, ids: IdFactory, delayMs: number): HandlerTable {
  const checkParties = (c: { sellingParty: { partyId: string }; shipFromParty: { partyId: string } }): string | null =>
    c.sellingParty.partyId === PRACTICE_VENDOR_CODE && c.shipFromParty.partyId === PRACTICE_WAREHOUSE_ID ? null : `Selling party must be ${PRACTICE_VENDOR_CODE} and ship-from party ${PRACTICE_WAREHOUSE_ID}.`;

  const asnProblems = (c: RetailShipmentConfirmation): string[] => {
    const problems: string[] = [];
    const parties = checkParties(c);
    if (parties) problems.push(parties);
    if (c.shipmentConfirmationType === 'Original' && retail.asns.has(c.shipmentIdentifier)) problems.push(`Shipment ${c.shipmentIdentifier} was already confirmed; send shipmentConfirmationType Replace to change it.`);
    if (c.shipmentConfirmationType === 'Replace' && !retail.asns.has(c.shipmentIdentifier)) problems.push(`Shipment ${c.shipmentIdentifier} has no confirmation to replace.`);
    const sequences = new Set(c.shippedItems.map((i) => i.itemSequenceNumber));
    for (const item of c.shippedItems) {
      const po = retail.purchaseOrders.find((p) => p.purchaseOrderNumber === item.itemDetails?.purchaseOrderNumber);
      if (!po) {
        problems.push(`Item ${item.itemSequenceNumber}: purchase order ${item.itemDetails?.purchaseOrderNumber ?? '(none)'} is not an open purchase order.`);
        continue;
      }
      if (po.shipToPartyId !== c.shipToParty.partyId) problems.push(`Purchase order ${po.purchaseOrderNumber} ships to ${po.shipToPartyId}, not ${c.shipToParty.partyId}.`);
      const line = po.items.find((l) => l.asin === item.amazonProductIdentifier || l.vendorSku === item.vendorProductIdentifier);
      if (!line) problems.push(`Item ${item.itemSequenceNumber} is not on purchase order ${po.purchaseOrderNumber}.`);
      else {
        const units = item.shippedQuantity.unitOfMeasure === 'Cases' ? item.shippedQuantity.amount * (item.shippedQuantity.unitSize ?? line.unitsPerCase) : item.shippedQuantity.amount;
        if (units > line.cases * line.unitsPerCase) problems.push(`Item ${item.itemSequenceNumber}: ${units} units shipped, purchase order ${po.purchaseOrderNumber} ordered ${line.cases * line.unitsPerCase}.`);
      }
    }
    for (const carton of c.cartons ?? []) {
      for (const content of carton.items) if (!sequences.has(content.itemReference)) problems.push(`Carton ${carton.cartonSequenceNumber} refers to item ${content.itemReference}, which is not in shippedItems.`);
      if (c.shipmentType === 'SmallParcel' && !carton.trackingNumber) problems.push(`Carton ${carton.cartonSequenceNumber} needs a trackingNumber in a SmallParcel shipment.`);
    }
    return problems;
  };

  return {
    'vendorShipments.SubmitShipmentConfirmations': ({ body, spec, account, now }) => {
      vendor.requireVendor(account);
      const request = parseBody(shipmentConfirmationsBody, body, spec.operationId);
      const errors = request.shipmentConfirmations.flatMap((c) => asnProblems(c).map((message) => ({ code: 'InvalidInput', message })));
      const transaction = vendor.startTransaction(account.accountId, now, errors);
      if (errors.length === 0) for (const c of request.shipmentConfirmations) retail.asns.set(c.shipmentIdentifier, c);
      return { status: 202, body: { payload: { transactionId: transaction.transactionId } } };
    },

    'vendorShipments.SubmitShipments': ({ body, spec, account, now }) => {
      vendor.requireVendor(account);
      const request = parseBody(submitShipmentsBody, body, spec.operationId);
      const errors: { code: string; message: string }[] = [];
      for (const s of request.shipments) {
        const parties = checkParties(s);
        if (parties) errors.push({ code: 'InvalidInput', message: parties });
        const existing = retail.transports.get(s.vendorShipmentIdentifier);
        if (s.transactionType === 'New' && existing) errors.push({ code: 'InvalidInput', message: `Transport request ${s.vendorShipmentIdentifier} already exists.` });
        if (s.transactionType === 'Cancel' && !existing) errors.push({ code: 'InvalidInput', message: `Transport request ${s.vendorShipmentIdentifier} does not exist.` });
        if (s.transactionType === 'New' && !s.containers?.length) errors.push({ code: 'InvalidInput', message: `Transport request ${s.vendorShipmentIdentifier} needs containers to label.` });
      }
      const transaction = vendor.startTransaction(account.accountId, now, errors);
      if (errors.length === 0) {
        for (const s of request.shipments) {
          if (s.transactionType === 'Cancel') {
            (retail.transports.get(s.vendorShipmentIdentifier) as TransportRequest).cancelled = true;
            continue;
          }
          const cartons = s.containers?.length ?? 0;
          retail.transports.set(s.vendorShipmentIdentifier, {
            vendorShipmentIdentifier: s.vendorShipmentIdentifier,
            requestedAt: now,
            carrierAssignedAt: now + Math.max(delayMs, 1000),
            cancelled: false,
            shipToPartyId: s.shipToParty.partyId,
            cartons,
            trackingIds: Array.from({ length: cartons }, () => `1Z${ids.upper(6)}03${ids.digits(8)}`),
          });
        }
      }
      return { status: 202, body: { payload: { transactionId: transaction.transactionId } } };
    },

    'vendorShipments.GetShipmentDetails': ({ query, account, now }) => {
      vendor.requireVendor(account);
      const wanted = query.get('vendorShipmentIdentifier');
      const list = [...retail.transports.values()].filter((t) => !wanted || t.vendorShipmentIdentifier === wanted);
      const { page, nextToken } = paginate(list, query, { sizeParam: 'limit', tokenParam: 'nextToken', defaultSize: 10, maxSize: 50 });
      const shipments = page.map((t) => ({
        vendorShipmentIdentifier: t.vendorShipmentIdentifier,
        transactionType: t.cancelled ? 'Cancel' : 'New',
        transactionDate: isoAt(t.requestedAt),
        currentShipmentStatus: now >= t.carrierAssignedAt && !t.cancelled ? 'CarrierAssigned' : 'TransportationRequested',
        currentshipmentStatusDate: isoAt(now >= t.carrierAssignedAt ? t.carrierAssignedAt : t.requestedAt),
        sellingParty: { partyId: PRACTICE_VENDOR_CODE },
        shipFromParty: { partyId: PRACTICE_WAREHOUSE_ID },
        shipToParty: { partyId: t.shipToPartyId },
      }));
      return { status: 200, body: { payload: { ...(nextToken ? { pagination: { nextToken } } : {}), shipments } } };
    },

    'vendorShipments.GetShipmentLabels': async ({ query, account, now }) => {
      vendor.requireVendor(account);
      const wanted = query.get('vendorShipmentIdentifier');
      const ready = [...retail.transports.values()].filter((t) => !t.cancelled && now >= t.carrierAssignedAt && (!wanted || t.vendorShipmentIdentifier === wanted));
      const { page, nextToken } = paginate(ready, query, { sizeParam: 'limit', tokenParam: 'nextToken', defaultSize: 10, maxSize: 50 });
      const transportLabels = [];
      for (const t of page) {
        const label = await transportLabelPdf(t);
        transportLabels.push({
          labelCreateDateTime: isoAt(t.carrierAssignedAt),
          shipmentInformation: { shipToParty: { partyId: t.shipToPartyId }, shipFromParty: { partyId: PRACTICE_WAREHOUSE_ID }, warehouseId: PRACTICE_WAREHOUSE_ID, masterTrackingId: t.trackingIds[0] ?? '', totalLabelCount: t.trackingIds.length, shipMode: 'SmallParcel' },
          labelData: [{ labelSequenceNumber: 1, labelFormat: 'PDF', carrierCode: 'UPSN', trackingId: t.trackingIds[0] ?? '', label }],
        });
      }
      return { status: 200, body: { payload: { ...(nextToken ? { pagination: { nextToken } } : {}), transportLabels } } };
    },

    'vendorTransactionStatus.getTransaction': ({ pathParams, account, now }) => {
      vendor.requireVendor(account);
      // Vendor Transaction Status lists errors as a plain array, where the DF transactions API wraps them.
      const status = vendor.transactionStatus(pathParams.transactionId ?? '', account.accountId, now);
      const transactionStatus = 'errors' in status && status.errors ? { ...status, errors: status.errors.errors } : status;
      return { status: 200, body: { payload: { transactionStatus } } };
    },
  };
}
