import type { HandlerTable } from '../handler-types';
import type { InboundContext } from './context';
import { contentUpdateHandlers } from './content-update-handlers';
import { itemHandlers } from './item-handlers';
import { packingHandlers } from './packing-handlers';
import { placementHandlers } from './placement-handlers';
import { planHandlers } from './plans-handlers';
import { selfShipHandlers } from './self-ship-handlers';
import { shipmentHandlers } from './shipment-handlers';
import { transportHandlers } from './transport-handlers';
import { v0Handlers } from './v0-handlers';

/** Every Fulfillment Inbound 2024-03-20 operation, and v0 getLabels, getBillOfLading and getPrepInstructions. */
export function inboundHandlers(ctx: InboundContext, seed: number): HandlerTable {
  return {
    ...planHandlers(ctx),
    ...packingHandlers(ctx),
    ...placementHandlers(ctx, seed),
    ...transportHandlers(ctx),
    ...shipmentHandlers(ctx),
    ...selfShipHandlers(ctx),
    ...contentUpdateHandlers(ctx),
    ...itemHandlers(ctx),
    ...v0Handlers(ctx),
  };
}
