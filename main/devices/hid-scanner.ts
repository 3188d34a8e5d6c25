/**
 * Barcode scanners in USB HID POS mode (usage page 0x8C) through node-hid: scans arrive as reports, are joined
 * across continuation reports and decoded with parseScan. Like the HID scale, the device is looked for again
 * after it is unplugged.
 */
import { HID_POS_SCANNER_USAGE_PAGE, HidScanAssembler } from '../../shared/scan/hid-pos-scanner';
import { parseScan } from '../../shared/scan/parse-scan';
import type { HidApi, HidDeviceHandle, HidScaleSelector } from './hid-scale';
import { Reconnector } from './reconnector';
import type { DeviceStatus } from './scale-driver';
import type { ScannerDriver, ScannerEvents } from './serial-scanner';
import { TypedEmitter } from './typed-emitter';

export interface HidScannerInfo {
  path: string;
  vendorId: number;
  productId: number;
  product?: string;
  manufacturer?: string;
}

/** Devices on the barcode scanner usage page; a scanner's keyboard interface (wedge mode) is not one of them. */
export function findHidScanners(api: HidApi): HidScannerInfo[] {
  const found = new Map<string, HidScannerInfo>();
  for (const d of api.devices()) {
    if (!d.path || d.usagePage !== HID_POS_SCANNER_USAGE_PAGE) continue;
    const info: HidScannerInfo = { path: d.path, vendorId: d.vendorId, productId: d.productId };
    if (d.product) info.product = d.product;
    if (d.manufacturer) info.manufacturer = d.manufacturer;
    found.set(d.path, info);
  }
  return [...found.values()];
}

export class HidScanner extends TypedEmitter<ScannerEvents> implements ScannerDriver {
  private readonly reconnector: Reconnector<HidDeviceHandle>;
  private lastStatus: DeviceStatus = { state: 'stopped', at: Date.now() };

  constructor(api: HidApi, selector: HidScaleSelector, retryMs = 1_000) {
    super();
    this.reconnector = new Reconnector<HidDeviceHandle>(
      async () => {
        const candidates = findHidScanners(api).filter(
          (s) => (selector.vendorId === undefined || s.vendorId === selector.vendorId) && (selector.productId === undefined || s.productId === selector.productId),
        );
        const chosen = candidates.find((s) => s.path === selector.path) ?? candidates[0];
        if (!chosen) throw new Error('No HID POS scanner found: plug it in and set it to USB HID POS mode');
        return api.open(chosen.path);
      },
      {
        attach: (handle) => {
          const assembler = new HidScanAssembler();
          handle.on('data', (data) => {
            const step = assembler.push(data);
            if (step.type === 'scan') this.emit('scan', { source: 'hid', result: parseScan(step.raw), at: Date.now() });
            else if (step.type === 'error') this.setStatus('connected', step.message);
          });
          handle.on('error', (error) => this.reconnector.lost(error.message));
        },
        detach: () => undefined,
        status: (state, message) => this.setStatus(state, message),
        close: async (handle) => {
          handle.removeAllListeners();
          try {
            handle.close();
          } catch {
            // Closing a handle whose device is already gone throws in node-hid; it is closed either way.
          }
        },
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

  private setStatus(state: DeviceStatus['state'], message?: string): void {
    this.lastStatus = message === undefined ? { state, at: Date.now() } : { state, message, at: Date.now() };
    this.emit('status', this.lastStatus);
  }
}
