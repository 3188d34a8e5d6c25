import type { DfOrderSummary, DfStep } from '../../../../shared/ipc/vendor-df';

export interface ShipByDay {
  /** The ship-by day in the station's time zone (YYYY-MM-DD), or null for orders without one. */
  day: string | null;
  orders: DfOrderSummary[];
}

export interface ShipFromGroup {
  shipFrom: string;
  days: ShipByDay[];
}

/** The steps a DF order goes through at the station, in order. */
export const DF_STEPS: readonly DfStep[] = ['new', 'acknowledged', 'packing', 'labelled', 'shipped'];

function localDay(iso: string | null): string | null {
  if (!iso) return null;
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

const byShipDate = (a: DfOrderSummary, b: DfOrderSummary) =>
  (a.requiredShipDate ?? '\uffff').localeCompare(b.requiredShipDate ?? '\uffff') || a.purchaseOrderNumber.localeCompare(b.purchaseOrderNumber);

/**
 * The queue as the packer works it: one group per ship-from warehouse, and in each the orders due the earliest first,
 * one heading per ship-by day. Orders without a ship-by date come last.
 */
export function groupOrders(orders: readonly DfOrderSummary[]): ShipFromGroup[] {
  const warehouses = new Map<string, Map<string | null, DfOrderSummary[]>>();
  for (const order of [...orders].sort(byShipDate)) {
    const days = warehouses.get(order.shipFromParty) ?? new Map<string | null, DfOrderSummary[]>();
    warehouses.set(order.shipFromParty, days);
    const day = localDay(order.requiredShipDate);
    days.set(day, [...(days.get(day) ?? []), order]);
  }
  return [...warehouses.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([shipFrom, days]) => ({
      shipFrom,
      days: [...days.entries()]
        .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
        .map(([day, list]) => ({ day, orders: list })),
    }));
}
