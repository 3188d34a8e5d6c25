import type { PracticeStation } from './practice-station';
import { invoke } from './invoke';
import type { ManualClock } from '../../main/practice/clock';
import type { CatalogueItem } from '../../main/practice/catalogue';
import type { McfAddress, McfOrderDetail, McfPreviewResult, McfTracking } from '../../shared/ipc/mcf';

const MINUTE = 60_000;

/** A recipient whose name and street appear nowhere else, so a search of files and logs for them means something. */
export function mcfRecipient(tag: string): McfAddress {
  return { name: `Rosalind Quist-${tag}`, addressLine1: `4417 Quillfeather Lane ${tag}`, city: 'Madison', stateOrRegion: 'WI', postalCode: '53703', countryCode: 'US', phone: '+1 608-555-0142' };
}

export function mcfItems(catalogue: readonly CatalogueItem[]): CatalogueItem[] {
  return catalogue.filter((c) => !c.hazmat && !c.oversize).slice(0, 2);
}

const scanCode = (item: CatalogueItem) => item.upc ?? item.ean ?? item.fnsku;

export interface McfFlowOutcome {
  preview: McfPreviewResult;
  created: McfOrderDetail;
  statuses: (string | null)[];
  order: McfOrderDetail;
  tracking: McfTracking[];
}

/**
 * An MCF order through the IPC contract: preview, create by scanned items, an update while Amazon is still planning,
 * then refreshes as the marketplace clock moves the order from Received to Complete, and package tracking.
 */
export async function mcfFlow(t: PracticeStation, clock: ManualClock, tag: string, settleMs?: number): Promise<McfFlowOutcome> {
  const { station, sellerId, market } = t;
  const [a, b] = mcfItems(market.catalogue) as [CatalogueItem, CatalogueItem];
  const destination = mcfRecipient(tag);
  const items = [
    { code: scanCode(a), quantity: 2 },
    { code: scanCode(b), quantity: 1 },
    { code: scanCode(a), quantity: 1 },
  ];
  const preview = await invoke(station, 'mcf:preview', { accountId: sellerId, destination, items });
  const created = await invoke(station, 'mcf:create', { accountId: sellerId, destination, items, shippingSpeed: 'Expedited', comment: 'Thank you for your order' });
  await t.settle(settleMs);
  const statuses: (string | null)[] = [];
  const refresh = async () => {
    const order = await invoke(station, 'mcf:refresh', { orderId: created.id });
    statuses.push(order.amazonStatus);
    return order;
  };
  await refresh();
  await invoke(station, 'mcf:update', { orderId: created.id, comment: 'Gift: thank you', quantities: [{ sellerFulfillmentOrderItemId: '2', quantity: 2 }] });
  await t.settle(settleMs);
  clock.advance(6 * MINUTE);
  await refresh();
  clock.advance(30 * MINUTE);
  await refresh();
  clock.advance(2 * 60 * MINUTE);
  const order = await refresh();
  // The carrier picks the package up two hours after Amazon ships it.
  clock.advance(3 * 60 * MINUTE);
  const tracking = await invoke(station, 'mcf:tracking', { orderId: created.id });
  return { preview, created, statuses, order, tracking };
}
