/**
 * The station's scanner and scale: lists what is plugged in, connects the configured devices, and streams
 * readings, scans and status changes as events for IPC. One scale and one serial scanner at a time; keyboard-wedge
 * scans detected in the renderer come back through reportWedgeScan so every scan reaches listeners the same way.
 */
import { z } from 'zod';
import { ScaleSettings, ScannerSettings, type ScaleSettingsInput, type ScannerSettingsInput } from '../../shared/devices/device-settings';
import { compileContinuousFormat } from '../../shared/scale/continuous';
import type { ScaleFrameError } from '../../shared/scale/reading';
import type { WeightUnit } from '../../shared/scale/weight';
import { parseScan } from '../../shared/scan/parse-scan';
import { StationError } from '../core/errors';
import { ContinuousScale } from './continuous-scale';
import { HidScale, findHidScales, type HidApi, type HidScaleInfo } from './hid-scale';
import { MtSicsScale } from './mt-sics-scale';
import { NciScale } from './nci-scale';
import { loadNodeHidApi } from './node-hid-api';
import type { DeviceStatus, LiveReading, ScaleDriver, ScaleKind } from './scale-driver';
import { listSerialPorts, openSerialLink, type OpenSerialLink, type SerialPortSummary } from './serial-link';
import { HidScanner, findHidScanners, type HidScannerInfo } from './hid-scanner';
import { SerialScanner, type ScanEvent, type ScannerDriver } from './serial-scanner';
import { TypedEmitter } from './typed-emitter';
import { VirtualScale } from './virtual-scale';

export type DevicesEvents = {
  reading: LiveReading;
  scan: ScanEvent;
  status: { device: 'scale' | 'scanner'; status: DeviceStatus };
  frameError: ScaleFrameError;
};

export interface DevicesServiceDeps {
  openSerialLink?: OpenSerialLink;
  listSerialPorts?: () => Promise<SerialPortSummary[]>;
  loadHidApi?: () => Promise<HidApi>;
  /** How often a lost device is looked for again. */
  retryMs?: number;
}

export interface ScaleState {
  kind: ScaleKind;
  status: DeviceStatus;
  reading: LiveReading | null;
}

function invalid(what: string, error: z.ZodError): StationError {
  const detail = error.issues.map((i) => `${i.path.join('.') || what}: ${i.message}`).join('; ');
  return new StationError('VALIDATION', `Invalid ${what} settings: ${detail}`);
}

export class DevicesService extends TypedEmitter<DevicesEvents> {
  private scale: ScaleDriver | undefined;
  private scaleUnsubscribe: Array<() => void> = [];
  private scanner: ScannerDriver | undefined;
  private scannerUnsubscribe: Array<() => void> = [];
  private hidApi: Promise<HidApi> | undefined;
  private readonly openLink: OpenSerialLink;
  private readonly retryMs: number;

  constructor(private readonly deps: DevicesServiceDeps = {}) {
    super();
    this.openLink = deps.openSerialLink ?? openSerialLink;
    this.retryMs = deps.retryMs ?? 1_000;
  }

  listSerialPorts(): Promise<SerialPortSummary[]> {
    return (this.deps.listSerialPorts ?? listSerialPorts)();
  }

  async listHidScales(): Promise<HidScaleInfo[]> {
    return findHidScales(await this.loadHid());
  }

  /** Scanners set to USB HID POS mode; wedge scanners are keyboards and are not listed. */
  async listHidScanners(): Promise<HidScannerInfo[]> {
    return findHidScanners(await this.loadHid());
  }

  /** Replaces the current scale (if any) with one built from `input`; it connects in the background. */
  async connectScale(input: ScaleSettingsInput): Promise<void> {
    const parsed = ScaleSettings.safeParse(input);
    if (!parsed.success) throw invalid('scale', parsed.error);
    const driver = await this.buildScale(parsed.data);
    await this.disconnectScale();
    this.scale = driver;
    this.scaleUnsubscribe = [
      driver.on('reading', (r) => this.emit('reading', r)),
      driver.on('status', (status) => this.emit('status', { device: 'scale', status })),
      driver.on('frameError', (e) => this.emit('frameError', e)),
    ];
    driver.start();
  }

  async disconnectScale(): Promise<void> {
    const driver = this.scale;
    if (!driver) return;
    this.scale = undefined;
    await driver.stop();
    for (const off of this.scaleUnsubscribe) off();
    this.scaleUnsubscribe = [];
  }

  async connectScanner(input: ScannerSettingsInput): Promise<void> {
    const parsed = ScannerSettings.safeParse(input);
    if (!parsed.success) throw invalid('scanner', parsed.error);
    const settings = parsed.data;
    const scanner: ScannerDriver =
      settings.kind === 'serial'
        ? new SerialScanner(settings, this.openLink, this.retryMs)
        : new HidScanner(await this.loadHid(), { ...(settings.vendorId !== undefined && { vendorId: settings.vendorId }), ...(settings.productId !== undefined && { productId: settings.productId }), ...(settings.path !== undefined && { path: settings.path }) }, this.retryMs);
    await this.disconnectScanner();
    this.scanner = scanner;
    this.scannerUnsubscribe = [
      scanner.on('scan', (e) => this.emit('scan', e)),
      scanner.on('status', (status) => this.emit('status', { device: 'scanner', status })),
    ];
    scanner.start();
  }

  async disconnectScanner(): Promise<void> {
    const scanner = this.scanner;
    if (!scanner) return;
    this.scanner = undefined;
    await scanner.stop();
    for (const off of this.scannerUnsubscribe) off();
    this.scannerUnsubscribe = [];
  }

  /** A scan the renderer's keyboard-wedge detector caught; decoded here and sent out like a serial scan. */
  reportWedgeScan(raw: string): ScanEvent {
    const event: ScanEvent = { source: 'wedge', result: parseScan(raw), at: Date.now() };
    this.emit('scan', event);
    return event;
  }

  scaleState(): ScaleState | null {
    return this.scale ? { kind: this.scale.kind, status: this.scale.status(), reading: this.scale.current() } : null;
  }

  currentReading(): LiveReading | null {
    return this.scale?.current() ?? null;
  }

  scannerStatus(): DeviceStatus | null {
    return this.scanner?.status() ?? null;
  }

  /** Sets the virtual scale's weight from text such as "2.35". */
  setVirtualWeight(text: string, unit: WeightUnit): void {
    if (!(this.scale instanceof VirtualScale)) throw new StationError('CONFLICT', 'The current scale is not the virtual scale');
    const result = this.scale.setWeight({ text, unit });
    if (!result.ok) throw new StationError('VALIDATION', result.message);
  }

  async zeroScale(): Promise<void> {
    const result = await this.requireScale().zero();
    if (!result.ok) throw new StationError('UNAVAILABLE', result.message);
  }

  async tareScale(): Promise<void> {
    const result = await this.requireScale().tare();
    if (!result.ok) throw new StationError('UNAVAILABLE', result.message);
  }

  async close(): Promise<void> {
    await Promise.all([this.disconnectScale(), this.disconnectScanner()]);
    this.removeAllListeners();
  }

  private requireScale(): ScaleDriver {
    if (!this.scale) throw new StationError('UNAVAILABLE', 'No scale is connected');
    return this.scale;
  }

  private loadHid(): Promise<HidApi> {
    this.hidApi ??= (this.deps.loadHidApi ?? loadNodeHidApi)().catch((error: unknown) => {
      this.hidApi = undefined;
      throw new StationError('UNAVAILABLE', `USB scale support is unavailable on this station: ${error instanceof Error ? error.message : String(error)}`);
    });
    return this.hidApi;
  }

  private async buildScale(settings: ScaleSettings): Promise<ScaleDriver> {
    const retryMs = this.retryMs;
    switch (settings.kind) {
      case 'virtual':
        return new VirtualScale({ settleMs: settings.settleMs, intervalMs: settings.intervalMs });
      case 'hid': {
        const selector = { ...(settings.vendorId !== undefined && { vendorId: settings.vendorId }), ...(settings.productId !== undefined && { productId: settings.productId }), ...(settings.path !== undefined && { path: settings.path }) };
        return new HidScale({ api: await this.loadHid(), selector, stability: settings.stability, retryMs });
      }
      case 'mt-sics':
        return new MtSicsScale({ port: settings.port, command: settings.command, pollMs: settings.pollMs, stability: settings.stability, openLink: this.openLink, retryMs });
      case 'nci':
        return new NciScale({ port: settings.port, pollMs: settings.pollMs, stability: settings.stability, openLink: this.openLink, retryMs });
      case 'continuous': {
        const format = compileContinuousFormat(settings.unit ? { pattern: settings.pattern, unit: settings.unit } : { pattern: settings.pattern });
        if (!format.ok) throw new StationError('VALIDATION', format.error.message);
        return new ContinuousScale({ port: settings.port, format: format.value, lineEnding: settings.lineEnding, pollMs: 1_000, stability: settings.stability, openLink: this.openLink, retryMs });
      }
    }
  }
}
