import { connect, type Socket } from 'node:net';
import { hostStatusProblem, parseHostStatus } from './host-status';
import { PrintError } from './print-error';
import type { PrinterStatus, PrinterTransport, PrintPayload, SentJob } from './transport';

export interface TcpTarget {
  host: string;
  /** 9100 is the raw port of Zebra (and most network) printers. */
  port: number;
  timeoutMs?: number;
}

function describe(error: NodeJS.ErrnoException, where: string): PrintError {
  switch (error.code) {
    case 'ECONNREFUSED':
      return new PrintError('offline', `Printer at ${where} refused the connection: is it switched on and is raw printing on port enabled?`);
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new PrintError('offline', `Printer at ${where} cannot be reached on the network (${error.code})`);
    case 'ECONNRESET':
    case 'EPIPE':
      return new PrintError('failed', `Printer at ${where} dropped the connection while receiving the job`);
    default:
      return new PrintError('failed', `Printing to ${where} failed: ${error.message}`);
  }
}

function open(target: TcpTarget): Promise<Socket> {
  const where = `${target.host}:${target.port}`;
  return new Promise((resolve, reject) => {
    const socket = connect({ host: target.host, port: target.port });
    socket.setTimeout(target.timeoutMs ?? 10_000, () => {
      socket.destroy();
      reject(new PrintError('timeout', `Printer at ${where} did not answer within ${Math.round((target.timeoutMs ?? 10_000) / 1000)} s`));
    });
    socket.once('connect', () => resolve(socket));
    socket.once('error', (error) => reject(describe(error, where)));
  });
}

/** Raw TCP (port 9100): the bytes go to the printer unchanged, as a Zebra expects ZPL. */
export class TcpTransport implements PrinterTransport {
  readonly kind = 'tcp';
  readonly accepts = ['zpl'] as const;

  constructor(private readonly target: TcpTarget) {
    if (!target.host || !Number.isInteger(target.port) || target.port < 1 || target.port > 65535) {
      throw new PrintError('bad-profile', `A network printer needs a host and a port from 1 to 65535, got "${target.host}:${target.port}"`);
    }
  }

  async send(payload: PrintPayload): Promise<SentJob> {
    if (payload.format !== 'zpl') throw new PrintError('unsupported', `A raw network printer takes ZPL, not ${payload.format.toUpperCase()}`);
    const where = `${this.target.host}:${this.target.port}`;
    const socket = await open(this.target);
    await new Promise<void>((resolve, reject) => {
      let linger: NodeJS.Timeout | undefined;
      socket.once('error', (error) => {
        clearTimeout(linger);
        reject(describe(error, where));
      });
      // Done once the printer closes its side after our FIN, so "sent" means the bytes were taken. Some print
      // servers never close; once every byte has left, a short linger ends the wait without calling it a failure.
      socket.once('close', (hadError) => {
        clearTimeout(linger);
        if (!hadError) resolve();
      });
      socket.once('finish', () => {
        linger = setTimeout(() => {
          socket.destroy();
          resolve();
        }, 3_000);
      });
      socket.end(Buffer.from(payload.bytes));
    });
    return { jobId: `tcp-${Date.now()}`, bytes: payload.bytes.byteLength, destination: where };
  }

  /** Asks the printer with ~HS; a printer that does not answer in time counts as offline. */
  async status(): Promise<PrinterStatus> {
    const where = `${this.target.host}:${this.target.port}`;
    let socket: Socket;
    try {
      socket = await open({ ...this.target, timeoutMs: this.target.timeoutMs ?? 5_000 });
    } catch (error) {
      return { state: 'offline', detail: (error as Error).message };
    }
    const reply = await new Promise<string>((resolve) => {
      let text = '';
      const done = () => {
        socket.destroy();
        resolve(text);
      };
      socket.setTimeout(this.target.timeoutMs ?? 5_000, done);
      socket.on('data', (chunk: Buffer) => {
        text += chunk.toString('latin1');
        if (text.split('\u0003').length > 3) done();
      });
      socket.on('error', done);
      socket.on('end', done);
      socket.write('~HS\r\n');
    });
    try {
      const status = parseHostStatus(reply);
      const problem = hostStatusProblem(status);
      if (!problem) return { state: status.formatsInBuffer > 0 ? 'busy' : 'ready', detail: `Printer at ${where} is ready` };
      const state = problem.code === 'failed' ? 'unknown' : (problem.code as PrinterStatus['state']);
      return { state, detail: `Printer at ${where}: ${problem.message}` };
    } catch {
      return { state: 'unknown', detail: `Printer at ${where} accepts connections but did not answer the ~HS status query` };
    }
  }
}
