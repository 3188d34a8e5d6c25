import { create } from 'zustand';
import type { DfOrderDetail, DfOrderSummary, DfStep } from '../../../shared/ipc/vendor-df';
import type { RequestOf } from '../../../shared/ipc/contract';
import { call, subscribe } from '../ipc/station';
import { useAccountsStore } from './accounts-store';
import { useStationStore } from './station-store';
import { coalesce } from './coalesce';
import { errorMessage as message, searchableList, type SearchableList } from './searchable-list';
import { loadOpened } from './opened-item';

export type DfView = { kind: 'queue' } | { kind: 'order'; orderId: string };

/** "open" is every order still to ship; the other filters are Amazon's steps as the station tracks them. */
export type DfFilter = 'open' | 'all' | DfStep;

export type PullResult = { accountId: string; added: number; updated: number; invoices: number; invoicesError: string | null } | { accountId: string; error: string };

export type DfOrderChannel = 'df:acknowledge' | 'df:request-labels' | 'df:confirm' | 'df:use-own-carrier' | 'df:send-status';

interface VendorDfState extends SearchableList<DfOrderSummary> {
  view: DfView;
  filter: DfFilter;
  pulling: string | null;
  pullResult: PullResult | null;
  order: DfOrderDetail | null;
  orderError: string | null;
  show(view: DfView): void;
  setFilter(filter: DfFilter): void;
  /** Searches by PO number, SKU/ASIN or tracking number; an item barcode is tried as the vendor SKU it stands for. */
  search(query: string): Promise<DfOrderSummary[]>;
  loadOrder(): Promise<void>;
  pull(accountId: string): Promise<void>;
  /** Runs an order-changing call and keeps its reply as the open order. */
  act<C extends DfOrderChannel>(channel: C, request: RequestOf<C>): Promise<DfOrderDetail>;
  /** Puts what the station just answered into the open order, so the screen does not wait for a refetch. */
  patchOrder(orderId: string, change: (order: DfOrderDetail) => DfOrderDetail): void;
}

const openOrderId = (view: DfView) => (view.kind === 'order' ? view.orderId : undefined);
const isOpen = (o: DfOrderSummary) => o.step !== 'shipped' && o.step !== 'cancelled';

async function listFor(query: string, filter: DfFilter): Promise<DfOrderSummary[]> {
  const step = filter === 'open' || filter === 'all' ? undefined : filter;
  const orders = await call('df:list', { ...(query ? { query } : {}), ...(step ? { step } : {}) });
  // A search names one order: it is shown whatever its step, so a tracking number finds a shipped order too.
  return filter === 'open' && !query ? orders.filter(isOpen) : orders;
}

/** Item barcodes (UPC, EAN) stand for a vendor SKU in each vendor account's catalogue. */
async function skusFor(code: string): Promise<string[]> {
  const vendors = useAccountsStore.getState().accounts.filter((a) => a.type === 'vendor');
  const found = await Promise.all(vendors.map((a) => call('inbound:resolve-item', { accountId: a.id, code }).catch(() => null)));
  return [...new Set(found.flatMap((r) => (r?.ok && r.item.msku !== code ? [r.item.msku] : [])))];
}

/** The orders of the vendor SKUs an item barcode stands for; null when it stands for none. */
async function ordersBySku(code: string, { filter }: { filter: DfFilter }): Promise<DfOrderSummary[] | null> {
  const skus = await skusFor(code);
  if (skus.length === 0) return null;
  const byId = new Map<string, DfOrderSummary>();
  for (const sku of skus) for (const o of await listFor(sku, filter)) byId.set(o.id, o);
  return [...byId.values()];
}

export const useVendorDfStore = create<VendorDfState>((set, get) => ({
  ...searchableList<DfOrderSummary, VendorDfState>(set, get, {
    fetch: ({ query, filter }) => listFor(query, filter),
    // The filter is part of what the queue asks for: a reply for another filter is as stale as one for another search.
    sameRequest: (sent, now) => sent.query === now.query && sent.filter === now.filter,
    orElse: ordersBySku,
  }),
  view: { kind: 'queue' },
  filter: 'open',
  pulling: null,
  pullResult: null,
  order: null,
  orderError: null,
  show(view) {
    const sameOrder = view.kind === 'order' && get().order?.id === view.orderId;
    set({ view, orderError: null, ...(sameOrder ? {} : { order: null }) });
    if (view.kind === 'order') void get().loadOrder();
    else void get().loadList();
  },
  setFilter(filter) {
    set({ filter });
    void get().loadList();
  },
  loadOrder: () => loadOpened(() => openOrderId(get().view), (orderId) => call('df:get', { orderId }), (order) => set({ order, orderError: null }), (orderError) => set({ orderError })),
  async pull(accountId) {
    set({ pulling: accountId, pullResult: null });
    try {
      const result = await call('df:pull', { accountId });
      set({ pullResult: { accountId, ...result } });
    } catch (error) {
      set({ pullResult: { accountId, error: message(error) } });
    } finally {
      set({ pulling: null });
    }
    await get().loadList();
  },
  async act(channel, request) {
    const order = (await call(channel, request)) as DfOrderDetail;
    const view = get().view;
    if (view.kind === 'order' && view.orderId === order.id) set({ order });
    return order;
  },
  patchOrder(orderId, change) {
    const order = get().order;
    if (order?.id === orderId) set({ order: change(order) });
  },
}));

/**
 * Orders advance in the background as the sync engine talks to Amazon; each sync status change may mean a new step,
 * tracking numbers or labels. Refetches are coalesced: one in flight, and one more if another change came meanwhile.
 */
const refetch = coalesce(async () => {
  const { view, loadOrder, loadList } = useVendorDfStore.getState();
  if (view.kind === 'order') await loadOrder();
  else await loadList();
});

// Only while the page is on screen: other pages' sync traffic is no reason to query DF orders.
subscribe('sync:status', () => {
  if (useStationStore.getState().page === 'vendor-df') void refetch();
});
