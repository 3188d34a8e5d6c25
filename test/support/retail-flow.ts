import type { PracticeStation } from './practice-station';
import { invoke, reply } from './invoke';
import { PRACTICE_VENDOR_CODE, PRACTICE_WAREHOUSE_ID } from '../../main/practice/vendor/vendor-data';
import type { RetailPurchaseOrder } from '../../main/practice/vendor/retail-handlers';
import type { CatalogueItem } from '../../main/practice/catalogue';
import type { RetailShipmentDetail } from '../../shared/ipc/retail';

/** The practice vendor's codes, and GS1's own example company prefix. */
export const practiceRetailSettings = { sellingParty: PRACTICE_VENDOR_CODE, shipFromParty: PRACTICE_WAREHOUSE_ID, gs1CompanyPrefix: '0614141' };

const scanCode = (item: CatalogueItem) => item.upc ?? item.ean ?? item.fnsku;

/** The seeded purchase orders that share the most common ship-to: one ASN may cover several POs to one warehouse. */
function sameDestination(orders: readonly RetailPurchaseOrder[]): RetailPurchaseOrder[] {
  const groups = new Map<string, RetailPurchaseOrder[]>();
  for (const po of orders) groups.set(po.shipToPartyId, [...(groups.get(po.shipToPartyId) ?? []), po]);
  return [...groups.values()].sort((a, b) => b.length - a.length)[0]!.slice(0, 2);
}

export interface RetailFlowOutcome {
  shipment: RetailShipmentDetail;
  refusals: string[];
  printed: { sscc: { printer: string; format: string }[]; contents: { printer: string; format: string }[] };
}

/**
 * A retail ASN through the IPC contract: PO lines typed in, two cartons packed by scan (with a stranger and one unit too
 * many refused), both on a pallet by their SSCC labels, labels printed, the ASN submitted and the outbox settled.
 */
export async function retailFlow(t: PracticeStation, settleMs?: number): Promise<RetailFlowOutcome> {
  const { station, market, vendorId } = t;
  await invoke(station, 'retail:settings-save', { accountId: vendorId, ...practiceRetailSettings });
  const orders = sameDestination(market.inspect.retailPurchaseOrders());
  const first = orders[0]!;
  const fromSecond = orders[1]?.items.find((i) => i.vendorSku !== first.items[0]!.vendorSku && i.vendorSku !== first.items[1]!.vendorSku);
  const picks = [
    { po: first, line: first.items[0]!, units: 3 },
    { po: first, line: first.items[1]!, units: 2 },
    orders[1] && fromSecond ? { po: orders[1], line: fromSecond, units: 2 } : { po: first, line: first.items[2]!, units: 2 },
  ];
  const item = (sku: string) => market.catalogue.find((c) => c.msku === sku)!;
  let shipment = await invoke(station, 'retail:create', {
    accountId: vendorId,
    shipToParty: first.shipToPartyId,
    shipmentType: 'LessThanTruckLoad',
    // The packer types the PO lines from the purchase order: PO number, the ASIN or vendor SKU, and the units.
    lines: picks.slice(0, 2).map((p) => ({ purchaseOrderNumber: p.po.purchaseOrderNumber, code: p.line.asin, quantity: p.units })),
  });
  shipment = await invoke(station, 'retail:add-line', { shipmentId: shipment.id, purchaseOrderNumber: picks[2]!.po.purchaseOrderNumber, code: picks[2]!.line.vendorSku, quantity: picks[2]!.units });

  const refusals: string[] = [];
  const refused = (outcome: { ok: boolean; code?: string }) => {
    if (outcome.ok) throw new Error('A scan that should be refused was accepted');
    refusals.push(outcome.code!);
  };
  const carton1 = await invoke(station, 'retail:open-carton', { shipmentId: shipment.id });
  const onShipment = new Set(picks.map((p) => p.line.vendorSku));
  const stranger = market.catalogue.find((c) => !onShipment.has(c.msku) && !c.hazmat)!;
  refused(await invoke(station, 'retail:scan', { cartonId: carton1.id, code: scanCode(stranger) }));
  for (const p of picks.slice(0, 2)) {
    for (let i = 0; i < p.units; i++) {
      const outcome = await invoke(station, 'retail:scan', { cartonId: carton1.id, code: scanCode(item(p.line.vendorSku)) });
      if (!outcome.ok) throw new Error(`Scan refused: ${outcome.message}`);
    }
  }
  refused(await invoke(station, 'retail:scan', { cartonId: carton1.id, code: scanCode(item(picks[0]!.line.vendorSku)) }));
  await invoke(station, 'retail:close-carton', { containerId: carton1.id, weight: { value: 18.5, unit: 'LB' }, dimensions: { length: 20, width: 16, height: 14, unit: 'IN' } });

  const carton2 = await invoke(station, 'retail:open-carton', { shipmentId: shipment.id });
  const scanned = await invoke(station, 'retail:scan', { cartonId: carton2.id, code: scanCode(item(picks[2]!.line.vendorSku)), quantity: picks[2]!.units });
  if (!scanned.ok) throw new Error(`Scan refused: ${scanned.message}`);

  const pallet = await invoke(station, 'retail:open-pallet', { shipmentId: shipment.id });
  refused(await invoke(station, 'retail:place-carton', { palletId: pallet.id, carton: carton2.sscc }));
  await invoke(station, 'retail:close-carton', { containerId: carton2.id, weight: { value: 6, unit: 'KG' }, dimensions: { length: 40, width: 30, height: 30, unit: 'CM' } });
  refused(await invoke(station, 'retail:place-carton', { palletId: pallet.id, carton: '(00) 123456789012345678' }));
  await invoke(station, 'retail:place-carton', { palletId: pallet.id, carton: `(00) ${carton1.sscc}` });
  await invoke(station, 'retail:place-carton', { palletId: pallet.id, carton: carton2.sscc });
  await invoke(station, 'retail:close-pallet', { containerId: pallet.id, weight: { value: 80, unit: 'LB' }, dimensions: { length: 48, width: 40, height: 50, unit: 'IN' } });

  const printed = {
    sscc: await invoke(station, 'retail:print', { shipmentId: shipment.id, what: 'sscc' }),
    contents: await invoke(station, 'retail:print', { shipmentId: shipment.id, what: 'contents' }),
  };
  const submitted = await invoke(station, 'retail:submit', { shipmentId: shipment.id });
  if (submitted.step !== 'submitted') throw new Error(`Submitted shipment is ${submitted.step}`);
  const late = await reply(station, 'retail:open-carton', { shipmentId: shipment.id });
  if (late.ok) throw new Error('A submitted shipment took a new carton');
  await t.settle(settleMs);
  return { shipment: await invoke(station, 'retail:get', { shipmentId: shipment.id }), refusals, printed };
}
