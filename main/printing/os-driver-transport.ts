import { platform } from 'node:os';
import { CupsTransport } from './cups-transport';
import { PrintError } from './print-error';
import type { CommandRunner } from './run-command';
import type { PrinterStatus, PrinterTransport, PrintPayload, SentJob } from './transport';

/**
 * Prints a PDF or PNG through the printer's own driver. Under Electron the
 * shell supplies this hook (webContents.print); outside it CUPS's lp does the
 * job on Linux and macOS.
 */
export type DriverPrintHook = (payload: PrintPayload, printerName: string) => Promise<SentJob>;

export class OsDriverTransport implements PrinterTransport {
  readonly kind = 'os-driver';
  readonly accepts = ['pdf', 'png'] as const;

  constructor(
    private readonly printer: string,
    private readonly options: { hook?: DriverPrintHook; run?: CommandRunner; os?: NodeJS.Platform } = {},
  ) {}

  private cups(): CupsTransport | undefined {
    return (this.options.os ?? platform()) === 'win32' ? undefined : new CupsTransport(this.printer, { raw: false, run: this.options.run });
  }

  async send(payload: PrintPayload): Promise<SentJob> {
    if (payload.format === 'zpl') throw new PrintError('unsupported', `"${this.printer}" prints through its driver: send PDF or PNG, not ZPL`);
    if (this.options.hook) return this.options.hook(payload, this.printer);
    const cups = this.cups();
    if (!cups) throw new PrintError('unsupported', 'Printing PDF through a Windows driver needs the Packbench desktop app; the command line can print ZPL only');
    return cups.send(payload);
  }

  async status(): Promise<PrinterStatus> {
    const cups = this.cups();
    return cups ? cups.status() : { state: 'unknown', detail: `The Windows driver reports the state of "${this.printer}" while printing` };
  }
}
