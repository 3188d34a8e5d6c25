import type { inboundExportChannels } from '../../../shared/ipc/inbound-export';
import type { HandlerMap } from '../../core/handlers';
import type { InboundExportService } from './export-service';

export function inboundExportHandlers(exports: InboundExportService): HandlerMap<keyof typeof inboundExportChannels> {
  return {
    'inbound-export:file': (request) => exports.file(request),
    'inbound-export:save': (request) => exports.save(request),
    'inbound-export:print-pack-list': (request) => exports.print(request),
    'inbound-export:read-sheet': async ({ fileName, base64 }) => ({ sheets: await exports.readSheet(fileName, base64) }),
  };
}
