import type { LabelLayout } from '../../shared/labels/label-layout';
import { testPrintLabel } from '../../shared/labels/label-designs';
import { PrinterProfile, type PrinterProfileInput } from '../../shared/labels/printer-profile';
import { layoutsToPdf } from '../labels/layout-pdf';
import { layoutsToZpl } from '../labels/layout-zpl';
import { LabelError } from '../labels/label-error';
import { rasterToZpl, sniffFormat, type LabelGeometry } from '../labels/raster-to-zpl';
import { declaredLabelSize, pngsToPdf, renderZplToPdf } from '../labels/zpl-preview';
import { CupsTransport } from './cups-transport';
import { OsDriverTransport, type DriverPrintHook } from './os-driver-transport';
import { PrintError } from './print-error';
import { readJobFile, type FileSealer } from './sealed-files';
import type { CommandRunner } from './run-command';
import { TcpTransport } from './tcp-transport';
import type { JobFormat, PrinterStatus, PrinterTransport, SentJob } from './transport';
import { VirtualPrinter } from './virtual-printer';
import { WindowsSpoolerTransport } from './windows-spooler-transport';

export type JobKind = 'shipping-label' | 'packing-slip' | 'fnsku' | 'box-content' | 'sscc' | 'carton' | 'test' | 'document';

/**
 * A job is either a finished document (Amazon's PDF/PNG/ZPL) or labels Packbench draws itself. `personal` marks a job
 * that shows a customer: files it leaves at the station are sealed with the station key.
 */
export type PrintJob =
  | { kind: JobKind; format: JobFormat; bytes: Uint8Array; title?: string; personal?: boolean }
  | { kind: JobKind; labels: readonly LabelLayout[]; title?: string; personal?: boolean };

export interface PrintResult extends SentJob {
  /** The format that went to the printer, and what it was converted from if it differed. */
  format: JobFormat;
  convertedFrom?: JobFormat;
}

export interface PrintServiceOptions {
  driverPrint?: DriverPrintHook;
  run?: CommandRunner;
  /** Seals the virtual printer's files of personal jobs; without it such jobs are refused there. */
  sealer?: FileSealer;
}

export function geometryOf(profile: PrinterProfile): LabelGeometry {
  return { dpi: profile.dpi, widthIn: profile.widthIn, heightIn: profile.heightIn };
}

/**
 * Calibration for every label of a job: ~SD sets darkness before the first
 * format; ^LS/^LT after each ^XA shift the image by the profile's offsets
 * (^LS shifts left for positive values, hence the sign flip).
 */
export function applyZplCalibration(zpl: string, profile: Pick<PrinterProfile, 'darkness' | 'offsetXDots' | 'offsetYDots'>): string {
  const shift = profile.offsetXDots || profile.offsetYDots ? `^LS${-profile.offsetXDots}^LT${profile.offsetYDots}` : '';
  const withShift = shift ? zpl.replace(/\^XA/g, `^XA${shift}`) : zpl;
  return profile.darkness !== undefined ? `~SD${String(profile.darkness).padStart(2, '0')}\n${withShift}` : withShift;
}

export function transportFor(profile: PrinterProfile, options: PrintServiceOptions = {}): PrinterTransport {
  const c = profile.connection;
  switch (c.kind) {
    case 'tcp':
      return new TcpTransport({ host: c.host, port: c.port });
    case 'cups':
      return new CupsTransport(c.queue, { raw: true, run: options.run });
    case 'windows':
      return new WindowsSpoolerTransport(c.printer, options.run);
    case 'os-driver':
      return new OsDriverTransport(c.printer, { hook: options.driverPrint, run: options.run });
    case 'virtual':
      return new VirtualPrinter(c.dir, geometryOf(profile), undefined, options.sealer);
  }
}

function jobTitle(job: PrintJob): string {
  return job.title ?? `Packbench ${job.kind}`;
}

/** Converts a job to what the profile's printer speaks and sends it. */
export class PrintService {
  constructor(private readonly options: PrintServiceOptions = {}) {}

  /** Turns any job into bytes in the profile's language: ZPL for label printers, PDF (or PNG as-is) for drivers. */
  async render(job: PrintJob, profile: PrinterProfile): Promise<{ format: JobFormat; bytes: Uint8Array; convertedFrom?: JobFormat }> {
    const geometry = geometryOf(profile);
    if ('labels' in job) {
      if (job.labels.length === 0) throw new LabelError('bad-input', 'The job has no labels');
      if (profile.language === 'zpl') {
        return { format: 'zpl', bytes: Buffer.from(applyZplCalibration(layoutsToZpl(job.labels, profile.dpi), profile)) };
      }
      return { format: 'pdf', bytes: await layoutsToPdf(job.labels) };
    }
    const sniffed = sniffFormat(job.bytes);
    if (sniffed !== job.format) {
      throw new LabelError('unsupported-format', `The ${job.kind} job says ${job.format.toUpperCase()} but its bytes ${sniffed ? `are ${sniffed.toUpperCase()}` : 'are not PNG, PDF or ZPL'}`);
    }
    if (profile.language === 'zpl') {
      if (job.format === 'zpl') return { format: 'zpl', bytes: Buffer.from(applyZplCalibration(Buffer.from(job.bytes).toString('utf8'), profile)) };
      const zpl = await rasterToZpl(job.bytes, { ...geometry, mono: profile.mono, compression: profile.compression });
      return { format: 'zpl', bytes: Buffer.from(applyZplCalibration(zpl, profile)), convertedFrom: job.format };
    }
    if (job.format === 'zpl') {
      const zpl = Buffer.from(job.bytes).toString('utf8');
      return { format: 'pdf', bytes: await renderZplToPdf(zpl, declaredLabelSize(zpl, profile.dpi, geometry)), convertedFrom: 'zpl' };
    }
    return { format: job.format, bytes: job.bytes };
  }

  async print(job: PrintJob, profileInput: PrinterProfile | PrinterProfileInput): Promise<PrintResult> {
    const profile = parseProfile(profileInput);
    const transport = transportFor(profile, this.options);
    let rendered = await this.render(job, profile);
    if (!transport.accepts.includes(rendered.format)) {
      // A driver queue that takes PDF but not PNG gets the PNG wrapped in a label-sized page.
      if (rendered.format === 'png' && transport.accepts.includes('pdf')) {
        rendered = { format: 'pdf', bytes: await pngsToPdf([rendered.bytes], geometryOf(profile)), convertedFrom: 'png' };
      } else {
        throw new PrintError('unsupported', `Printer "${profile.name}" cannot take ${rendered.format.toUpperCase()}`);
      }
    }
    const sent = await transport.send({ format: rendered.format, bytes: rendered.bytes, title: jobTitle(job), ...(job.personal ? { personal: true } : {}) });
    return { ...sent, format: rendered.format, ...(rendered.convertedFrom ? { convertedFrom: rendered.convertedFrom } : {}) };
  }

  /** A file a job left (the virtual printer's copy or preview), opened with the station key when it is sealed. */
  readJobFile(file: string): Promise<Buffer> {
    return readJobFile(file, this.options.sealer);
  }

  /** Prints the test label on the profile's own stock, in its own language. */
  async testPrint(profileInput: PrinterProfile | PrinterProfileInput): Promise<PrintResult> {
    const profile = parseProfile(profileInput);
    const label = testPrintLabel({ printerName: profile.name, dpi: profile.dpi, widthIn: profile.widthIn, heightIn: profile.heightIn });
    return this.print({ kind: 'test', labels: [label], title: 'Packbench test print' }, profile);
  }

  async status(profileInput: PrinterProfile | PrinterProfileInput): Promise<PrinterStatus> {
    return transportFor(parseProfile(profileInput), this.options).status();
  }
}

export function parseProfile(input: PrinterProfile | PrinterProfileInput): PrinterProfile {
  const parsed = PrinterProfile.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new PrintError('bad-profile', `Printer profile is not valid: ${issue.path.join('.') || 'profile'}: ${issue.message}`);
  }
  return parsed.data;
}
