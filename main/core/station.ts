import { join } from 'node:path';
import { openDatabase, type Db, type MigrationResult, schemaVersion } from '../db/database';
import type { SecretCipher } from '../security/secret-cipher';
import { EventHub } from './event-hub';
import { createDispatch, type Dispatch, type AllHandlers } from './dispatch';
import { AccountsService } from '../accounts/accounts-service';
import { accountsHandlers } from '../accounts/accounts-ipc';
import { SettingsService } from '../settings/settings-service';
import { settingsHandlers } from '../settings/settings-ipc';
import type { StationInfo } from '../../shared/ipc/station';
import { PACKBENCH_VERSION } from './version';

export const DATABASE_FILE = 'packbench.db';

export interface StationOptions {
  dataDir: string;
  cipher: SecretCipher;
  host: StationInfo['host'];
  log?: (line: string) => void;
}

/** The station's services, independent of how the renderer reaches them (Electron IPC or the browser host). */
export interface Station {
  readonly db: Db;
  readonly events: EventHub;
  readonly dispatch: Dispatch;
  readonly migration: MigrationResult;
  readonly accounts: AccountsService;
  readonly settings: SettingsService;
  close(): void;
}

export function databaseFile(dataDir: string): string {
  return join(dataDir, DATABASE_FILE);
}

export function createStation(options: StationOptions): Station {
  const { db, migration } = openDatabase(databaseFile(options.dataDir));
  const events = new EventHub();
  const accounts = new AccountsService(db, options.cipher, events);
  const settings = new SettingsService(db, events);

  const info = (): StationInfo => ({
    version: PACKBENCH_VERSION,
    host: options.host,
    dataDir: options.dataDir,
    schemaVersion: schemaVersion(db),
    secretStorage: options.cipher.kind,
  });

  const handlers: AllHandlers = {
    'station:info': info,
    ...settingsHandlers(settings),
    ...accountsHandlers(accounts),
  };

  return {
    db,
    events,
    dispatch: createDispatch(handlers, options.log),
    migration,
    accounts,
    settings,
    close() {
      if (db.open) db.close();
    },
  };
}
