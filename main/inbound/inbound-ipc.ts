import type { inboundChannels } from '../../shared/ipc/inbound';
import type { HandlerMap } from '../core/handlers';
import type { CatalogueService } from './catalogue-service';
import type { PackingService } from './packing-service';
import type { PlanService } from './plan-service';
import type { InboundLabels } from './inbound-labels';
import type { StationPrinting } from '../printing/station-printing';

export function inboundHandlers(
  plans: PlanService,
  packing: PackingService,
  catalogue: CatalogueService,
  labels: InboundLabels,
  printing: StationPrinting,
): HandlerMap<keyof typeof inboundChannels> {
  return {
    'inbound:list': ({ query }) => plans.list(query),
    'inbound:get': ({ planId }) => plans.get(planId),
    'inbound:create': (input) => plans.create(input),
    'inbound:resolve-item': ({ accountId, code }) => catalogue.resolve(accountId, code),
    'inbound:ship-from-list': ({ accountId }) => plans.shipFromList(accountId),
    'inbound:ship-from-save': (input) => plans.saveShipFrom(input),
    'inbound:choose-packing-option': ({ planId, packingOptionId }) => plans.choosePackingOption(planId, packingOptionId),
    'inbound:open-box': ({ planId, packingGroupId, shipmentId }) => packing.openBox(planId, { packingGroupId: packingGroupId ?? null, shipmentId: shipmentId ?? null }),
    'inbound:scan': (input) => packing.scan(input),
    'inbound:set-line': ({ boxId, msku, expiration, quantity }) => packing.setLine(boxId, msku, expiration ?? null, quantity),
    'inbound:close-box': (input) => packing.closeBox(input),
    'inbound:reopen-box': ({ boxId }) => packing.reopenBox(boxId),
    'inbound:repeat-box': ({ boxId, times, confirmOverpack }) => packing.repeatBox(boxId, times, confirmOverpack),
    'inbound:delete-box': ({ boxId }) => packing.deleteBox(boxId),
    'inbound:submit-packing': ({ planId }) => plans.submitPacking(planId),
    'inbound:choose-placement': ({ planId, placementOptionId }) => plans.choosePlacement(planId, placementOptionId),
    'inbound:choose-transport': ({ planId, selections }) => plans.chooseTransport(planId, selections),
    'inbound:set-tracking': ({ planId, shipmentId, boxes, freight }) => plans.setTracking(planId, shipmentId, { ...(boxes ? { boxes } : {}), ...(freight ? { freight } : {}) }),
    'inbound:cancel': ({ planId }) => plans.cancel(planId),
    'inbound:refresh': ({ planId }) => plans.refresh(planId),
    'inbound:print-labels': (input) => labels.print(input),
    'inbound:print-history': ({ planId }) => printing.jobs(200, `plan:${planId}`),
  };
}
