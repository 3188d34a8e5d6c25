/** What a transport carries: bytes already in the printer's language, or a document for the OS driver to render. */
export type JobFormat = 'zpl' | 'pdf' | 'png';

export interface PrintPayload {
  format: JobFormat;
  bytes: Uint8Array;
  /** Shown in the OS queue and used to name virtual printer files; never holds personal data. */
  title: string;
  /** Shows a customer's name or address (DF labels, packing slips, invoices): nothing may keep it on disk in the clear. */
  personal?: boolean;
}

export interface SentJob {
  /** The queue's job ID where the OS has one (CUPS request id, spooler job id), else a local one. */
  jobId: string;
  bytes: number;
  /** Where the job went: a host:port, a queue name or a file path. */
  destination: string;
  /** Files a virtual printer wrote (the job and its preview). */
  files?: string[];
}

export type PrinterState = 'ready' | 'offline' | 'paused' | 'paper-out' | 'head-open' | 'ribbon-out' | 'busy' | 'unknown';

export interface PrinterStatus {
  state: PrinterState;
  /** One sentence for the packer. */
  detail: string;
}

/** One way of getting bytes to a printer. Every transport refuses a format it cannot carry with a PrintError. */
export interface PrinterTransport {
  readonly kind: 'tcp' | 'cups' | 'windows-spooler' | 'os-driver' | 'virtual';
  /** Formats this transport can deliver as-is. */
  readonly accepts: readonly JobFormat[];
  send(payload: PrintPayload): Promise<SentJob>;
  status(): Promise<PrinterStatus>;
}
