import { create } from 'zustand';
import type { AccountCreate, AccountSummary, AccountUpdate } from '../../../shared/ipc/accounts';
import { call, subscribe } from '../ipc/station';

interface AccountsState {
  accounts: AccountSummary[];
  loaded: boolean;
  load(): Promise<void>;
  create(input: AccountCreate): Promise<AccountSummary>;
  update(input: AccountUpdate): Promise<AccountSummary>;
  remove(id: string): Promise<void>;
}

export const useAccountsStore = create<AccountsState>((set) => ({
  accounts: [],
  loaded: false,
  async load() {
    set({ accounts: await call('accounts:list', {}), loaded: true });
  },
  create: (input) => call('accounts:create', input),
  update: (input) => call('accounts:update', input),
  async remove(id) {
    await call('accounts:remove', { id });
  },
}));

// Main announces every change with the fresh list, whichever window made it.
subscribe('accounts:changed', ({ accounts }) => useAccountsStore.setState({ accounts, loaded: true }));
