import { join } from 'node:path';
import type { Db } from '../db/database';
import type { SecretCipher } from '../security/secret-cipher';
import type { AccountsService } from '../accounts/accounts-service';
import type { CatalogueService } from '../inbound/catalogue-service';
import type { SpApiAccounts } from '../spapi/account-resolver';
import type { OutboxStore } from '../sync/outbox-store';
import type { AuditLog } from '../audit/audit-log';
import type { SyncRegistry } from '../sync/sync-registry';
import type { StationPrinting } from '../printing/station-printing';
import { cipherFileSealer } from '../printing/sealed-files';
import { DfAmazon, DfApiSettings } from './df-api';
import { DfDocuments, erasePersonalData } from './df-documents';
import { DfInvoices } from './df-invoices';
import { vendorDfHandlers } from './df-ipc';
import { DfOrdersRepo } from './df-orders';
import { DfService } from './df-service';
import { registerDfSync } from './df-sync';
import { DfOwnCarrierService } from './df-status-updates';

export interface DfStationDeps {
  db: Db;
  cipher: SecretCipher;
  dataDir: string;
  accounts: AccountsService;
  catalogue: CatalogueService;
  spapi: SpApiAccounts;
  outbox: OutboxStore;
  audit: AuditLog;
  syncRegistry: SyncRegistry;
  printing: StationPrinting;
  kick: () => void;
}

/** Direct Fulfillment's parts at a station, wired once: each account's calls go out in its own DF API version. */
export function createDfStation(deps: DfStationDeps) {
  const { db, cipher, spapi, audit } = deps;
  const apiVersions = new DfApiSettings(db);
  const amazonFor = (accountId: string) => new DfAmazon(spapi.caller(accountId), apiVersions.get(accountId));
  const repo = new DfOrdersRepo(db, cipher);
  const invoices = new DfInvoices(repo, cipherFileSealer(cipher), join(deps.dataDir, 'df-invoices'), amazonFor);
  const service = new DfService(repo, deps.accounts, deps.catalogue, amazonFor, invoices, deps.outbox, audit, deps.kick);
  const documents = new DfDocuments(repo, cipher, amazonFor, deps.printing, invoices);
  const ownCarrier = new DfOwnCarrierService(repo, deps.outbox, audit, deps.kick);
  registerDfSync(deps.syncRegistry, repo, cipher, (accountId) => spapi.caller(accountId), (accountId) => apiVersions.get(accountId));
  return {
    service,
    documents,
    apiVersions,
    ownCarrier,
    handlers: vendorDfHandlers(service, documents, invoices, apiVersions, ownCarrier),
    /** Erases customer data due under the 30-day rule; returns how many orders it touched. */
    erase: (now?: number) => erasePersonalData(repo, audit, invoices, now),
  };
}
