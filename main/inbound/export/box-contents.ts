import type { Address, Box, PlanDetail } from '../../../shared/ipc/inbound';
import type { ExportScope } from '../../../shared/ipc/inbound-export';
import { MARKETPLACES } from '../../../shared/marketplaces';
import { CM_PER_IN, LB_PER_KG } from '../../../shared/inbound/box-limits';
import { StationError } from '../../core/errors';

export interface ExportLine {
  msku: string;
  fnsku: string | null;
  title: string;
  quantity: number;
  expiration: string | null;
}

export interface ExportBox {
  id: string;
  number: number;
  /** Amazon's box id (FBA…U000001) once known, else the station's box number. */
  label: string;
  amazonBoxId: string | null;
  /** In the export's units (see BoxContents.units), rounded to 2 decimals. */
  weight: number | null;
  dimensions: { length: number; width: number; height: number } | null;
  contentSource: Box['contentSource'];
  units: number;
  lines: ExportLine[];
}

/** One row per MSKU and expiration date, as in Seller Central's pack list. */
export interface ExportItem {
  msku: string;
  fnsku: string | null;
  asin: string | null;
  title: string;
  prepOwner: string;
  labelOwner: string;
  expiration: string | null;
  expected: number;
  boxed: number;
  /** Units of this row in each box, in the order of BoxContents.boxes. */
  perBox: number[];
}

export interface BoxContents {
  plan: { id: string; name: string; amazonPlanId: string | null; marketplaceId: string };
  scope: ExportScope;
  shipmentId: string | null;
  confirmationId: string | null;
  packingGroupId: string | null;
  destinationFc: string | null;
  shipFrom: Address;
  units: { weight: 'LB' | 'KG'; dimension: 'IN' | 'CM' };
  items: ExportItem[];
  boxes: ExportBox[];
  totals: { skus: number; units: number; boxes: number; weight: number };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function weightIn(unit: 'LB' | 'KG', w: NonNullable<Box['weight']>): number {
  if (w.unit === unit) return round2(w.value);
  return round2(unit === 'KG' ? w.value / LB_PER_KG : w.value * LB_PER_KG);
}

function lengthIn(unit: 'IN' | 'CM', value: number, from: 'IN' | 'CM'): number {
  if (from === unit) return round2(value);
  return round2(unit === 'CM' ? value * CM_PER_IN : value / CM_PER_IN);
}

function destinationOf(raw: Record<string, unknown>): string | null {
  const destination = raw.destination;
  if (destination && typeof destination === 'object' && 'warehouseId' in destination && typeof destination.warehouseId === 'string') return destination.warehouseId;
  return null;
}

const itemKey = (msku: string, expiration: string | null) => `${msku}\u0000${expiration ?? ''}`;

/**
 * The box contents of one shipment or packing group, in the marketplace's units (pounds and inches in the US,
 * kilograms and centimetres elsewhere), with the plan's item details. `asinOf` reads the catalogue cache.
 */
export function boxContentsOf(plan: PlanDetail, scope: ExportScope, asinOf: (msku: string) => string | null): BoxContents {
  const imperial = MARKETPLACES[plan.marketplaceId]?.units === 'imperial';
  const units = { weight: imperial ? ('LB' as const) : ('KG' as const), dimension: imperial ? ('IN' as const) : ('CM' as const) };
  let boxes: Box[];
  let expected = new Map<string, number>();
  let shipmentId: string | null = null;
  let confirmationId: string | null = null;
  let destinationFc: string | null = null;
  if (scope.kind === 'shipment') {
    const shipment = plan.shipments.find((s) => s.shipmentId === scope.shipmentId);
    if (!shipment) throw new StationError('NOT_FOUND', `Shipment ${scope.shipmentId} is not in plan ${plan.name}`);
    boxes = plan.boxes.filter((b) => b.shipmentId === scope.shipmentId);
    shipmentId = shipment.shipmentId;
    confirmationId = shipment.confirmationId;
    destinationFc = destinationOf(shipment.raw);
  } else {
    const group = plan.packingGroups.find((g) => g.packingGroupId === scope.packingGroupId);
    boxes = plan.boxes.filter((b) => b.packingGroupId === scope.packingGroupId);
    if (!group && boxes.length === 0) throw new StationError('NOT_FOUND', `Packing group ${scope.packingGroupId} is not in plan ${plan.name}`);
    expected = new Map((group?.items ?? []).map((i) => [itemKey(i.msku, i.expiration), i.quantity]));
  }
  if (boxes.length === 0) throw new StationError('VALIDATION', `There are no boxes to export in ${scope.kind === 'shipment' ? `shipment ${scope.shipmentId}` : `packing group ${scope.packingGroupId}`} yet`);

  const planItems = new Map(plan.items.map((i) => [i.msku, i]));
  const exportBoxes: ExportBox[] = boxes.map((b) => ({
    id: b.id,
    number: b.number,
    label: b.amazonBoxId ?? `Box ${b.number}`,
    amazonBoxId: b.amazonBoxId,
    weight: b.weight ? weightIn(units.weight, b.weight) : null,
    dimensions: b.dimensions
      ? {
          length: lengthIn(units.dimension, b.dimensions.length, b.dimensions.unit),
          width: lengthIn(units.dimension, b.dimensions.width, b.dimensions.unit),
          height: lengthIn(units.dimension, b.dimensions.height, b.dimensions.unit),
        }
      : null,
    contentSource: b.contentSource,
    units: b.lines.reduce((n, l) => n + l.quantity, 0),
    lines: b.lines.map((l) => ({ msku: l.msku, fnsku: planItems.get(l.msku)?.fnsku ?? null, title: planItems.get(l.msku)?.title ?? '', quantity: l.quantity, expiration: l.expiration })),
  }));

  const rows = new Map<string, ExportItem>();
  const row = (msku: string, expiration: string | null): ExportItem => {
    const key = itemKey(msku, expiration);
    let item = rows.get(key);
    if (!item) {
      const planItem = planItems.get(msku);
      item = {
        msku,
        fnsku: planItem?.fnsku ?? null,
        asin: asinOf(msku),
        title: planItem?.title ?? '',
        prepOwner: planItem?.prepOwner ?? '',
        labelOwner: planItem?.labelOwner ?? '',
        expiration,
        expected: 0,
        boxed: 0,
        perBox: exportBoxes.map(() => 0),
      };
      rows.set(key, item);
    }
    return item;
  };
  for (const [key, quantity] of expected) {
    const [msku, expiration] = key.split('\u0000') as [string, string];
    row(msku, expiration || null).expected = quantity;
  }
  exportBoxes.forEach((box, index) => {
    for (const line of box.lines) {
      const item = row(line.msku, line.expiration);
      item.perBox[index]! += line.quantity;
      item.boxed += line.quantity;
    }
  });
  // A shipment's expected quantities are what Amazon placed in it: the boxed units, as the station has no other record.
  if (scope.kind === 'shipment') for (const item of rows.values()) item.expected = item.boxed;

  const items = [...rows.values()];
  return {
    plan: { id: plan.id, name: plan.name, amazonPlanId: plan.amazonPlanId, marketplaceId: plan.marketplaceId },
    scope,
    shipmentId,
    confirmationId,
    packingGroupId: scope.kind === 'packing-group' ? scope.packingGroupId : null,
    destinationFc,
    shipFrom: plan.shipFrom.address,
    units,
    items,
    boxes: exportBoxes,
    totals: {
      skus: new Set(items.map((i) => i.msku)).size,
      units: exportBoxes.reduce((n, b) => n + b.units, 0),
      boxes: exportBoxes.length,
      weight: round2(exportBoxes.reduce((n, b) => n + (b.weight ?? 0), 0)),
    },
  };
}

/** A file name safe on every OS: the shipment or group id and what the file is. */
export function exportFileName(contents: BoxContents, what: 'box-contents' | 'pack-list', extension: string): string {
  const id = (contents.shipmentId ?? contents.packingGroupId ?? contents.plan.id).replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 60);
  return `${id}-${what}.${extension}`;
}
