import type { Db } from '../db/database';
import type { DevicesState } from '../../shared/ipc/devices';
import { DEFAULT_SCALE_SETTINGS, ScaleSettings, ScannerSettings } from '../../shared/devices/device-settings';
import { StationError } from '../core/errors';
import type { EventHub } from '../core/event-hub';
import { DevicesService } from './devices-service';

const SCALE_KEY = 'devices.scale';
const SCANNER_KEY = 'devices.scanner';

/**
 * The station's own scanner and scale: settings kept per station in the database, connected at start (the virtual
 * scale on a new station), and every reading, scan and status change pushed to the windows as events.
 */
export class StationDevices {
  readonly service: DevicesService;

  constructor(
    private readonly db: Db,
    events: EventHub,
    service = new DevicesService(),
  ) {
    this.service = service;
    service.on('reading', (reading) => events.emit('devices:reading', reading));
    service.on('status', (status) => events.emit('devices:status', status));
    service.on('scan', (scan) => events.emit('devices:scan', scan));
  }

  private stored(key: string): unknown {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as unknown) : undefined;
  }

  private store(key: string, value: unknown): void {
    if (value === null) this.db.prepare('DELETE FROM settings WHERE key = ?').run(key);
    else this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
  }

  /** Connects what the station was set up with; a saved device that is unplugged keeps being looked for. */
  async start(): Promise<void> {
    const scale = ScaleSettings.safeParse(this.stored(SCALE_KEY) ?? DEFAULT_SCALE_SETTINGS);
    await this.service.connectScale(scale.success ? scale.data : DEFAULT_SCALE_SETTINGS);
    const scanner = ScannerSettings.safeParse(this.stored(SCANNER_KEY));
    if (scanner.success) await this.service.connectScanner(scanner.data).catch(() => undefined);
  }

  state(): DevicesState {
    const scaleSettings = ScaleSettings.safeParse(this.stored(SCALE_KEY) ?? DEFAULT_SCALE_SETTINGS);
    const scannerSettings = ScannerSettings.safeParse(this.stored(SCANNER_KEY));
    const scale = this.service.scaleState();
    return {
      scale: scale && scaleSettings.success ? { settings: scaleSettings.data, status: scale.status, reading: scale.reading } : null,
      scanner: scannerSettings.success ? { settings: scannerSettings.data, status: this.service.scannerStatus() } : null,
    };
  }

  async setScale(input: unknown): Promise<DevicesState> {
    const parsed = ScaleSettings.safeParse(input);
    if (!parsed.success) throw new StationError('INVALID_REQUEST', `Invalid scale settings: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
    await this.service.connectScale(parsed.data);
    this.store(SCALE_KEY, parsed.data);
    return this.state();
  }

  async setScanner(input: unknown | null): Promise<DevicesState> {
    if (input === null) {
      await this.service.disconnectScanner();
      this.store(SCANNER_KEY, null);
      return this.state();
    }
    const parsed = ScannerSettings.safeParse(input);
    if (!parsed.success) throw new StationError('INVALID_REQUEST', `Invalid scanner settings: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
    await this.service.connectScanner(parsed.data);
    this.store(SCANNER_KEY, parsed.data);
    return this.state();
  }

  close(): Promise<void> {
    return this.service.close();
  }
}
