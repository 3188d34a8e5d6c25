import { create } from 'zustand';
import type { McfOrderDetail, McfOrderSummary, McfTracking } from '../../../shared/ipc/mcf';
import type { RequestOf } from '../../../shared/ipc/contract';
import { call, subscribe } from '../ipc/station';
import { useStationStore } from './station-store';
import { coalesce } from './coalesce';
import { errorMessage as message, searchableList, type SearchableList } from './searchable-list';
import { loadOpened } from './opened-item';

export type McfView = { kind: 'list' } | { kind: 'new' } | { kind: 'order'; orderId: string };
export type McfOrderChannel = 'mcf:refresh' | 'mcf:cancel' | 'mcf:update';

interface McfState extends SearchableList<McfOrderSummary> {
  view: McfView;
  order: McfOrderDetail | null;
  orderError: string | null;
  tracking: McfTracking[] | null;
  trackingError: string | null;
  show(view: McfView): void;
  loadOrder(): Promise<void>;
  loadTracking(orderId: string): Promise<void>;
  /** Runs an order-changing call and keeps its reply as the open order. */
  act<C extends McfOrderChannel>(channel: C, request: RequestOf<C>): Promise<McfOrderDetail>;
  opened(order: McfOrderDetail): void;
}

const openOrderId = (view: McfView) => (view.kind === 'order' ? view.orderId : undefined);

export const useMcfStore = create<McfState>((set, get) => ({
  ...searchableList<McfOrderSummary, McfState>(set, get, { fetch: ({ query }) => call('mcf:list', query ? { query } : {}) }),
  view: { kind: 'list' },
  order: null,
  orderError: null,
  tracking: null,
  trackingError: null,
  show(view) {
    const same = view.kind === 'order' && get().order?.id === view.orderId;
    set({ view, orderError: null, ...(same ? {} : { order: null, tracking: null, trackingError: null }) });
    if (view.kind === 'order') void get().loadOrder();
    if (view.kind === 'list') void get().loadList();
  },
  loadOrder: () => loadOpened(() => openOrderId(get().view), (orderId) => call('mcf:get', { orderId }), (order) => set({ order, orderError: null }), (orderError) => set({ orderError })),
  async loadTracking(orderId) {
    set({ trackingError: null });
    try {
      const tracking = await call('mcf:tracking', { orderId });
      if (get().order?.id === orderId) set({ tracking });
    } catch (error) {
      set({ trackingError: message(error) });
    }
  },
  async act(channel, request) {
    const order = (await call(channel, request)) as McfOrderDetail;
    const view = get().view;
    if (view.kind === 'order' && view.orderId === order.id) set({ order });
    return order;
  },
  opened(order) {
    set({ view: { kind: 'order', orderId: order.id }, order, orderError: null, tracking: null, trackingError: null });
  },
}));

/** Orders reach Amazon in the background; each sync status change may mean a new step. Refetches are coalesced. */
const refetch = coalesce(async () => {
  const { view, loadOrder, loadList } = useMcfStore.getState();
  if (view.kind === 'order') await loadOrder();
  else if (view.kind === 'list') await loadList();
});

subscribe('sync:status', () => {
  if (useStationStore.getState().page === 'mcf') void refetch();
});
