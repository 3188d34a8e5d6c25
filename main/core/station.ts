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
import { SpApiClient, type SpApiClientOptions } from '../spapi/client';
import { SpApiAccounts, type PracticeEndpoints } from '../spapi/account-resolver';
import { AuditLog } from '../audit/audit-log';
import { OutboxStore } from '../sync/outbox-store';
import { AsyncOperationStore } from '../sync/async-operations';
import { Connectivity } from '../sync/connectivity';
import { SyncEngine } from '../sync/sync-engine';
import { SyncRegistry } from '../sync/sync-registry';
import { syncHandlers } from '../sync/sync-ipc';
import { probeHosts } from '../sync/probe';
import { InboundRepo } from '../inbound/inbound-repo';
import { CatalogueService } from '../inbound/catalogue-service';
import { PackingService } from '../inbound/packing-service';
import { PlanService } from '../inbound/plan-service';
import { inboundHandlers } from '../inbound/inbound-ipc';
import { FreightService } from '../inbound/freight-service';
import { inboundFreightHandlers } from '../inbound/freight-ipc';
import { registerInboundSync } from '../inbound/sync/register';
import { ConflictsRepo } from '../inbound/conflicts-repo';
import { ConflictsService } from '../inbound/conflicts-service';
import { OptionRegeneration } from '../inbound/option-regeneration';
import { conflictsHandlers } from '../inbound/conflicts-ipc';
import { AfterRepo } from '../inbound/after-confirmation/after-repo';
import { AfterConfirmationService } from '../inbound/after-confirmation/after-service';
import { inboundAfterHandlers } from '../inbound/after-confirmation/after-ipc';
import { afterConfirmationDeps, registerAfterConfirmationSync } from '../inbound/after-confirmation/register';
import { StationPrinting } from '../printing/station-printing';
import { printHandlers } from '../printing/printing-ipc';
import { PrintService } from '../printing/print-service';
import { cipherFileSealer } from '../printing/sealed-files';
import type { DriverPrintHook } from '../printing/os-driver-transport';
import { InboundLabels } from '../inbound/inbound-labels';
import { InboundExportService, type SaveFileHook } from '../inbound/export/export-service';
import { inboundExportHandlers } from '../inbound/export/export-ipc';
import { StationDevices } from '../devices/station-devices';
import { devicesHandlers } from '../devices/devices-ipc';
import type { DfService } from '../vendor-df/df-service';
import { createDfStation } from '../vendor-df/df-station';
import { RetailRepo } from '../retail/retail-repo';
import { RetailService } from '../retail/retail-service';
import { SsccAllocator } from '../retail/sscc-allocator';
import { RetailLabels } from '../retail/retail-labels';
import { RetailTransport } from '../retail/retail-transport';
import { registerRetailSync } from '../retail/retail-sync';
import { retailHandlers } from '../retail/retail-ipc';
import { McfOrdersRepo, eraseMcfPersonalData } from '../mcf/mcf-orders';
import { McfService } from '../mcf/mcf-service';
import { McfAmazon } from '../mcf/mcf-amazon';
import { registerMcfSync } from '../mcf/mcf-sync';
import { mcfHandlers } from '../mcf/mcf-ipc';

export const DATABASE_FILE = 'packbench.db';

export interface StationOptions {
  dataDir: string;
  cipher: SecretCipher;
  host: StationInfo['host'];
  log?: (line: string) => void;
  spapi?: SpApiClientOptions;
  /** Where practice accounts' calls go; null while no practice marketplace runs. */
  practice?: () => PracticeEndpoints | null;
  /** Start sending the outbox at once (off in tests that drive the engine by hand). */
  startSync?: boolean;
  /** First interval between polls of an Amazon operation (1 s). */
  pollBaseMs?: number;
  /** Time given to a plan found by name after a lost create reply before its next step (10 s). */
  adoptedPlanGraceMs?: number;
  /** How PDF and PNG jobs reach an OS print driver; the Electron shell supplies Chromium's printing. */
  driverPrint?: DriverPrintHook;
  /** The desktop app's save dialog for exported files; the browser host downloads them instead. */
  saveFile?: SaveFileHook;
}

/** The station's services, independent of how the renderer reaches them (Electron IPC or the browser host). */
export interface Station {
  readonly db: Db;
  readonly events: EventHub;
  readonly dispatch: Dispatch;
  readonly migration: MigrationResult;
  readonly accounts: AccountsService;
  readonly settings: SettingsService;
  readonly spapi: SpApiAccounts;
  readonly audit: AuditLog;
  readonly outbox: OutboxStore;
  readonly operations: AsyncOperationStore;
  readonly connectivity: Connectivity;
  readonly sync: SyncEngine;
  readonly syncRegistry: SyncRegistry;
  readonly catalogue: CatalogueService;
  readonly plans: PlanService;
  readonly conflicts: ConflictsService;
  readonly afterConfirmation: AfterConfirmationService;
  readonly freight: FreightService;
  readonly packing: PackingService;
  readonly printing: StationPrinting;
  readonly devices: StationDevices;
  readonly df: DfService;
  readonly retail: RetailService;
  readonly mcf: McfService;
  close(): Promise<void>;
}

export function databaseFile(dataDir: string): string {
  return join(dataDir, DATABASE_FILE);
}

export function createStation(options: StationOptions): Station {
  const { db, migration } = openDatabase(databaseFile(options.dataDir));
  const log = options.log ?? ((line: string) => console.error(line));
  const events = new EventHub();
  const accounts = new AccountsService(db, options.cipher, events);
  const settings = new SettingsService(db, events);
  const spapi = new SpApiAccounts(accounts, new SpApiClient(options.spapi), options.practice ?? (() => null));
  const audit = new AuditLog(db, () => ({ station: settings.get().stationName, operator: null }));
  const outbox = new OutboxStore(db);
  const operations = new AsyncOperationStore(db, Date.now, options.pollBaseMs);
  const syncRegistry = new SyncRegistry();
  const connectivity = new Connectivity({
    probe: () => {
      const accountIds = db.prepare(`SELECT DISTINCT account_id AS id FROM outbox WHERE state IN ('pending', 'waiting')`).all() as { id: string }[];
      return probeHosts(accountIds.map(({ id }) => spapi.baseUrl(id)));
    },
  });
  const sync = new SyncEngine({
    db,
    outbox,
    operations,
    connectivity,
    handlers: syncRegistry.handlers,
    pollOperation: (operation) => syncRegistry.poll(operation, (accountId) => spapi.caller(accountId)),
    onStatus: (status) => events.emit('sync:status', status),
    hold: (entry) => syncRegistry.hold(entry),
    log,
  });

  const inboundRepo = new InboundRepo(db);
  const catalogue = new CatalogueService(db);
  const packing = new PackingService(inboundRepo, catalogue, audit);
  const plans = new PlanService(inboundRepo, accounts, catalogue, outbox, audit, () => sync.kick());
  const freight = new FreightService(inboundRepo, outbox, audit, () => sync.kick());
  const inboundSync = registerInboundSync(syncRegistry, db, inboundRepo, (accountId) => spapi.caller(accountId), options.adoptedPlanGraceMs);
  const conflicts = new ConflictsService(new ConflictsRepo(db), inboundSync, outbox, audit, () => settings.get().stationName, () => sync.kick());
  const regeneration = new OptionRegeneration(inboundRepo, outbox, audit, () => sync.kick());
  const afterRepo = new AfterRepo(db, inboundRepo);
  const afterConfirmation = new AfterConfirmationService(afterRepo, outbox, audit, () => connectivity.online, () => sync.kick());
  registerAfterConfirmationSync(syncRegistry, afterConfirmationDeps(db, inboundRepo, (accountId) => spapi.caller(accountId)), afterRepo);
  const printing = new StationPrinting(db, options.dataDir, audit, new PrintService({ ...(options.driverPrint ? { driverPrint: options.driverPrint } : {}), sealer: cipherFileSealer(options.cipher) }));
  const inboundLabels = new InboundLabels(inboundRepo, spapi, printing);
  const inboundExport = new InboundExportService({ repo: inboundRepo, catalogue, printing, audit, language: () => settings.get().language, ...(options.saveFile ? { saveFile: options.saveFile } : {}) });
  const devices = new StationDevices(db, events);
  const dfStation = createDfStation({ db, cipher: options.cipher, dataDir: options.dataDir, accounts, catalogue, spapi, outbox, audit, syncRegistry, printing, kick: () => sync.kick() });
  const df = dfStation.service;
  dfStation.erase();
  const retention = setInterval(() => dfStation.erase(), 6 * 3600_000);
  const retailRepo = new RetailRepo(db);
  const retail = new RetailService(retailRepo, new SsccAllocator(db), accounts, catalogue, outbox, audit, () => sync.kick());
  registerRetailSync(syncRegistry, retailRepo, (accountId) => spapi.caller(accountId));
  const mcfRepo = new McfOrdersRepo(db, options.cipher);
  const mcf = new McfService(mcfRepo, accounts, catalogue, outbox, audit, () => sync.kick());
  registerMcfSync(syncRegistry, mcfRepo, (accountId) => spapi.caller(accountId));
  eraseMcfPersonalData(mcfRepo, audit);
  const mcfRetention = setInterval(() => eraseMcfPersonalData(mcfRepo, audit), 6 * 3600_000);
  mcfRetention.unref();
  retention.unref();

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
    ...accountsHandlers(accounts, spapi),
    ...syncHandlers(sync, outbox, audit),
    ...inboundHandlers(plans, packing, catalogue, inboundLabels, printing),
    ...inboundAfterHandlers(afterConfirmation),
    ...inboundExportHandlers(inboundExport),
    ...inboundFreightHandlers(freight),
    ...printHandlers(printing),
    ...devicesHandlers(devices),
    ...dfStation.handlers,
    ...retailHandlers(retail, new RetailLabels(retailRepo, printing), new RetailTransport(retailRepo, spapi, outbox, printing, audit, () => sync.kick())),
    ...mcfHandlers(mcf, new McfAmazon(mcf, mcfRepo, spapi, audit)),
    ...conflictsHandlers(conflicts, regeneration),
  };

  if (options.startSync !== false) sync.start();

  return {
    db,
    events,
    dispatch: createDispatch(handlers, log),
    migration,
    accounts,
    settings,
    spapi,
    audit,
    outbox,
    operations,
    connectivity,
    sync,
    syncRegistry,
    catalogue,
    plans,
    conflicts,
    afterConfirmation,
    freight,
    packing,
    printing,
    devices,
    df,
    retail,
    mcf,
    async close() {
      clearInterval(retention);
      clearInterval(mcfRetention);
      await sync.stop();
      await devices.close();
      if (db.open) db.close();
    },
  };
}
