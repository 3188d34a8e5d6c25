import type { retailChannels } from '../../shared/ipc/retail';
import type { HandlerMap } from '../core/handlers';
import type { RetailService } from './retail-service';
import type { RetailLabels } from './retail-labels';
import type { RetailTransport } from './retail-transport';

export function retailHandlers(retail: RetailService, labels: RetailLabels, transport: RetailTransport): HandlerMap<keyof typeof retailChannels> {
  return {
    'retail:settings-get': ({ accountId }) => retail.repo.settings(accountId),
    'retail:settings-save': (input) => retail.saveSettings(input),
    'retail:create': (input) => retail.create(input),
    'retail:update': ({ shipmentId, ...patch }) => retail.update(shipmentId, patch),
    'retail:add-line': ({ shipmentId, ...line }) => retail.addLine(shipmentId, line),
    'retail:remove-line': ({ shipmentId, itemSequenceNumber }) => retail.removeLine(shipmentId, itemSequenceNumber),
    'retail:list': (filter) => retail.repo.list(filter),
    'retail:get': ({ shipmentId }) => retail.repo.detail(shipmentId),
    'retail:open-carton': ({ shipmentId }) => retail.openCarton(shipmentId),
    'retail:scan': ({ cartonId, code, quantity }) => retail.scan(cartonId, code, quantity),
    'retail:unscan': ({ cartonId, itemSequenceNumber }) => retail.unscan(cartonId, itemSequenceNumber),
    'retail:close-carton': ({ containerId, weight, dimensions, trackingNumber }) => retail.closeCarton(containerId, weight, dimensions, trackingNumber),
    'retail:open-pallet': ({ shipmentId }) => retail.openPallet(shipmentId),
    'retail:place-carton': ({ palletId, carton }) => retail.placeCarton(palletId, carton),
    'retail:remove-carton': ({ containerId }) => retail.removeCarton(containerId),
    'retail:close-pallet': ({ containerId, weight, dimensions }) => retail.closePallet(containerId, weight, dimensions),
    'retail:print': async ({ shipmentId, what, containerIds }) =>
      (await labels.print(shipmentId, what, containerIds)).map((j) => ({ id: j.id, printer: j.printer, format: j.format, destination: j.destination })),
    'retail:submit': ({ shipmentId }) => retail.submit(shipmentId),
    'retail:request-transport': ({ shipmentId }) => transport.request(shipmentId),
    'retail:print-carrier-labels': async ({ shipmentId }) =>
      (await transport.printLabels(shipmentId)).map((j) => ({ id: j.id, printer: j.printer, format: j.format, destination: j.destination })),
    'retail:transport-details': ({ shipmentId }) => transport.details(shipmentId),
  };
}
