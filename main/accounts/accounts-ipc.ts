import type { accountsChannels } from '../../shared/ipc/accounts';
import type { HandlerMap } from '../core/handlers';
import type { AccountsService } from './accounts-service';
import type { SpApiAccounts } from '../spapi/account-resolver';
import { testConnection } from './connection-test';

export function accountsHandlers(accounts: AccountsService, spapi: SpApiAccounts): HandlerMap<keyof typeof accountsChannels> {
  return {
    'accounts:list': () => accounts.list(),
    'accounts:create': (input) => accounts.create(input),
    'accounts:update': (input) => accounts.update(input),
    'accounts:remove': ({ id }) => accounts.remove(id),
    'accounts:test-connection': ({ id }) => {
      accounts.get(id);
      return testConnection(spapi, id);
    },
  };
}
