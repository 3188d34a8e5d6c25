import type { mcfChannels } from '../../shared/ipc/mcf';
import type { HandlerMap } from '../core/handlers';
import type { McfService } from './mcf-service';
import type { McfAmazon } from './mcf-amazon';

export function mcfHandlers(mcf: McfService, amazon: McfAmazon): HandlerMap<keyof typeof mcfChannels> {
  return {
    'mcf:preview': ({ accountId, destination, items, speeds }) => amazon.preview(accountId, destination, items, speeds),
    'mcf:create': (input) => mcf.create(input),
    'mcf:list': (filter) => mcf.repo.list(filter),
    'mcf:get': ({ orderId }) => mcf.repo.detail(orderId),
    'mcf:refresh': ({ orderId }) => amazon.refresh(orderId),
    'mcf:refresh-open': ({ accountId }) => amazon.refreshOpen(accountId),
    'mcf:update': ({ orderId, ...patch }) => mcf.update(orderId, patch),
    'mcf:cancel': ({ orderId }) => mcf.cancel(orderId),
    'mcf:tracking': ({ orderId }) => amazon.tracking(orderId),
  };
}
