/**
 * Barcode scanners on a serial port (RS-232, or USB in CDC/COM emulation showing up as ttyACM/COM). Each frame
 * up to the configured terminator is one scan, decoded with the shared parseScan.
 */
import type { ScannerSettings } from '../../shared/devices/device-settings';
import type { ScanEvent } from '../../shared/devices/device-events';
import { parseScan } from '../../shared/scan/parse-scan';
import { Reconnector } from './reconnector';
import type { DeviceStatus } from './scale-driver';
import type { Framing, OpenSerialLink, SerialLink } from './serial-link';
import { TypedEmitter } from './typed-emitter';

export type { ScanEvent };

export type ScannerEvents = { scan: ScanEvent; status: DeviceStatus };

const DELIMITERS = { cr: '\r', lf: '\n', crlf: '\r\n', tab: '\t' } as const;

export function scannerFraming(terminator: Extract<ScannerSettings, { kind: 'serial' }>['terminator']): Framing {
  return typeof terminator === 'string' ? { delimiter: DELIMITERS[terminator] } : { idleMs: terminator.idleMs };
}

/** What the DevicesService needs from any scanner driver. */
export interface ScannerDriver {
  on<K extends keyof ScannerEvents & string>(event: K, listener: (payload: ScannerEvents[K]) => void): () => void;
  start(): void;
  stop(): Promise<void>;
  status(): DeviceStatus;
}

export class SerialScanner extends TypedEmitter<ScannerEvents> implements ScannerDriver {
  private readonly reconnector: Reconnector<SerialLink>;
  private unsubscribe: Array<() => void> = [];
  private lastStatus: DeviceStatus = { state: 'stopped', at: Date.now() };

  constructor(settings: Extract<ScannerSettings, { kind: 'serial' }>, openLink: OpenSerialLink, retryMs = 1_000) {
    super();
    this.reconnector = new Reconnector<SerialLink>(
      () => openLink(settings.port, scannerFraming(settings.terminator)),
      {
        attach: (link) => {
          this.unsubscribe = [link.onFrame((frame) => this.onFrame(frame)), link.onLost((reason) => this.reconnector.lost(reason))];
        },
        detach: () => {
          for (const off of this.unsubscribe) off();
          this.unsubscribe = [];
        },
        status: (state, message) => {
          this.lastStatus = message === undefined ? { state, at: Date.now() } : { state, message, at: Date.now() };
          this.emit('status', this.lastStatus);
        },
        close: (link) => link.close(),
      },
      retryMs,
    );
  }

  start(): void {
    this.reconnector.start();
  }

  stop(): Promise<void> {
    return this.reconnector.stop();
  }

  status(): DeviceStatus {
    return this.lastStatus;
  }

  private onFrame(frame: string): void {
    // A scanner set to CR LF while we split on CR leaves the LF at the start of the next frame.
    const raw = frame.replace(/^[\r\n]+|[\r\n]+$/g, '');
    if (raw.length === 0) return;
    this.emit('scan', { source: 'serial', result: parseScan(raw), at: Date.now() });
  }
}
