import { invalidInput, notFound } from '../errors';
import type { Catalogue } from '../catalogue';
import type { PlanItem, PlanRecord, ShipmentRecord } from './model';

/** All inbound plans of the practice marketplace, with lookups that answer as Amazon does when something is missing. */
export class InboundStore {
  readonly plans = new Map<string, PlanRecord>();
  plansCreated = 0;

  constructor(readonly catalogue: Catalogue) {}

  plan(accountId: string, inboundPlanId: string): PlanRecord {
    const plan = this.plans.get(inboundPlanId);
    if (!plan || plan.accountId !== accountId) throw notFound(`Inbound plan ${inboundPlanId} was not found.`);
    return plan;
  }

  /** A plan that can still be worked on: created, validated and neither cancelled nor errored. */
  workablePlan(accountId: string, inboundPlanId: string, now: number): PlanRecord {
    const plan = this.plan(accountId, inboundPlanId);
    if (now < plan.readyAt) throw invalidInput(`Inbound plan ${inboundPlanId} is still being created; wait for its createInboundPlan operation to succeed.`);
    if (plan.status !== 'ACTIVE') throw invalidInput(`Inbound plan ${inboundPlanId} is ${plan.status} and cannot be changed.`);
    return plan;
  }

  shipment(plan: PlanRecord, shipmentId: string): ShipmentRecord {
    const shipment = plan.shipments.get(shipmentId);
    if (!shipment) throw notFound(`Shipment ${shipmentId} was not found in inbound plan ${plan.id}.`);
    return shipment;
  }

  /** A shipment of the confirmed placement option. */
  confirmedShipment(plan: PlanRecord, shipmentId: string): ShipmentRecord {
    const shipment = this.shipment(plan, shipmentId);
    if (shipment.placementOptionId !== plan.confirmedPlacementOptionId) {
      throw invalidInput(`Shipment ${shipmentId} belongs to placement option ${shipment.placementOptionId}, which is not the confirmed placement option of inbound plan ${plan.id}; confirm a placement option first.`);
    }
    return shipment;
  }

  /** An item as the 2024-03-20 `Item` definition presents it. */
  itemView(item: PlanItem) {
    const entry = this.catalogue.get(item.msku);
    const prepTypes = entry?.prepTypes.filter((t) => t !== 'ITEM_NO_PREP') ?? [];
    const labelling = entry && !entry.canUseManufacturerBarcode ? ['ITEM_LABELING'] : [];
    return {
      msku: item.msku,
      asin: entry?.asin ?? 'UNKNOWN',
      fnsku: entry?.fnsku ?? 'UNKNOWN',
      quantity: item.quantity,
      labelOwner: item.labelOwner,
      ...(item.expiration ? { expiration: item.expiration } : {}),
      ...(item.manufacturingLotCode ? { manufacturingLotCode: item.manufacturingLotCode } : {}),
      prepInstructions: [...prepTypes, ...labelling].map((prepType) => ({
        prepType,
        prepOwner: prepType === 'ITEM_LABELING' ? item.labelOwner : item.prepOwner,
        fee: { amount: prepType === 'ITEM_LABELING' ? 0.3 : 0.55, code: 'USD' },
      })),
    };
  }
}

/** Sums item quantities per MSKU (and expiration), merging lines of the same item. */
export function sumItems(lines: readonly PlanItem[], multiplier = 1): Map<string, number> {
  const totals = new Map<string, number>();
  for (const line of lines) totals.set(line.msku, (totals.get(line.msku) ?? 0) + line.quantity * multiplier);
  return totals;
}
