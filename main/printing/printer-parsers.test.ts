import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { hostStatusProblem, parseHostStatus } from './host-status';
import { parseLpRequestId, parseLpstatPrinter } from './cups-transport';
import { discoverPrinters, parseLpstatPrinters, parseWindowsPrinters } from './printer-discovery';
import type { CommandRunner } from './run-command';
import { WindowsSpoolerTransport } from './windows-spooler-transport';

describe('~HS host status', () => {
  // The sample reply from the ZPL programming guide's ~HS section, with flags switched on for the cases.
  const reply = (first: string, second: string) => `\x02${first}\x03\r\n\x02${second}\x03\r\n\x021234,0\x03\r\n`;

  it('reads the flags that stop printing, in the documented field positions', () => {
    const ok = parseHostStatus(reply('030,0,0,1245,000,0,0,0,000,0,0,0', '001,0,0,0,1,2,6,0,00000000,1,000'));
    expect(ok).toMatchObject({ paperOut: false, paused: false, headOpen: false, ribbonOut: false, formatsInBuffer: 0 });
    expect(hostStatusProblem(ok)).toBeUndefined();
    const bad = parseHostStatus(reply('030,1,1,1245,003,0,0,0,000,0,0,0', '001,0,1,1,1,2,6,0,00000012,1,000'));
    expect(bad).toMatchObject({ paperOut: true, paused: true, headOpen: true, ribbonOut: true, formatsInBuffer: 3, labelsRemaining: 12 });
    // The head being open is what the packer must fix first.
    expect(hostStatusProblem(bad)?.code).toBe('head-open');
  });

  it('refuses replies that are not host status', () => {
    expect(() => parseHostStatus('HTTP/1.1 200 OK')).toThrow(/Not a ~HS/);
    expect(() => parseHostStatus('\x021,2\x03\x023\x03')).toThrow(/missing fields/);
  });
});

describe('CUPS output', () => {
  it('reads the job ID lp prints and each queue lpstat lists', () => {
    expect(parseLpRequestId('request id is Zebra_GK420d-42 (0 file(s))\n')).toBe('Zebra_GK420d-42');
    const listing = [
      'printer Zebra_GK420d is idle.  enabled since Mon 30 Nov 2026 05:00:00 AM UTC',
      'printer Office_Laser disabled since Mon 30 Nov 2026 05:00:00 AM UTC -',
      '\tPaused by operator',
      'printer Shipping now printing Shipping-7.  enabled since Mon 30 Nov 2026',
      'device for Zebra_GK420d: usb://Zebra%20Technologies/ZTC%20GK420d?serial=28J123',
      'device for Office_Laser: ipp://192.168.1.20/ipp/print',
      'device for Shipping: socket://192.168.1.50:9100',
    ].join('\n');
    const printers = parseLpstatPrinters(listing);
    expect(printers.map((p) => [p.name, p.status.state, p.likelyZpl])).toEqual([
      ['Zebra_GK420d', 'ready', true],
      ['Office_Laser', 'paused', false],
      ['Shipping', 'busy', true],
    ]);
    expect(printers[1]!.status.detail).toContain('Paused by operator');
    expect(parseLpstatPrinter('Office_Laser', listing).state).toBe('paused');
    const unreachable = 'printer Dock is idle.  enabled since Mon 30 Nov 2026\n\tUnable to connect to printer; will retry in 30 seconds...\n';
    expect(parseLpstatPrinter('Dock', unreachable).state).toBe('offline');
    expect(parseLpstatPrinters(unreachable)[0]!.status.state).toBe('offline');
  });
});

describe('Windows printers and the raw spooler', () => {
  it('parses Get-Printer JSON for one printer and for many', () => {
    const one = parseWindowsPrinters('{"Name":"ZDesigner GK420d","DriverName":"ZDesigner GK420d","PortName":"USB001","PrinterStatus":5}');
    expect(one).toMatchObject([{ name: 'ZDesigner GK420d', status: { state: 'paper-out' }, likelyZpl: true }]);
    const many = parseWindowsPrinters('[{"Name":"HP LaserJet","DriverName":"HP Universal","PortName":"IP_10.0.0.5","PrinterStatus":0},{"Name":"Label","DriverName":"Generic / Text Only","PortName":"10.0.0.9:9100","PrinterStatus":8}]');
    expect(many.map((p) => [p.name, p.status.state, p.likelyZpl])).toEqual([
      ['HP LaserJet', 'ready', false],
      ['Label', 'offline', true],
    ]);
  });

  it('runs the winspool script with the printer, data file and title as separate arguments and reads back the job ID', async () => {
    const calls: { command: string; args: readonly string[]; script: string; data: Buffer }[] = [];
    const run: CommandRunner = async (command, args) => {
      const at = (flag: string) => args[args.indexOf(flag) + 1]!;
      calls.push({ command, args, script: readFileSync(at('-File'), 'utf8'), data: readFileSync(at('-Path')) });
      return { code: 0, stdout: 'PACKBENCH-JOB 17\r\n', stderr: '' };
    };
    const name = 'ZDesigner GK420d (Copy 1); & "quoted"';
    const sent = await new WindowsSpoolerTransport(name, run).send({ format: 'zpl', bytes: Buffer.from('^XA^FDx^FS^XZ'), title: 'Box 1' });
    expect(sent.jobId).toBe('17');
    const call = calls[0]!;
    expect(call.command).toBe('powershell.exe');
    expect(call.args[call.args.indexOf('-Printer') + 1]).toBe(name);
    expect(call.data.toString()).toBe('^XA^FDx^FS^XZ');
    for (const api of ['OpenPrinterW', 'StartDocPrinterW', 'WritePrinter', 'EndDocPrinter', 'ClosePrinter', '"RAW"']) expect(call.script).toContain(api);
  });

  it('turns spooler failures into clear errors', async () => {
    const failing = (stderr: string): CommandRunner => async () => ({ code: 1, stdout: '', stderr });
    const send = (stderr: string) => new WindowsSpoolerTransport('Zebra', failing(stderr)).send({ format: 'zpl', bytes: Buffer.from('^XA^XZ'), title: 't' });
    await expect(send('OpenPrinter failed (1801): The printer name is invalid.')).rejects.toMatchObject({ code: 'not-found' });
    await expect(send('StartDocPrinter failed (5): Access is denied.')).rejects.toMatchObject({ code: 'rejected' });
    await expect(new WindowsSpoolerTransport('Zebra', failing('')).send({ format: 'pdf', bytes: Buffer.from('%PDF'), title: 't' })).rejects.toMatchObject({ code: 'unsupported' });
  });

  it('discovers with Get-Printer on Windows and lpstat elsewhere', async () => {
    const seen: string[] = [];
    const run: CommandRunner = async (command) => {
      seen.push(command);
      return command === 'lpstat' ? { code: 0, stdout: 'printer A is idle.  enabled since x\n', stderr: '' } : { code: 0, stdout: '{"Name":"B","PrinterStatus":0}', stderr: '' };
    };
    expect((await discoverPrinters(run, 'win32')).map((p) => p.name)).toEqual(['B']);
    expect((await discoverPrinters(run, 'linux')).map((p) => p.name)).toEqual(['A']);
    expect(seen).toEqual(['powershell.exe', 'lpstat']);
  });
});
