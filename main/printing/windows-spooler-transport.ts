import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PrintError } from './print-error';
import { runCommand, type CommandRunner } from './run-command';
import type { PrinterStatus, PrinterTransport, PrintPayload, SentJob } from './transport';
import { WINDOWS_RAW_PRINT_SCRIPT } from './windows-raw-print-script';
import { listWindowsPrinters } from './printer-discovery';

const POWERSHELL_ARGS = ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass'];

/** Maps the Win32 errors the script reports to what the packer can do about them. */
export function windowsSpoolFailure(printer: string, stderr: string): PrintError {
  const text = stderr.trim();
  if (/\(1801\)|printer name is invalid/i.test(text)) return new PrintError('not-found', `There is no Windows printer named "${printer}"`);
  if (/\(5\)|access is denied/i.test(text)) return new PrintError('rejected', `Windows refused access to printer "${printer}"`);
  if (/\(1722\)|\(1726\)|\(1707\)|RPC server/i.test(text)) return new PrintError('offline', `The print server for "${printer}" cannot be reached`);
  return new PrintError('failed', `The Windows spooler did not take the job for "${printer}": ${text || 'no reason given'}`);
}

/**
 * The Windows print spooler in RAW mode, for USB and shared ZPL printers
 * installed with the Zebra (or "Generic / Text Only") driver.
 */
export class WindowsSpoolerTransport implements PrinterTransport {
  readonly kind = 'windows-spooler';
  readonly accepts = ['zpl'] as const;

  constructor(
    private readonly printer: string,
    private readonly run: CommandRunner = runCommand,
    private readonly powershell = 'powershell.exe',
  ) {
    if (!printer.trim() || printer.length > 220) throw new PrintError('bad-profile', 'A Windows printer profile needs the printer name as Windows shows it');
  }

  async send(payload: PrintPayload): Promise<SentJob> {
    if (payload.format !== 'zpl') throw new PrintError('unsupported', `The raw Windows spooler path takes ZPL, not ${payload.format.toUpperCase()}`);
    const dir = await mkdtemp(join(tmpdir(), 'packbench-spool-'));
    try {
      const script = join(dir, 'raw-print.ps1');
      const data = join(dir, 'job.bin');
      await writeFile(script, WINDOWS_RAW_PRINT_SCRIPT, 'utf8');
      await writeFile(data, payload.bytes);
      const title = payload.title.slice(0, 60) || 'Packbench label';
      const result = await this.run(this.powershell, [...POWERSHELL_ARGS, '-File', script, '-Printer', this.printer, '-Path', data, '-Title', title], {
        timeoutMs: 60_000,
      });
      if (result.code !== 0) throw windowsSpoolFailure(this.printer, result.stderr);
      const jobId = /PACKBENCH-JOB (\d+)/.exec(result.stdout)?.[1];
      if (!jobId) throw new PrintError('failed', `The spooler took the job for "${this.printer}" but gave no job ID`);
      return { jobId, bytes: payload.bytes.byteLength, destination: `windows:${this.printer}` };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  async status(): Promise<PrinterStatus> {
    const printers = await listWindowsPrinters(this.run, this.powershell);
    const found = printers.find((p) => p.name.toLowerCase() === this.printer.toLowerCase());
    if (!found) return { state: 'unknown', detail: `There is no Windows printer named "${this.printer}"` };
    return found.status;
  }
}
