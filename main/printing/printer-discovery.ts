import { platform } from 'node:os';
import { runCommand, type CommandRunner } from './run-command';
import type { PrinterStatus } from './transport';
import { WINDOWS_LIST_PRINTERS_COMMAND } from './windows-raw-print-script';

export interface DiscoveredPrinter {
  name: string;
  system: 'cups' | 'windows';
  /** CUPS device URI or Windows port name. */
  device?: string;
  driver?: string;
  status: PrinterStatus;
  /** Zebra-like by driver, name or port: worth offering ZPL for. */
  likelyZpl: boolean;
}

const ZPL_HINT = /zebra|zdesigner|\bzpl\b|\bgk4|\bgx4|\bzd\d|\bzt\d|:9100\b/i;

/** Parses `lpstat -p -v`: "printer NAME is idle...", indented reasons, and "device for NAME: URI". */
export function parseLpstatPrinters(stdout: string): DiscoveredPrinter[] {
  const printers = new Map<string, DiscoveredPrinter>();
  let last: DiscoveredPrinter | undefined;
  for (const line of stdout.split('\n')) {
    const printer = /^printer (\S+) (.*)$/.exec(line);
    if (printer) {
      const [, name, rest] = printer as unknown as [string, string, string];
      const state: PrinterStatus['state'] = /disabled/.test(rest) ? 'paused' : /now printing/.test(rest) ? 'busy' : 'ready';
      last = { name, system: 'cups', status: { state, detail: `${name} ${rest.replace(/\s+since.*$/, '').trim()}` }, likelyZpl: ZPL_HINT.test(name) };
      printers.set(name, last);
      continue;
    }
    const reason = /^\s+(\S.*)$/.exec(line);
    if (reason && last) {
      last.status = { ...last.status, detail: `${last.status.detail}: ${reason[1]}` };
      if (/offline|unreachable|not responding|unable to connect|will retry/i.test(reason[1]!)) last.status.state = 'offline';
      continue;
    }
    const device = /^device for (\S+): (\S+)/.exec(line);
    if (device) {
      const entry = printers.get(device[1]!) ?? { name: device[1]!, system: 'cups', status: { state: 'unknown', detail: '' }, likelyZpl: false };
      entry.device = device[2]!;
      entry.likelyZpl ||= ZPL_HINT.test(device[2]!);
      printers.set(entry.name, entry);
    }
  }
  return [...printers.values()];
}

/** MSFT_Printer.PrinterStatus codes (Get-Printer) that matter at a packing station. */
const WINDOWS_STATUS: Record<number, PrinterStatus['state']> = {
  0: 'ready',
  1: 'paused',
  2: 'unknown',
  4: 'unknown',
  5: 'paper-out',
  7: 'paper-out',
  8: 'offline',
  10: 'busy',
  11: 'busy',
  13: 'offline',
  23: 'head-open',
};

interface WindowsPrinterJson {
  Name: string;
  DriverName?: string;
  PortName?: string;
  PrinterStatus?: number;
}

export function parseWindowsPrinters(json: string): DiscoveredPrinter[] {
  if (!json.trim()) return [];
  const parsed = JSON.parse(json) as WindowsPrinterJson | WindowsPrinterJson[];
  return (Array.isArray(parsed) ? parsed : [parsed]).map((p) => {
    const state = WINDOWS_STATUS[p.PrinterStatus ?? 0] ?? 'unknown';
    return {
      name: p.Name,
      system: 'windows' as const,
      device: p.PortName,
      driver: p.DriverName,
      status: { state, detail: `${p.Name} is ${state === 'unknown' ? `in state ${p.PrinterStatus}` : state}` },
      likelyZpl: ZPL_HINT.test(`${p.Name} ${p.DriverName ?? ''} ${p.PortName ?? ''}`),
    };
  });
}

export async function listWindowsPrinters(run: CommandRunner = runCommand, powershell = 'powershell.exe'): Promise<DiscoveredPrinter[]> {
  const result = await run(powershell, ['-NoProfile', '-NonInteractive', '-Command', WINDOWS_LIST_PRINTERS_COMMAND]);
  if (result.code !== 0) return [];
  return parseWindowsPrinters(result.stdout);
}

export async function listCupsPrinters(run: CommandRunner = runCommand): Promise<DiscoveredPrinter[]> {
  const result = await run('lpstat', ['-p', '-v']);
  // lpstat exits non-zero when no printers exist; whatever it did print is still parsed.
  return parseLpstatPrinters(result.stdout);
}

/** Printers the operating system knows about; an OS without a print system yields an empty list, not an error. */
export async function discoverPrinters(run: CommandRunner = runCommand, os: NodeJS.Platform = platform()): Promise<DiscoveredPrinter[]> {
  try {
    return os === 'win32' ? await listWindowsPrinters(run) : await listCupsPrinters(run);
  } catch {
    return [];
  }
}
