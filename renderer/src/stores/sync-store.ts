import { create } from 'zustand';
import type { SyncProblem, SyncStatus } from '../../../shared/ipc/sync';
import { call, subscribe } from '../ipc/station';

interface SyncState {
  status: SyncStatus | null;
  problems: SyncProblem[];
  load(): Promise<void>;
  loadProblems(): Promise<void>;
  syncNow(): Promise<void>;
  retry(id: number): Promise<void>;
  discard(id: number): Promise<void>;
}

export const useSyncStore = create<SyncState>((set, get) => ({
  status: null,
  problems: [],
  async load() {
    set({ status: await call('sync:status', {}) });
  },
  async loadProblems() {
    set({ problems: await call('sync:problems', {}) });
  },
  async syncNow() {
    set({ status: await call('sync:now', {}) });
    await get().loadProblems();
  },
  async retry(id) {
    await call('sync:retry', { id });
    await get().loadProblems();
  },
  async discard(id) {
    await call('sync:discard', { id, confirmed: true });
    await get().loadProblems();
  },
}));

subscribe('sync:status', (status) => {
  useSyncStore.setState({ status });
  if (status.failed > 0 || useSyncStore.getState().problems.length > 0) void useSyncStore.getState().loadProblems();
});
