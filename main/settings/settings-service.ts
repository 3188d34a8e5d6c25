import type { Db } from '../db/database';
import { StationSettings, type StationSettings as Settings } from '../../shared/ipc/settings';
import type { EventHub } from '../core/event-hub';
import { hostname } from 'node:os';

const defaults = (): Settings => ({ language: 'en', stationName: hostname().slice(0, 60) || 'Station 1' });

export class SettingsService {
  constructor(
    private readonly db: Db,
    private readonly events: EventHub,
  ) {}

  get(): Settings {
    const rows = this.db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
    const stored: Record<string, unknown> = {};
    for (const row of rows) {
      try {
        stored[row.key] = JSON.parse(row.value);
      } catch {
        // A damaged value falls back to its default rather than breaking the station.
      }
    }
    const merged = { ...defaults(), ...stored };
    const parsed = StationSettings.safeParse(merged);
    return parsed.success ? parsed.data : defaults();
  }

  update(patch: Partial<Settings>): Settings {
    const upsert = this.db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(patch)) {
        if (value !== undefined) upsert.run(key, JSON.stringify(value));
      }
    })();
    const settings = this.get();
    this.events.emit('settings:changed', settings);
    return settings;
  }
}
