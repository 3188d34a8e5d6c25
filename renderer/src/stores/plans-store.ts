import { create } from 'zustand';
import type { Box, CreatePlan, PlanDetail, PlanSummary } from '../../../shared/ipc/inbound';
import type { RequestOf } from '../../../shared/ipc/contract';
import { call, subscribe } from '../ipc/station';
import { useStationStore } from './station-store';
import { coalesce } from './coalesce';
import { searchableList, type SearchableList } from './searchable-list';
import { loadOpened } from './opened-item';

export type InboundView = { kind: 'list' } | { kind: 'new' } | { kind: 'plan'; planId: string };

interface PlansState extends SearchableList<PlanSummary> {
  view: InboundView;
  plan: PlanDetail | null;
  planError: string | null;
  show(view: InboundView): void;
  loadPlan(): Promise<void>;
  create(input: CreatePlan): Promise<PlanDetail>;
  /** Runs a plan-changing call and keeps its reply as the open plan. */
  act<C extends PlanChannel>(channel: C, request: RequestOf<C>): Promise<PlanDetail>;
  /** Puts boxes the station just answered with into the open plan, so the screen does not wait for a refetch. */
  mergeBoxes(boxes: Box[]): void;
  dropBox(boxId: string): void;
}

export type PlanChannel =
  | 'inbound:choose-packing-option'
  | 'inbound:submit-packing'
  | 'inbound:choose-placement'
  | 'inbound:choose-transport'
  | 'inbound:set-tracking'
  | 'inbound:cancel'
  | 'inbound:refresh';

const openPlanId = (view: InboundView) => (view.kind === 'plan' ? view.planId : undefined);

export const usePlansStore = create<PlansState>((set, get) => ({
  ...searchableList<PlanSummary, PlansState>(set, get, { fetch: ({ query }) => call('inbound:list', query ? { query } : {}) }),
  view: { kind: 'list' },
  plan: null,
  planError: null,
  show(view) {
    const samePlan = view.kind === 'plan' && get().plan?.id === view.planId;
    set({ view, planError: null, ...(samePlan ? {} : { plan: null }) });
    if (view.kind === 'plan') void get().loadPlan();
    if (view.kind === 'list') void get().loadList();
  },
  loadPlan: () => loadOpened(() => openPlanId(get().view), (planId) => call('inbound:get', { planId }), (plan) => set({ plan, planError: null }), (planError) => set({ planError })),
  async create(input) {
    const plan = await call('inbound:create', input);
    set({ plan, view: { kind: 'plan', planId: plan.id }, planError: null });
    return plan;
  },
  async act(channel, request) {
    const plan = (await call(channel, request)) as PlanDetail;
    const view = get().view;
    if (view.kind === 'plan' && view.planId === plan.id) set({ plan });
    return plan;
  },
  mergeBoxes(boxes) {
    const plan = get().plan;
    if (!plan) return;
    const byId = new Map(plan.boxes.map((b) => [b.id, b]));
    for (const box of boxes) byId.set(box.id, box);
    set({ plan: { ...plan, boxes: [...byId.values()].sort((a, b) => a.number - b.number) } });
  },
  dropBox(boxId) {
    const plan = get().plan;
    if (plan) set({ plan: { ...plan, boxes: plan.boxes.filter((b) => b.id !== boxId) } });
  },
}));

/**
 * Plans advance in the background as the sync engine talks to Amazon; every sync status change may mean a new step,
 * options or box ids. Refetches are coalesced: one in flight, and one more if another change arrived meanwhile.
 */
const refetch = coalesce(async () => {
  const { view, loadPlan, loadList } = usePlansStore.getState();
  if (view.kind === 'plan') await loadPlan();
  else if (view.kind === 'list') await loadList();
});

// Only while the inbound page is on screen; it loads afresh when opened.
subscribe('sync:status', () => {
  if (useStationStore.getState().page === 'inbound') void refetch();
});
