import type { PrinterProfile, PrinterProfileInput } from '../../shared/labels/printer-profile';
import { previewLabel, type LabelPreview } from '../labels/label-preview';
import type { DriverPrintHook } from './os-driver-transport';
import { PrintError } from './print-error';
import { geometryOf, PrintService, type PrintJob, type PrintResult } from './print-service';
import { discoverPrinters, type DiscoveredPrinter } from './printer-discovery';
import { PrinterProfileStore, VIRTUAL_PRINTER_NAME } from './printer-profiles';
import type { CommandRunner } from './run-command';
import type { PrinterStatus } from './transport';

/**
 * The station's printing, in one object for the IPC layer: saved profiles,
 * discovery, status, printing and previews. Printers are named by profile;
 * without a name a job goes to the virtual printer, the new-station default.
 */
export class Printing {
  readonly profiles: PrinterProfileStore;
  private readonly service: PrintService;

  constructor(
    dataDir: string,
    private readonly options: { driverPrint?: DriverPrintHook; run?: CommandRunner } = {},
  ) {
    this.profiles = new PrinterProfileStore(dataDir);
    this.service = new PrintService(options);
  }

  profile(name = VIRTUAL_PRINTER_NAME): PrinterProfile {
    const found = this.profiles.get(name);
    if (!found) throw new PrintError('not-found', `No printer profile named "${name}"`);
    return found;
  }

  saveProfile(input: PrinterProfileInput): PrinterProfile {
    return this.profiles.save(input);
  }

  discover(): Promise<DiscoveredPrinter[]> {
    return discoverPrinters(this.options.run);
  }

  status(name?: string): Promise<PrinterStatus> {
    return this.service.status(this.profile(name));
  }

  print(job: PrintJob, name?: string): Promise<PrintResult> {
    return this.service.print(job, this.profile(name));
  }

  testPrint(name?: string): Promise<PrintResult> {
    return this.service.testPrint(this.profile(name));
  }

  /** What the preview pane shows for a label file, at the chosen printer's resolution and stock. */
  preview(bytes: Uint8Array, name?: string): Promise<LabelPreview> {
    return previewLabel(bytes, geometryOf(this.profile(name)));
  }
}
