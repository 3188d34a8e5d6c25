import { create } from 'zustand';
import type { RetailShipmentDetail, RetailShipmentSummary, RetailVendorSettings } from '../../../shared/ipc/retail';
import type { RequestOf } from '../../../shared/ipc/contract';
import { call, subscribe } from '../ipc/station';
import { useStationStore } from './station-store';
import { coalesce } from './coalesce';
import { searchableList, type SearchableList } from './searchable-list';
import { loadOpened } from './opened-item';

export type RetailView = { kind: 'list' } | { kind: 'new' } | { kind: 'shipment'; shipmentId: string };
export type RetailShipmentChannel = 'retail:create' | 'retail:update' | 'retail:add-line' | 'retail:remove-line' | 'retail:submit';

interface RetailState extends SearchableList<RetailShipmentSummary> {
  view: RetailView;
  shipment: RetailShipmentDetail | null;
  shipmentError: string | null;
  /** Per vendor account: its codes and GS1 prefix, or null until saved. */
  settings: Record<string, RetailVendorSettings | null>;
  show(view: RetailView): void;
  loadShipment(): Promise<void>;
  loadSettings(accountId: string): Promise<void>;
  saveSettings(input: RequestOf<'retail:settings-save'>): Promise<void>;
  /** Runs a shipment-changing call and keeps its reply as the open shipment. */
  act<C extends RetailShipmentChannel>(channel: C, request: RequestOf<C>): Promise<RetailShipmentDetail>;
}

const openShipmentId = (view: RetailView) => (view.kind === 'shipment' ? view.shipmentId : undefined);

export const useRetailStore = create<RetailState>((set, get) => ({
  ...searchableList<RetailShipmentSummary, RetailState>(set, get, { fetch: ({ query }) => call('retail:list', query ? { query } : {}) }),
  view: { kind: 'list' },
  shipment: null,
  shipmentError: null,
  settings: {},
  show(view) {
    const same = view.kind === 'shipment' && get().shipment?.id === view.shipmentId;
    set({ view, shipmentError: null, ...(same ? {} : { shipment: null }) });
    if (view.kind === 'shipment') void get().loadShipment();
    if (view.kind === 'list') void get().loadList();
  },
  loadShipment: () =>
    loadOpened(() => openShipmentId(get().view), (shipmentId) => call('retail:get', { shipmentId }), (shipment) => set({ shipment, shipmentError: null }), (shipmentError) => set({ shipmentError })),
  async loadSettings(accountId) {
    const found = await call('retail:settings-get', { accountId });
    set((s) => ({ settings: { ...s.settings, [accountId]: found } }));
  },
  async saveSettings(input) {
    const saved = await call('retail:settings-save', input);
    set((s) => ({ settings: { ...s.settings, [input.accountId]: saved } }));
  },
  async act(channel, request) {
    const shipment = (await call(channel, request)) as RetailShipmentDetail;
    const view = get().view;
    if (channel === 'retail:create') set({ view: { kind: 'shipment', shipmentId: shipment.id }, shipment });
    else if (view.kind === 'shipment' && view.shipmentId === shipment.id) set({ shipment });
    return shipment;
  },
}));

/** Shipments advance in the background as the ASN reaches Amazon. Refetches are coalesced: one in flight, one more queued. */
const refetch = coalesce(async () => {
  const { view, loadShipment, loadList } = useRetailStore.getState();
  if (view.kind === 'shipment') await loadShipment();
  else if (view.kind === 'list') await loadList();
});

subscribe('sync:status', () => {
  if (useStationStore.getState().page === 'retail') void refetch();
});
