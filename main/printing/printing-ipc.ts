import type { printChannels } from '../../shared/ipc/print';
import type { HandlerMap } from '../core/handlers';
import { discoverPrinters } from './printer-discovery';
import { parseProfile } from './print-service';
import type { StationPrinting } from './station-printing';
import { testPrintLabel } from '../../shared/labels/label-designs';

export function printHandlers(printing: StationPrinting): HandlerMap<keyof typeof printChannels> {
  return {
    'print:printers': () => printing.view(),
    'print:save-printer': ({ profile }) => printing.save(profile),
    'print:remove-printer': ({ name }) => printing.remove(name),
    'print:assign-role': ({ role, printer }) => printing.assign(role, printer),
    'print:discover': async () => (await discoverPrinters()).map((p) => ({ ...p, ...(p.device ? { device: p.device } : {}) })),
    'print:status': ({ printer }) => printing.service.status(parseProfile(printing.profileFor({ name: printer }))),
    'print:test': ({ printer }) => {
      const profile = printing.profileFor({ name: printer });
      const label = testPrintLabel({ printerName: profile.name, dpi: profile.dpi, widthIn: profile.widthIn, heightIn: profile.heightIn });
      return printing.print({ kind: 'test', labels: [label], title: 'Packbench test print' }, { name: printer });
    },
    'print:jobs': ({ limit }) => printing.jobs(limit),
    'print:preview': ({ jobId, index }) => printing.preview(jobId, index),
  };
}
