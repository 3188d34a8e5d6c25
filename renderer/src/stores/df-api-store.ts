import { create } from 'zustand';
import type { DfApiVersion } from '../../../shared/ipc/vendor-df';
import { call } from '../ipc/station';

interface DfApiState {
  /** Each vendor account's DF API version, as the station keeps it. */
  versions: Record<string, DfApiVersion>;
  error: string | null;
  load(accountIds: string[]): Promise<void>;
  choose(accountId: string, version: DfApiVersion): Promise<void>;
}

const text = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Which DF API version (v1 or 2021-12-28) each vendor account's orders go through. */
export const useDfApiStore = create<DfApiState>((set) => ({
  versions: {},
  error: null,
  async load(accountIds) {
    try {
      const replies = await Promise.all(accountIds.map((accountId) => call('df:api-version', { accountId })));
      set((s) => ({ versions: { ...s.versions, ...Object.fromEntries(replies.map((r) => [r.accountId, r.version])) }, error: null }));
    } catch (error) {
      set({ error: text(error) });
    }
  },
  async choose(accountId, version) {
    try {
      const reply = await call('df:api-version', { accountId, version });
      set((s) => ({ versions: { ...s.versions, [reply.accountId]: reply.version }, error: null }));
    } catch (error) {
      set({ error: text(error) });
    }
  },
}));
