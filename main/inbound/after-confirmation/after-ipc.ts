import type { inboundAfterChannels } from '../../../shared/ipc/inbound-after';
import type { HandlerMap } from '../../core/handlers';
import type { AfterConfirmationService } from './after-service';

export function inboundAfterHandlers(service: AfterConfirmationService): HandlerMap<keyof typeof inboundAfterChannels> {
  return {
    'inbound-after:get': ({ planId }) => service.view(planId),
    'inbound-after:refresh': ({ planId }) => service.refresh(planId),
    'inbound-after:request-preview': ({ planId, shipmentId, boxes }) => service.requestPreview(planId, shipmentId, boxes),
    'inbound-after:confirm-preview': ({ planId, updateId }) => service.confirmPreview(planId, updateId),
    'inbound-after:discard-update': ({ planId, updateId }) => service.discardUpdate(planId, updateId),
    'inbound-after:rename-plan': ({ planId, name }) => service.renamePlan(planId, name),
    'inbound-after:rename-shipment': ({ planId, shipmentId, name }) => service.renameShipment(planId, shipmentId, name),
    'inbound-after:refresh-windows': ({ planId, shipmentId }) => service.refreshWindows(planId, shipmentId),
    'inbound-after:change-window': ({ planId, shipmentId, deliveryWindowOptionId }) => service.changeWindow(planId, shipmentId, deliveryWindowOptionId),
    'inbound-after:self-ship-slots': ({ planId, shipmentId }) => service.selfShipSlots(planId, shipmentId),
    'inbound-after:self-ship-book': ({ planId, shipmentId, slotId, reason }) => service.selfShipBook(planId, shipmentId, slotId, reason),
    'inbound-after:self-ship-cancel': ({ planId, shipmentId, reason }) => service.selfShipCancel(planId, shipmentId, reason),
  };
}
