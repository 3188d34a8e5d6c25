import type { HandlerTable } from '../handler-types';
import type { InboundContext } from './context';
import { contentUpdateHandlers } from './content-update-handlers';
import { packingHandlers } from './packing-handlers';
import { placementHandlers } from './placement-handlers';
import { planHandlers } from './plans-handlers';
import { shipmentHandlers } from './shipment-handlers';
import { transportHandlers } from './transport-handlers';

/** Every Fulfillment Inbound 2024-03-20 operation of the practice marketplace. */
export function inboundHandlers(ctx: InboundContext, seed: number): HandlerTable {
  return {
    ...planHandlers(ctx),
    ...packingHandlers(ctx),
    ...placementHandlers(ctx, seed),
    ...transportHandlers(ctx),
    ...shipmentHandlers(ctx),
    ...contentUpdateHandlers(ctx),
  };
}
