import type { inboundFreightChannels } from '../../shared/ipc/inbound-freight';
import type { HandlerMap } from '../core/handlers';
import type { FreightService } from './freight-service';

export function inboundFreightHandlers(freight: FreightService): HandlerMap<keyof typeof inboundFreightChannels> {
  return {
    'inbound:freight-get': ({ planId }) => freight.get(planId),
    'inbound:freight-set': ({ planId, shipmentId, ...input }) => freight.set(planId, shipmentId, input),
  };
}
