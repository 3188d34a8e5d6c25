import { join } from 'node:path';
import { createStation, type Station, type StationOptions } from './station';
import { startPracticeMarketplace, type PracticeMarketplace } from '../practice/practice-marketplace';
import { ensurePracticeAccounts } from './practice-setup';
import { startScheduledPulls } from '../sync/scheduled-pulls';

export interface StationRuntime {
  station: Station;
  practice: PracticeMarketplace;
  close(): Promise<void>;
}

export const PRACTICE_STATE_FILE = 'practice-marketplace.json';

/** A station seeds its practice marketplace once and keeps the seed, so the practice catalogue stays the same. */
function practiceSeed(station: Station): number {
  const row = station.db.prepare(`SELECT value FROM settings WHERE key = 'practiceSeed'`).get() as { value: string } | undefined;
  if (row) return Number(JSON.parse(row.value));
  const seed = Math.floor(Math.random() * 2 ** 31);
  station.db.prepare(`INSERT INTO settings (key, value) VALUES ('practiceSeed', ?)`).run(JSON.stringify(seed));
  return seed;
}

/**
 * Everything a running station needs, for the Electron shell and the browser host alike: the station core and the
 * practice marketplace it serves on loopback for its practice accounts.
 */
export async function startStationRuntime(options: Omit<StationOptions, 'practice'>): Promise<StationRuntime> {
  let practice: PracticeMarketplace | null = null;
  const station = createStation({
    ...options,
    startSync: false,
    practice: () => (practice ? { baseUrl: practice.baseUrl, lwaTokenUrl: practice.lwaUrl } : null),
  });
  try {
    // The marketplace keeps its plans and orders next to the station's database, so both sides survive a restart together.
    practice = await startPracticeMarketplace({
      seed: practiceSeed(station),
      asyncDelayMs: 800,
      enforceRateLimits: true,
      statePath: join(options.dataDir, PRACTICE_STATE_FILE),
      ...(options.log ? { log: options.log } : {}),
    });
    ensurePracticeAccounts(station, practice.catalogue);
  } catch (error) {
    await station.close();
    throw error;
  }
  if (options.startSync !== false) station.sync.start();
  await station.devices.start();
  const stopPulls = startScheduledPulls(station, undefined, options.log);
  const running = practice;
  return {
    station,
    practice: running,
    async close() {
      stopPulls();
      await station.close();
      await running.close();
    },
  };
}
