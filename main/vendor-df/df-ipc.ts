import type { vendorDfChannels } from '../../shared/ipc/vendor-df';
import type { HandlerMap } from '../core/handlers';
import type { DfService } from './df-service';
import type { DfDocuments } from './df-documents';
import type { DfInvoices } from './df-invoices';
import type { DfApiSettings } from './df-api';
import type { DfOwnCarrierService } from './df-status-updates';

export function vendorDfHandlers(df: DfService, documents: DfDocuments, invoices: DfInvoices, apiVersions: DfApiSettings, ownCarrier: DfOwnCarrierService): HandlerMap<keyof typeof vendorDfChannels> {
  return {
    'df:pull': ({ accountId }) => df.pull(accountId),
    'df:list': ({ query, step }) => df.repo.list(query, step),
    'df:get': ({ orderId }) => df.repo.detail(orderId),
    'df:acknowledge': ({ orderId }) => df.acknowledge(orderId),
    'df:open-package': ({ orderId }) => df.openPackage(orderId),
    'df:scan': ({ packageId, code, quantity }) => df.scan(packageId, code, quantity),
    'df:close-package': ({ packageId, weight, dimensions }) => df.closePackage(packageId, weight, dimensions),
    'df:request-labels': ({ orderId }) => df.requestLabels(orderId),
    'df:print': async ({ orderId, what, packageIds }) =>
      (await documents.print(orderId, what, packageIds)).map((j) => ({ id: j.id, printer: j.printer, format: j.format, destination: j.destination })),
    'df:confirm': ({ orderId }) => df.confirm(orderId),
    'df:use-own-carrier': ({ orderId, ...input }) => ownCarrier.useOwnCarrier(orderId, input),
    'df:send-status': ({ orderId, ...input }) => ownCarrier.sendStatus(orderId, input),
    'df:invoice': ({ orderId }) => invoices.view(orderId),
    'df:api-version': ({ accountId, version }) => df.apiVersion(accountId, apiVersions, version),
  };
}
