import type { PlanDetail } from '../../shared/ipc/inbound';
import type { CatalogueItem } from '../../main/practice/catalogue';
import { lightItems, packByGroup, type FlowStation } from './inbound-flows';

export const MX = 'A1AM78C64UM0Y8';

/**
 * A pack-first plan taken as far as confirmed transportation (labels step, shipments WORKING): the point from which a
 * shipment's contents, delivery window, names and self-ship appointment can change.
 */
export async function confirmedPlan(
  t: FlowStation,
  options: { marketplaceId?: string; skus?: number; quantity?: number; perBox?: number; carrier: 'partnered' | 'own' },
): Promise<{ plan: PlanDetail; items: CatalogueItem[] }> {
  const { station } = t;
  const items = lightItems(t.market.catalogue, options.skus ?? 2);
  const created = station.plans.create({
    accountId: t.sellerId,
    marketplaceId: options.marketplaceId ?? 'ATVPDKIKX0DER',
    shipFromId: t.shipFromId,
    flow: 'pack_first',
    name: 'After confirmation',
    items: items.map((c) => ({ msku: c.msku, quantity: options.quantity ?? 12, prepOwner: c.prepTypes.length ? 'SELLER' : 'NONE', labelOwner: c.canUseManufacturerBarcode ? 'NONE' : 'SELLER' })),
  });
  await t.settle();
  let plan = station.plans.get(created.id);
  if (plan.step !== 'choose_packing') throw new Error(`Plan stopped at ${plan.step}: ${JSON.stringify(plan.problems)}`);
  plan = station.plans.choosePackingOption(plan.id, plan.packingOptions[0]!.packingOptionId);
  await t.settle();
  packByGroup(t, station.plans.get(plan.id), options.perBox ?? 6);
  station.plans.submitPacking(plan.id);
  await t.settle();
  plan = station.plans.get(plan.id);
  const placement = plan.placementOptions[0]!;
  station.plans.choosePlacement(plan.id, placement.placementOptionId);
  await t.settle();
  plan = station.plans.get(plan.id);
  const solution = options.carrier === 'own' ? 'USE_YOUR_OWN_CARRIER' : 'AMAZON_PARTNERED_CARRIER';
  station.plans.chooseTransport(
    plan.id,
    placement.shipmentIds.map((shipmentId) => {
      const option = plan.transportationOptions.find((o) => o.shipmentId === shipmentId && o.shippingMode === 'GROUND_SMALL_PARCEL' && o.shippingSolution === solution);
      if (!option) throw new Error(`No ${solution} small parcel option for ${shipmentId}`);
      const window = plan.deliveryWindows.find((w) => w.shipmentId === shipmentId);
      return { shipmentId, transportationOptionId: option.transportationOptionId, ...(window ? { deliveryWindowOptionId: window.deliveryWindowOptionId } : {}) };
    }),
  );
  await t.settle();
  plan = station.plans.get(plan.id);
  if (plan.step !== 'labels') throw new Error(`Plan stopped at ${plan.step}`);
  return { plan, items };
}
