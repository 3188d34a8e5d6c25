import type { FaultRecord } from './http-server';
import type { InboundStore } from './inbound/inbound-store';
import type { BoxRecord, PlanItem, PlanRecord } from './inbound/model';
import type { McfOrderStore } from './outbound/outbound-handlers';
import type { RetailStore } from './vendor/retail-handlers';
import type { DfConfirmation, DfStatusRecord, VendorStore } from './vendor/vendor-store';

/**
 * What the practice marketplace holds, as plain JSON: the answer of `GET /practice/state` (loopback callers only) and
 * of `inspect.state()`, so tests and trainers can check the marketplace side of a flow. Customer addresses of DF and
 * MCF orders are left out.
 */
export interface PracticeStateView {
  /** Marketplace time of the view (epoch ms). */
  now: number;
  plans: PlanStateView[];
  /** Successful calls per `${api}.${operationId}`, kept across restarts. */
  callCounts: Record<string, number>;
  df: {
    /** Orders that have arrived by now, with their status. */
    orders: { purchaseOrderNumber: string; status: string; createdAt: number }[];
    confirmations: {
      purchaseOrderNumber: string;
      trackingNumbers: string[];
      shippedAt: number;
      /** Each confirmed container as sent: weight, dimensions and, for vendor-own-carrier shipments, the carrier. */
      packages: NonNullable<DfConfirmation['packages']>;
    }[];
    /** Vendor-own-carrier status updates per purchase order, one per carrier event. */
    statusUpdates: { purchaseOrderNumber: string; updates: DfStatusRecord[] }[];
    labels: { purchaseOrderNumber: string; labelFormat: string; trackingNumbers: string[] }[];
    counts: VendorStore['counts'];
  };
  retail: {
    asns: { shipmentIdentifier: string; shipmentConfirmationType: string; cartons: number; pallets: number; cartonIdentifiers: string[]; palletIdentifiers: string[] }[];
    transports: { vendorShipmentIdentifier: string; cartons: number; cancelled: boolean; trackingIds: string[] }[];
  };
  mcf: {
    orders: { sellerFulfillmentOrderId: string; accountId: string; shippingSpeedCategory: string; cancelled: boolean; held: boolean; items: { sellerSku: string; quantity: number }[]; trackingNumbers: string[] }[];
  };
  faults: FaultRecord[];
  internalErrors: string[];
}

export interface PlanStateView {
  inboundPlanId: string;
  accountId: string;
  name: string;
  status: PlanRecord['status'];
  flow: PlanRecord['flow'] | null;
  items: { msku: string; quantity: number }[];
  confirmedPackingOptionId: string | null;
  confirmedPlacementOptionId: string | null;
  /** Every box Amazon holds for the plan, in the order they were submitted. */
  boxes: BoxStateView[];
  /** Shipments of the confirmed placement option. */
  shipments: {
    shipmentId: string;
    confirmationId: string | null;
    status: string;
    boxIds: string[];
    /** Small-parcel tracking by box id, as sent with updateShipmentTrackingDetails. */
    tracking: { boxId: string; trackingId: string }[];
    freightBillNumbers: string[];
    /** LTL: the bill of lading number sent with the PRO, if any. */
    billOfLadingNumber: string | null;
    /** The transportation option confirmed for the shipment. */
    transport: { shippingMode: string; shippingSolution: string } | null;
    /** LTL: pallets, freight class and declared value as given with generateTransportationOptions. */
    pallets: { quantity: number; dimensions: BoxRecord['dimensions'] | null; weight: BoxRecord['weight'] | null; stackability: string | null }[];
    freightInformation: { freightClass: string | null; declaredValue: { amount: number; code: string } | null } | null;
  }[];
  counts: PlanRecord['counts'];
}

export interface BoxStateView {
  packageId: string;
  boxId: string | null;
  shipmentId: string | null;
  packingGroupId: string | null;
  contentInformationSource: BoxRecord['contentInformationSource'];
  weight: BoxRecord['weight'];
  dimensions: BoxRecord['dimensions'];
  items: { msku: string; quantity: number }[];
}

const itemsView = (items: readonly PlanItem[]) => items.map((i) => ({ msku: i.msku, quantity: i.quantity }));

function transportOf(plan: PlanRecord, optionId: string | undefined): { shippingMode: string; shippingSolution: string } | null {
  const option = optionId ? plan.transportationOptions.find((t) => t.id === optionId) : undefined;
  return option ? { shippingMode: option.shippingMode, shippingSolution: option.shippingSolution } : null;
}

function planView(plan: PlanRecord): PlanStateView {
  const boxes = [...plan.boxes].sort((a, b) => a.sequence - b.sequence);
  return {
    inboundPlanId: plan.id,
    accountId: plan.accountId,
    name: plan.name,
    status: plan.status,
    flow: plan.flow ?? null,
    items: itemsView(plan.items),
    confirmedPackingOptionId: plan.confirmedPackingOptionId ?? null,
    confirmedPlacementOptionId: plan.confirmedPlacementOptionId ?? null,
    boxes: boxes.map((b) => ({
      packageId: b.packageId,
      boxId: b.boxId ?? null,
      shipmentId: b.shipmentId ?? null,
      packingGroupId: b.packingGroupId ?? null,
      contentInformationSource: b.contentInformationSource,
      weight: { ...b.weight },
      dimensions: { ...b.dimensions },
      items: itemsView(b.items),
    })),
    shipments: [...plan.shipments.values()]
      .filter((s) => s.placementOptionId === plan.confirmedPlacementOptionId)
      .map((s) => ({
        shipmentId: s.id,
        confirmationId: s.confirmationId ?? null,
        status: s.status,
        boxIds: boxes.filter((b) => b.shipmentId === s.id && b.boxId).map((b) => b.boxId as string),
        tracking: (s.tracking?.spd ?? []).map((t) => ({ boxId: t.boxId, trackingId: t.trackingId })),
        freightBillNumbers: [...(s.tracking?.ltl?.freightBillNumber ?? [])],
        billOfLadingNumber: s.tracking?.ltl?.billOfLadingNumber ?? null,
        transport: transportOf(plan, s.selectedTransportationOptionId),
        pallets: s.pallets.map((p) => ({ quantity: p.quantity, dimensions: p.dimensions ?? null, weight: p.weight ?? null, stackability: p.stackability ?? null })),
        freightInformation: s.transportConfig?.freightInformation
          ? { freightClass: s.transportConfig.freightInformation.freightClass ?? null, declaredValue: s.transportConfig.freightInformation.declaredValue ?? null }
          : null,
      })),
    counts: { ...plan.counts },
  };
}

export interface InspectionSources {
  now: () => number;
  store: InboundStore;
  vendor: VendorStore;
  retail: RetailStore;
  mcf: McfOrderStore;
  callCounts: Map<string, number>;
  faultLog: readonly FaultRecord[];
  internalErrors: readonly string[];
}

export function practiceStateView(sources: InspectionSources): PracticeStateView {
  const now = sources.now();
  const { vendor, retail } = sources;
  return {
    now,
    plans: [...sources.store.plans.values()].map(planView),
    callCounts: Object.fromEntries(sources.callCounts),
    df: {
      orders: vendor.orders.filter((o) => o.createdAt <= now).map((o) => ({ purchaseOrderNumber: o.purchaseOrderNumber, status: o.status, createdAt: o.createdAt })),
      confirmations: [...vendor.confirmations].map(([purchaseOrderNumber, c]) => ({ purchaseOrderNumber, trackingNumbers: [...c.trackingNumbers], shippedAt: c.shippedAt, packages: (c.packages ?? []).map((p) => ({ ...p })) })),
      statusUpdates: [...vendor.statusUpdates].map(([purchaseOrderNumber, list]) => ({ purchaseOrderNumber, updates: list.map((u) => ({ ...u })) })),
      labels: [...vendor.labels.values()].map((l) => ({ purchaseOrderNumber: l.purchaseOrderNumber, labelFormat: l.labelFormat, trackingNumbers: l.packages.map((p) => p.trackingNumber) })),
      counts: { ...vendor.counts },
    },
    retail: {
      asns: [...retail.asns.values()].map((a) => ({
        shipmentIdentifier: a.shipmentIdentifier,
        shipmentConfirmationType: a.shipmentConfirmationType,
        cartons: a.cartons?.length ?? 0,
        pallets: a.pallets?.length ?? 0,
        cartonIdentifiers: (a.cartons ?? []).flatMap((c) => (c.cartonIdentifiers ?? []).map((i) => i.containerIdentificationNumber)),
        palletIdentifiers: (a.pallets ?? []).flatMap((p) => p.palletIdentifiers.map((i) => i.containerIdentificationNumber)),
      })),
      transports: [...retail.transports.values()].map((t) => ({ vendorShipmentIdentifier: t.vendorShipmentIdentifier, cartons: t.cartons, cancelled: t.cancelled, trackingIds: [...t.trackingIds] })),
    },
    mcf: {
      orders: [...sources.mcf.orders].map(([id, o]) => ({
        sellerFulfillmentOrderId: id,
        accountId: o.accountId,
        shippingSpeedCategory: o.request.shippingSpeedCategory,
        cancelled: o.cancelledAt !== undefined,
        held: o.shipRequestedAt === undefined && o.cancelledAt === undefined,
        items: o.request.items.map((i) => ({ sellerSku: i.sellerSku, quantity: i.quantity })),
        trackingNumbers: o.packages.map((p) => p.trackingNumber),
      })),
    },
    faults: [...sources.faultLog],
    internalErrors: [...sources.internalErrors],
  };
}
