/**
 * USB HID POS scales through node-hid. Discovery lists devices from the known scale vendors and any device that
 * reports the scale usage page 0x8D. The device handle is injectable so recorded reports drive the driver in
 * tests. An unplugged or auto-powered-off scale (Dymo scales switch off after a few minutes) is looked for again
 * every `retryMs` until it reappears.
 */
import { parseHidScaleReport, HID_POS_USAGE_PAGE } from '../../shared/scale/hid-pos';
import type { StabilityRule } from '../../shared/scale/reading';
import { Reconnector } from './reconnector';
import { ScaleDriverBase, type ScaleCommandResult } from './scale-driver';

export interface HidDeviceInfo {
  vendorId: number;
  productId: number;
  path?: string | undefined;
  serialNumber?: string | undefined;
  manufacturer?: string | undefined;
  product?: string | undefined;
  usagePage?: number | undefined;
}

export interface HidDeviceHandle {
  on(event: 'data', listener: (data: Buffer) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  removeAllListeners(): unknown;
  close(): void;
}

export interface HidApi {
  devices(): HidDeviceInfo[];
  open(path: string): HidDeviceHandle;
}

export const KNOWN_SCALE_VENDORS: Readonly<Record<number, string>> = {
  0x0922: 'Dymo',
  0x0eb8: 'Mettler Toledo',
  0x1446: 'Stamps.com',
  0x0b67: 'Fairbanks',
};

export interface HidScaleInfo {
  path: string;
  vendorId: number;
  productId: number;
  vendor: string;
  product?: string;
  serialNumber?: string;
}

/** Known-vendor devices and any device on the scale usage page, one entry per path. */
export function findHidScales(api: HidApi): HidScaleInfo[] {
  const found = new Map<string, HidScaleInfo>();
  for (const d of api.devices()) {
    if (!d.path) continue;
    const vendor = KNOWN_SCALE_VENDORS[d.vendorId];
    // A known vendor's non-scale interface (e.g. a label printer's) is skipped when it names another usage page.
    const isScalePage = d.usagePage === HID_POS_USAGE_PAGE;
    if (!isScalePage && !(vendor && (d.usagePage === undefined || d.usagePage === 0))) continue;
    const info: HidScaleInfo = { path: d.path, vendorId: d.vendorId, productId: d.productId, vendor: vendor ?? d.manufacturer ?? 'Unknown vendor' };
    if (d.product) info.product = d.product;
    if (d.serialNumber) info.serialNumber = d.serialNumber;
    found.set(d.path, info);
  }
  return [...found.values()];
}

export interface HidScaleSelector {
  vendorId?: number;
  productId?: number;
  /** A path pins one device; after a replug the path may change, so vendor/product are matched as a fallback. */
  path?: string;
}

export function selectHidScale(scales: HidScaleInfo[], selector: HidScaleSelector): HidScaleInfo | undefined {
  const byIds = scales.filter((s) => (selector.vendorId === undefined || s.vendorId === selector.vendorId) && (selector.productId === undefined || s.productId === selector.productId));
  return byIds.find((s) => s.path === selector.path) ?? byIds[0];
}

export interface HidScaleOptions {
  api: HidApi;
  selector: HidScaleSelector;
  stability: StabilityRule;
  retryMs?: number;
}

export class HidScale extends ScaleDriverBase {
  readonly kind = 'hid' as const;
  private readonly reconnector: Reconnector<HidDeviceHandle>;
  private device: HidScaleInfo | undefined;

  constructor(private readonly options: HidScaleOptions) {
    super(options.stability);
    this.reconnector = new Reconnector<HidDeviceHandle>(
      async () => {
        const chosen = selectHidScale(findHidScales(options.api), options.selector);
        if (!chosen) throw new Error('No USB scale found: plug it in and switch it on');
        const handle = options.api.open(chosen.path);
        this.device = chosen;
        return handle;
      },
      {
        attach: (handle) => {
          handle.on('data', (data) => {
            const parsed = parseHidScaleReport(data);
            if (parsed.ok) this.publish(parsed.value);
            else this.publishFrameError(parsed.error);
          });
          handle.on('error', (error) => this.reconnector.lost(error.message));
        },
        detach: () => {
          this.device = undefined;
        },
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
      options.retryMs ?? 1_000,
    );
  }

  /** The device in use, for the devices page. */
  connectedDevice(): HidScaleInfo | undefined {
    return this.device;
  }

  start(): void {
    this.reconnector.start();
  }

  stop(): Promise<void> {
    return this.reconnector.stop();
  }

  zero(): Promise<ScaleCommandResult> {
    return Promise.resolve({ ok: false, message: 'USB scales are zeroed with their own button' });
  }

  tare(): Promise<ScaleCommandResult> {
    return Promise.resolve({ ok: false, message: 'USB scales are tared with their own button' });
  }
}
