/**
 * A serial port opened for one device, delivering whole frames. Framing uses serialport's own parsers: a
 * delimiter (CR, LF, CR LF, Tab, ETX) or, for scanners that send no terminator, a silence interval.
 */
import { DelimiterParser, InterByteTimeoutParser, SerialPort } from 'serialport';
import type { Transform } from 'node:stream';
import type { SerialPortSettings } from '../../shared/devices/device-settings';
import { TypedEmitter } from './typed-emitter';

export type Framing = { delimiter: string } | { idleMs: number };

export interface SerialLink {
  readonly path: string;
  onFrame(listener: (frame: string) => void): () => void;
  /** Called once when the port closes for any reason other than close(): unplugged, driver error. */
  onLost(listener: (reason: string) => void): () => void;
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

export type OpenSerialLink = (settings: SerialPortSettings, framing: Framing) => Promise<SerialLink>;

class SerialPortLink extends TypedEmitter<{ frame: string; lost: string }> implements SerialLink {
  private closing = false;

  constructor(
    private readonly port: SerialPort,
    parser: Transform,
    readonly path: string,
  ) {
    super();
    // latin1 keeps every byte (ETX, GS, status bytes) as one character.
    parser.on('data', (chunk: Buffer) => this.emit('frame', chunk.toString('latin1')));
    port.on('close', (error: Error | null) => {
      if (!this.closing) this.emit('lost', error?.message ?? 'port closed');
    });
    port.on('error', (error: Error) => {
      if (!this.closing) this.emit('lost', error.message);
    });
  }

  onFrame(listener: (frame: string) => void): () => void {
    return this.on('frame', listener);
  }

  onLost(listener: (reason: string) => void): () => void {
    return this.on('lost', listener);
  }

  write(text: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.port.write(Buffer.from(text, 'latin1'), (error) => {
        if (error) reject(error);
        else this.port.drain((drainError) => (drainError ? reject(drainError) : resolve()));
      });
    });
  }

  close(): Promise<void> {
    this.closing = true;
    this.removeAllListeners();
    if (!this.port.isOpen) return Promise.resolve();
    return new Promise((resolve) => this.port.close(() => resolve()));
  }
}

export const openSerialLink: OpenSerialLink = (settings, framing) =>
  new Promise((resolve, reject) => {
    const port = new SerialPort({
      path: settings.path,
      baudRate: settings.baudRate,
      dataBits: settings.dataBits,
      parity: settings.parity,
      stopBits: settings.stopBits,
      autoOpen: false,
    });
    const parser: Transform =
      'delimiter' in framing ? new DelimiterParser({ delimiter: framing.delimiter }) : new InterByteTimeoutParser({ interval: framing.idleMs });
    port.pipe(parser);
    port.open((error) => {
      if (error) reject(new Error(`Cannot open ${settings.path}: ${error.message}`));
      else resolve(new SerialPortLink(port, parser, settings.path));
    });
  });

export interface SerialPortSummary {
  path: string;
  manufacturer?: string;
  serialNumber?: string;
  vendorId?: string;
  productId?: string;
}

export async function listSerialPorts(): Promise<SerialPortSummary[]> {
  const ports = await SerialPort.list();
  return ports.map((p) => {
    const summary: SerialPortSummary = { path: p.path };
    if (p.manufacturer) summary.manufacturer = p.manufacturer;
    if (p.serialNumber) summary.serialNumber = p.serialNumber;
    if (p.vendorId) summary.vendorId = p.vendorId;
    if (p.productId) summary.productId = p.productId;
    return summary;
  });
}
