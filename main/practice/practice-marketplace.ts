import { OPERATIONS } from '../spapi/operations.generated';
import { Catalogue, generateCatalogue, type CatalogueItem } from './catalogue';
import { clockNotBefore, systemClock, type Clock } from './clock';
import { DocumentStore } from './documents';
import { FaultPlanner, type FaultProfile } from './faults';
import type { HandlerTable } from './handler-types';
import { startHttpServer, type FaultRecord } from './http-server';
import { IdFactory } from './ids';
import { AsyncOperations } from './inbound/async-operations';
import type { InboundContext } from './inbound/context';
import { inboundHandlers } from './inbound/inbound-handlers';
import { InboundStore } from './inbound/inbound-store';
import type { PlanRecord } from './inbound/model';
import { LWA_PATH } from './lwa-endpoint';
import { PRACTICE_ACCOUNTS } from './practice-accounts';
import { RateLimiter } from './rate-limiter';
import { McfOrderStore, outboundHandlers } from './outbound/outbound-handlers';
import { DebouncedSaver, writeFileAtomic } from './persistence-file';
import { encodePracticeState, loadPracticeState, restoreState, snapshotState, type PracticeStateParts } from './persistence';
import { practiceStateView, type PracticeStateView } from './practice-inspection';
import { OperationRouter } from './router';
import { TokenStore } from './token-store';
import { RESTRICTED_OPERATIONS, tokensAndSellersHandlers } from './tokens-sellers-handlers';
import { dfOrdersHandlers } from './vendor/df-orders-handlers';
import { dfPaperworkHandlers } from './vendor/df-paperwork-handlers';
import { dfShippingHandlers } from './vendor/df-shipping-handlers';
import { dfV1Handlers } from './vendor/df-v1-handlers';
import { RetailStore, retailHandlers, type RetailPurchaseOrder } from './vendor/retail-handlers';
import type { DfOrder } from './vendor/vendor-data';
import { VendorStore } from './vendor/vendor-store';

/**
 * The practice marketplace: a stateful Selling Partner API simulator the station serves on 127.0.0.1, so practice
 * accounts, demos and tests run the real client end to end without Amazon.
 *
 * - LWA at `lwaUrl` (refresh-token grant) and the Tokens API; restricted DF operations need an RDT for their path.
 * - Every operation is throttled per account with Amazon's documented rate and burst and answers with
 *   `x-amzn-RequestId` and `x-amzn-RateLimit-Limit`; errors come in Amazon's `{ errors: [...] }` shape.
 * - Fulfillment Inbound 2024-03-20 (every operation) with v0 labels, bill of lading and prep instructions; Vendor
 *   Direct Fulfillment (2021-12-28 and v1), Vendor Shipments, Vendor Transaction Status, Fulfillment Outbound.
 * - Everything generated (catalogue, orders, identifiers, option choices, faults) follows `seed`; time follows `clock`.
 * - `inspect` lets tests see what the marketplace holds and how often each state change happened.
 */
export interface PracticeMarketplaceOptions {
  /** Seeds the catalogue, identifiers, option choices and faults. */
  seed: number;
  clock?: Clock;
  /** How long asynchronous inbound operations stay IN_PROGRESS. */
  asyncDelayMs?: number;
  /** Lifetime of LWA access tokens. */
  tokenLifetimeSec?: number;
  /** Lifetime of restricted data tokens. */
  rdtLifetimeSec?: number;
  faults?: FaultProfile | null;
  /** The fault profile strikes the LWA token endpoint too (default: SP-API operations only). */
  faultLwa?: boolean;
  enforceRateLimits?: boolean;
  /** 0 picks a free port. */
  port?: number;
  /** Address to listen on (default 127.0.0.1); a training room serves its stations on the local network. */
  host?: string;
  /**
   * File the marketplace keeps its state in across restarts: read at start (its seed wins over `seed`), written before
   * the reply to every call that may change it, shortly after reads and token grants, and on close. Without it, the
   * state lives in memory only.
   */
  statePath?: string;
  /** Delay between a read or token grant and the write that saves it (default 200 ms). */
  saveDelayMs?: number;
  /** Where messages about the state file go (default stderr). */
  log?: (line: string) => void;
}

export interface PlanInspection {
  inboundPlanId: string;
  accountId: string;
  status: PlanRecord['status'];
  flow: PlanRecord['flow'];
  boxes: number;
  shipments: { shipmentId: string; confirmationId?: string; status: string; boxIds: string[] }[];
  counts: PlanRecord['counts'];
}

export interface PracticeMarketplace {
  baseUrl: string;
  /** Login with Amazon token endpoint (`…/auth/o2/token`). */
  lwaUrl: string;
  catalogue: readonly CatalogueItem[];
  inspect: {
    plansCreated(accountId?: string): number;
    plans(): PlanInspection[];
    /** Successful calls per `${api}.${operationId}`. */
    callCount(key: string): number;
    faults(): readonly FaultRecord[];
    /** Requests the simulator itself failed on (answered 500 without an injected fault). */
    internalErrors(): readonly string[];
    documentsIssued(): number;
    /** Direct-fulfillment orders that have arrived by now. */
    dfOrders(): readonly DfOrder[];
    dfCounts(): VendorStore['counts'];
    /** Open retail purchase orders of the practice vendor, which ASNs refer to. */
    retailPurchaseOrders(): readonly RetailPurchaseOrder[];
    /** Shipment identifiers with an accepted ASN. */
    asnShipmentIds(): string[];
    /** Everything above and more, as the JSON that `GET /practice/state` answers. */
    state(): PracticeStateView;
  };
  setFaults(profile: FaultProfile | null): void;
  /** Forgets the tokens of an account, as when its authorisation is revoked. */
  revokeTokens(accountId: string): void;
  /** The seed the marketplace runs with: the saved state's when one was loaded. */
  seed: number;
  /** Writes the state file now (a no-op without `statePath`). */
  save(): void;
  /** Stops serving and writes the state file one last time. */
  close(): Promise<void>;
}

export async function startPracticeMarketplace(options: PracticeMarketplaceOptions): Promise<PracticeMarketplace> {
  const log = options.log ?? ((line: string) => console.error(line));
  const loaded = options.statePath ? loadPracticeState(options.statePath, log) : ({ kind: 'fresh' } as const);
  const saved = loaded.kind === 'loaded' ? loaded.state : null;
  const seed = saved?.seed ?? options.seed;
  if (saved && saved.seed !== options.seed) log(`practice marketplace: serving the saved state of ${options.statePath} with its seed ${saved.seed} (not ${options.seed}), so its catalogue stays the same.`);
  const clock = saved ? clockNotBefore(options.clock ?? systemClock, saved.savedAt) : (options.clock ?? systemClock);
  const ids = new IdFactory(seed, saved?.idsState);
  const catalogue = new Catalogue(generateCatalogue(seed));
  const tokens = new TokenStore(clock);
  const documents = new DocumentStore();
  const faults = new FaultPlanner(seed, options.faults ?? null);
  const store = new InboundStore(catalogue);
  const operations = new AsyncOperations(ids, options.asyncDelayMs ?? 0);
  const inbound: InboundContext = { store, operations, ids, catalogue, documents };
  const vendor = new VendorStore(seed, clock.now(), catalogue, ids, options.asyncDelayMs ?? 0);
  const retail = new RetailStore(seed, clock.now(), catalogue);
  const mcf = new McfOrderStore();
  const directFulfillment: HandlerTable = { ...dfOrdersHandlers(vendor), ...dfShippingHandlers(vendor), ...dfPaperworkHandlers(vendor) };
  const handlers: HandlerTable = {
    ...tokensAndSellersHandlers(tokens, options.rdtLifetimeSec ?? 3600),
    ...inboundHandlers(inbound, seed),
    ...directFulfillment,
    ...dfV1Handlers(directFulfillment),
    ...outboundHandlers(catalogue, () => vendor.trackingNumber('UPS'), mcf),
    ...retailHandlers(retail, vendor, ids, options.asyncDelayMs ?? 0),
  };
  const faultLog: FaultRecord[] = [];
  const callCounts = new Map<string, number>();
  const internalErrors: string[] = [];
  const parts: PracticeStateParts = { seed, now: () => clock.now(), ids, store, operations, vendor, retail, mcf, tokens, accounts: PRACTICE_ACCOUNTS, callCounts, faultLog, internalErrors };
  if (saved) restoreState(saved, parts);
  const statePath = options.statePath;
  const saver = statePath
    ? new DebouncedSaver(() => writeFileAtomic(statePath, encodePracticeState(snapshotState(parts))), options.saveDelayMs ?? 200, (error) =>
        log(`practice marketplace: could not save its state to ${statePath}: ${error.message}`),
      )
    : null;
  const view = () => practiceStateView({ now: () => clock.now(), store, vendor, retail, mcf, callCounts, faultLog, internalErrors });
  const server = await startHttpServer(
    {
      router: new OperationRouter(OPERATIONS),
      handlers,
      restrictedOperations: RESTRICTED_OPERATIONS,
      accounts: PRACTICE_ACCOUNTS,
      tokens,
      limiter: new RateLimiter(clock),
      faults,
      documents,
      clock,
      tokenLifetimeSec: options.tokenLifetimeSec ?? 3600,
      enforceRateLimits: options.enforceRateLimits ?? true,
      faultLwa: options.faultLwa ?? false,
      faultLog,
      callCounts,
      internalErrors,
      onStateChange: (kind) => {
        saver?.schedule();
        if (kind === 'write') saver?.flush();
      },
      practiceRoutes: {
        // The catalogue lets a station whose practice accounts use this marketplace (--practice-url) know its goods.
        catalogue: { loopbackOnly: false, body: () => ({ seed, items: catalogue.items }) },
        state: { loopbackOnly: true, body: view },
      },
    },
    options.port ?? 0,
    options.host,
  );
  // A fresh or moved-aside start is written at once, so the file names the seed the catalogue came from.
  if (saver && !saved) {
    saver.schedule();
    saver.flush();
  }
  return {
    baseUrl: server.baseUrl,
    lwaUrl: server.baseUrl + LWA_PATH,
    catalogue: catalogue.items,
    inspect: {
      plansCreated: (accountId) => [...store.plans.values()].filter((p) => !accountId || p.accountId === accountId).length,
      plans: () =>
        [...store.plans.values()].map((plan) => ({
          inboundPlanId: plan.id,
          accountId: plan.accountId,
          status: plan.status,
          flow: plan.flow,
          boxes: plan.boxes.length,
          shipments: [...plan.shipments.values()]
            .filter((s) => s.placementOptionId === plan.confirmedPlacementOptionId)
            .map((s) => ({
              shipmentId: s.id,
              ...(s.confirmationId ? { confirmationId: s.confirmationId } : {}),
              status: s.status,
              boxIds: plan.boxes.filter((b) => b.shipmentId === s.id && b.boxId).map((b) => b.boxId as string),
            })),
          counts: { ...plan.counts },
        })),
      callCount: (key) => callCounts.get(key) ?? 0,
      faults: () => faultLog,
      internalErrors: () => internalErrors,
      documentsIssued: () => documents.issuedCount,
      dfOrders: () => vendor.orders.filter((o) => o.createdAt <= clock.now()),
      dfCounts: () => ({ ...vendor.counts }),
      retailPurchaseOrders: () => retail.purchaseOrders,
      asnShipmentIds: () => [...retail.asns.keys()],
      state: view,
    },
    seed,
    setFaults: (profile) => faults.setProfile(profile),
    revokeTokens: (accountId) => tokens.revokeAccount(accountId),
    save: () => {
      saver?.schedule();
      saver?.flush();
    },
    close: async () => {
      await server.close();
      saver?.flush();
    },
  };
}
