import { create } from 'zustand';
import type { ConflictsSummary, InboundConflict, RegenerateOptionsResult } from '../../../shared/ipc/conflicts';
import { call, subscribe } from '../ipc/station';

type RegenerateKind = RegenerateOptionsResult['kind'];

interface ConflictsState {
  summary: ConflictsSummary | null;
  planId: string | null;
  conflicts: InboundConflict[];
  /** What the last regeneration of the open plan dropped, for the step that shows its options. */
  regenerated: RegenerateOptionsResult | null;
  loadSummary(): Promise<void>;
  load(planId: string): Promise<void>;
  /** Reads the plan back from Amazon now; returns what merged on its own. */
  check(planId: string): Promise<string[]>;
  resolve(id: number, choice: 'keep_amazon' | 'keep_local', confirmDiscard: boolean): Promise<void>;
  regenerate(planId: string, kind: RegenerateKind): Promise<RegenerateOptionsResult>;
  openFor(planId: string): number;
}

export const useConflictsStore = create<ConflictsState>((set, get) => ({
  summary: null,
  planId: null,
  conflicts: [],
  regenerated: null,
  async loadSummary() {
    set({ summary: await call('conflicts:summary', {}) });
  },
  async load(planId) {
    if (get().planId !== planId) set({ planId, conflicts: [], regenerated: null });
    const conflicts = await call('conflicts:list', { planId });
    if (get().planId === planId) set({ conflicts });
  },
  async check(planId) {
    const { conflicts, merged } = await call('conflicts:check', { planId });
    set({ planId, conflicts });
    await get().loadSummary();
    return merged;
  },
  async resolve(id, choice, confirmDiscard) {
    const result = await call('conflicts:resolve', { id, choice, confirmDiscard });
    set({ conflicts: result.remaining });
    await get().loadSummary();
  },
  async regenerate(planId, kind) {
    const result = await call('conflicts:regenerate-options', { planId, kind });
    set({ planId, regenerated: result });
    return result;
  },
  openFor(planId) {
    return get().summary?.plans.find((p) => p.planId === planId)?.open ?? 0;
  },
}));

// Conflicts are found by pulls the outbox runs; a status event is the cue to look again.
subscribe('sync:status', () => {
  const state = useConflictsStore.getState();
  void state.loadSummary();
  if (state.planId) void state.load(state.planId);
});
