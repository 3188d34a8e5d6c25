import { join } from 'node:path';
import { createStation, type Station, type StationOptions } from './station';
import { startPracticeMarketplace, type PracticeMarketplace } from '../practice/practice-marketplace';
import { LWA_PATH } from '../practice/lwa-endpoint';
import type { PracticeEndpoints } from '../spapi/account-resolver';
import { ensurePracticeAccounts, fetchPracticeCatalogue } from './practice-setup';
import { startScheduledPulls } from '../sync/scheduled-pulls';

export interface StationRuntime {
  station: Station;
  /** The practice marketplace the station runs itself; null when its practice accounts use a shared one. */
  practice: PracticeMarketplace | null;
  /** Where the station's practice accounts send their calls. */
  practiceEndpoints: PracticeEndpoints;
  close(): Promise<void>;
}

export interface StationRuntimeOptions extends Omit<StationOptions, 'practice'> {
  /**
   * A practice marketplace served elsewhere (`packbench practice serve`), e.g. one a training room shares among its
   * stations; the station then runs none of its own. Its catalogue is read from the marketplace.
   */
  practiceUrl?: string;
  /** Time between attempts to read a shared marketplace's catalogue while it does not answer (5 s). */
  practiceRetryMs?: number;
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
 * Practice accounts of a station using a shared marketplace: created at once, with the catalogue as soon as the
 * marketplace answers, so a station started before the marketplace (or while it is down) still opens and works offline.
 */
async function ensureSharedPracticeAccounts(station: Station, baseUrl: string, retryMs: number, log: (line: string) => void): Promise<() => void> {
  ensurePracticeAccounts(station, []);
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let warned = false;
  const attempt = async (): Promise<void> => {
    try {
      const catalogue = await fetchPracticeCatalogue(baseUrl);
      if (stopped) return;
      ensurePracticeAccounts(station, catalogue);
      if (warned) log(`Practice marketplace ${baseUrl} answers again; the practice catalogue is loaded.`);
    } catch (error) {
      if (stopped) return;
      if (!warned) log(`Practice marketplace ${baseUrl} does not answer (${(error as Error).message}); its catalogue is loaded when it does.`);
      warned = true;
      timer = setTimeout(() => void attempt(), retryMs);
      timer.unref();
    }
  };
  // The first attempt is awaited, so a station started beside a running marketplace opens with its catalogue.
  await attempt();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}

/**
 * Everything a running station needs, for the Electron shell and the browser host alike: the station core and the
 * practice marketplace its practice accounts talk to — its own on loopback, or a shared one given by `practiceUrl`.
 */
export async function startStationRuntime(options: StationRuntimeOptions): Promise<StationRuntime> {
  const { practiceUrl, practiceRetryMs, ...stationOptions } = options;
  const log = options.log ?? ((line: string) => console.error(line));
  let endpoints: PracticeEndpoints | null = practiceUrl ? { baseUrl: practiceUrl, lwaTokenUrl: practiceUrl + LWA_PATH } : null;
  let practice: PracticeMarketplace | null = null;
  let stopShared = (): void => undefined;
  const station = createStation({ ...stationOptions, startSync: false, practice: () => endpoints });
  try {
    if (practiceUrl) {
      stopShared = await ensureSharedPracticeAccounts(station, practiceUrl, practiceRetryMs ?? 5000, log);
    } else {
      // The marketplace keeps its plans and orders next to the station's database, so both sides survive a restart together.
      practice = await startPracticeMarketplace({
        seed: practiceSeed(station),
        asyncDelayMs: 800,
        enforceRateLimits: true,
        statePath: join(options.dataDir, PRACTICE_STATE_FILE),
        log,
      });
      endpoints = { baseUrl: practice.baseUrl, lwaTokenUrl: practice.lwaUrl };
      ensurePracticeAccounts(station, practice.catalogue);
    }
  } catch (error) {
    stopShared();
    await station.close();
    throw error;
  }
  if (options.startSync !== false) station.sync.start();
  await station.devices.start();
  const stopPulls = startScheduledPulls(station, undefined, options.log);
  const own = practice;
  return {
    station,
    practice: own,
    practiceEndpoints: endpoints as PracticeEndpoints,
    async close() {
      stopPulls();
      stopShared();
      await station.close();
      await own?.close();
    },
  };
}
