import type { accountsChannels } from '../../shared/ipc/accounts';
import type { HandlerMap } from '../core/handlers';
import type { AccountsService } from './accounts-service';

export function accountsHandlers(accounts: AccountsService): HandlerMap<keyof typeof accountsChannels> {
  return {
    'accounts:list': () => accounts.list(),
    'accounts:create': (input) => accounts.create(input),
    'accounts:update': (input) => accounts.update(input),
    'accounts:remove': ({ id }) => accounts.remove(id),
  };
}
