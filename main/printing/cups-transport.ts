import { PrintError } from './print-error';
import { runCommand, type CommandRunner } from './run-command';
import type { PrinterStatus, PrinterTransport, PrintPayload, SentJob } from './transport';

/** Reads lp's "request id is QUEUE-42 (1 file(s))". */
export function parseLpRequestId(stdout: string): string | undefined {
  return /request id is (\S+)/.exec(stdout)?.[1];
}

function lpFailure(queue: string, stderr: string): PrintError {
  const text = stderr.trim();
  if (/does not exist|Unknown destination|not found/i.test(text)) return new PrintError('not-found', `There is no print queue named "${queue}" on this computer`);
  if (/not accepting jobs/i.test(text)) return new PrintError('rejected', `Print queue "${queue}" is not accepting jobs (cupsreject); run cupsaccept ${queue}`);
  if (/Unable to connect|scheduler is not running|Bad file descriptor|No such file/i.test(text)) {
    return new PrintError('offline', 'The CUPS print service is not running on this computer');
  }
  return new PrintError('failed', `lp could not queue the job on "${queue}": ${text || 'no reason given'}`);
}

/** Turns `lpstat -p QUEUE` into a state: "disabled" means paused by an operator or by CUPS after an error. */
export function parseLpstatPrinter(queue: string, stdout: string): PrinterStatus {
  const line = stdout.split('\n').find((l) => l.startsWith(`printer ${queue} `));
  if (!line) return { state: 'unknown', detail: `CUPS did not report on queue "${queue}"` };
  const reason = stdout.split('\n').slice(stdout.split('\n').indexOf(line) + 1).find((l) => /^\s+\S/.test(l))?.trim();
  if (/disabled/.test(line)) return { state: 'paused', detail: `Queue "${queue}" is paused${reason ? `: ${reason}` : ''}; resume it with cupsenable ${queue}` };
  if (/now printing/.test(line)) return { state: 'busy', detail: `Queue "${queue}" is printing` };
  if (reason && /offline|unreachable|not responding|refused|unable to connect|will retry/i.test(reason)) return { state: 'offline', detail: `Queue "${queue}": ${reason}` };
  return { state: 'ready', detail: `Queue "${queue}" is ready` };
}

/**
 * The CUPS queue (Linux and macOS). `raw` sends ZPL untouched to a USB or
 * network label printer; without it CUPS's driver renders PDF and PNG for
 * laser and inkjet printers (the OS driver path).
 */
export class CupsTransport implements PrinterTransport {
  readonly kind: 'cups' | 'os-driver';
  readonly accepts: readonly ('zpl' | 'pdf' | 'png')[];

  constructor(
    private readonly queue: string,
    private readonly options: { raw: boolean; run?: CommandRunner },
  ) {
    if (!/^[^\s/#]{1,127}$/.test(queue)) throw new PrintError('bad-profile', `"${queue}" is not a valid CUPS queue name`);
    this.kind = options.raw ? 'cups' : 'os-driver';
    this.accepts = options.raw ? ['zpl'] : ['pdf', 'png'];
  }

  private get run(): CommandRunner {
    return this.options.run ?? runCommand;
  }

  async send(payload: PrintPayload): Promise<SentJob> {
    if (!this.accepts.includes(payload.format)) {
      throw new PrintError('unsupported', `Queue "${this.queue}" ${this.options.raw ? 'in raw mode takes ZPL' : 'takes PDF or PNG'}, not ${payload.format.toUpperCase()}`);
    }
    const args = ['-d', this.queue, '-t', payload.title.slice(0, 60) || 'Packbench label'];
    if (this.options.raw) args.push('-o', 'raw');
    const result = await this.run('lp', args, { input: payload.bytes });
    if (result.code !== 0) throw lpFailure(this.queue, result.stderr);
    const jobId = parseLpRequestId(result.stdout);
    if (!jobId) throw new PrintError('failed', `lp accepted the job on "${this.queue}" but gave no job ID: ${result.stdout.trim()}`);
    return { jobId, bytes: payload.bytes.byteLength, destination: `cups:${this.queue}` };
  }

  async status(): Promise<PrinterStatus> {
    const result = await this.run('lpstat', ['-p', this.queue]);
    if (result.code !== 0) {
      const failure = lpFailure(this.queue, result.stderr);
      return { state: failure.code === 'not-found' ? 'unknown' : 'offline', detail: failure.message };
    }
    return parseLpstatPrinter(this.queue, result.stdout);
  }

  /** Whether CUPS still holds the job (pending or printing); false once it has been sent on or cancelled. */
  async isPending(jobId: string): Promise<boolean> {
    const result = await this.run('lpstat', ['-W', 'not-completed', '-o', this.queue]);
    return result.stdout.split('\n').some((line) => line.split(/\s+/)[0] === jobId);
  }
}
