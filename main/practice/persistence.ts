import { z } from 'zod';
import type { FaultRecord } from './http-server';
import type { IdFactory } from './ids';
import type { AsyncOperation, AsyncOperations } from './inbound/async-operations';
import type { InboundStore } from './inbound/inbound-store';
import type { PlanRecord } from './inbound/model';
import type { McfOrder, McfOrderStore } from './outbound/outbound-handlers';
import type { PracticeAccount } from './practice-accounts';
import type { TokenStore } from './token-store';
import type { RetailPurchaseOrder, RetailStore } from './vendor/retail-handlers';
import type { DfOrder } from './vendor/vendor-data';
import type { VendorStore } from './vendor/vendor-store';
import { decodeState, encodeState, moveAside, PRACTICE_STATE_FORMAT, readStateFile } from './persistence-file';

/** Raised with each change to what the saved state holds; older versions are refused like unknown ones. */
export const PRACTICE_STATE_VERSION = 1;

type Entries<M> = M extends Map<infer K, infer V> ? Map<K, V> : never;

/** Everything of the practice marketplace that outlives a restart. Download URLs (15 s) and rate buckets do not. */
export interface PracticeState {
  seed: number;
  /** Marketplace time when the state was saved; the restarted clock never reads earlier. */
  savedAt: number;
  idsState: number[];
  inbound: { plans: Map<string, PlanRecord>; plansCreated: number; operations: AsyncOperation[] };
  vendor: {
    orders: DfOrder[];
    transactions: Entries<VendorStore['transactions']>;
    labels: Entries<VendorStore['labels']>;
    confirmations: Entries<VendorStore['confirmations']>;
    statusUpdates: Entries<VendorStore['statusUpdates']>;
    counts: VendorStore['counts'];
  };
  retail: { purchaseOrders: RetailPurchaseOrder[]; asns: Entries<RetailStore['asns']>; transports: Entries<RetailStore['transports']> };
  mcf: { orders: Map<string, McfOrder>; nextPackage: number };
  tokens: ReturnType<TokenStore['snapshot']>;
  callCounts: Map<string, number>;
  faultLog: FaultRecord[];
  internalErrors: string[];
}

/** The live objects a state is taken from and put back into. */
export interface PracticeStateParts {
  seed: number;
  now: () => number;
  ids: IdFactory;
  store: InboundStore;
  operations: AsyncOperations;
  vendor: VendorStore;
  retail: RetailStore;
  mcf: McfOrderStore;
  tokens: TokenStore;
  accounts: readonly PracticeAccount[];
  callCounts: Map<string, number>;
  faultLog: FaultRecord[];
  internalErrors: string[];
}

// The envelope and each section's container types are checked on load; a file that passes but holds records of
// another shape was not written by this version and is refused by the version number instead.
const map = z.instanceof(Map);
const stateSchema = z.object({
  format: z.literal(PRACTICE_STATE_FORMAT),
  version: z.number().int(),
  state: z.object({
    seed: z.number().int(),
    savedAt: z.number(),
    idsState: z.array(z.number().int()).length(4),
    inbound: z.object({ plans: map, plansCreated: z.number().int().nonnegative(), operations: z.array(z.object({ operationId: z.string(), accountId: z.string() }).passthrough()) }),
    vendor: z.object({ orders: z.array(z.object({ purchaseOrderNumber: z.string() }).passthrough()), transactions: map, labels: map, confirmations: map, statusUpdates: map, counts: z.record(z.string(), z.number()) }),
    retail: z.object({ purchaseOrders: z.array(z.object({ purchaseOrderNumber: z.string() }).passthrough()), asns: map, transports: map }),
    mcf: z.object({ orders: map, nextPackage: z.number().int() }),
    tokens: z.array(z.object({ token: z.string(), accountId: z.string(), kind: z.enum(['access', 'restricted']), expiresAt: z.number() }).passthrough()),
    callCounts: map,
    faultLog: z.array(z.unknown()),
    internalErrors: z.array(z.string()),
  }),
});

export function snapshotState(parts: PracticeStateParts): PracticeState {
  return {
    seed: parts.seed,
    savedAt: parts.now(),
    idsState: parts.ids.state(),
    inbound: { plans: parts.store.plans, plansCreated: parts.store.plansCreated, operations: parts.operations.snapshot() },
    vendor: {
      orders: parts.vendor.orders,
      transactions: parts.vendor.transactions,
      labels: parts.vendor.labels,
      confirmations: parts.vendor.confirmations,
      statusUpdates: parts.vendor.statusUpdates,
      counts: parts.vendor.counts,
    },
    retail: { purchaseOrders: parts.retail.purchaseOrders, asns: parts.retail.asns, transports: parts.retail.transports },
    mcf: { orders: parts.mcf.orders, nextPackage: parts.mcf.nextPackage },
    tokens: parts.tokens.snapshot(),
    callCounts: parts.callCounts,
    faultLog: parts.faultLog,
    internalErrors: parts.internalErrors,
  };
}

export function encodePracticeState(state: PracticeState): string {
  return encodeState({ format: PRACTICE_STATE_FORMAT, version: PRACTICE_STATE_VERSION, state });
}

function refill<K, V>(target: Map<K, V>, source: Map<K, V>): void {
  target.clear();
  for (const [key, value] of source) target.set(key, value);
}

function refillArray<T>(target: T[], source: readonly T[]): void {
  target.splice(0, target.length, ...source);
}

/** Puts a saved state back into freshly built stores (the id factory is built from `idsState` by the caller). */
export function restoreState(state: PracticeState, parts: PracticeStateParts): void {
  refill(parts.store.plans, state.inbound.plans);
  parts.store.plansCreated = state.inbound.plansCreated;
  parts.operations.restore(state.inbound.operations);
  refillArray(parts.vendor.orders, state.vendor.orders);
  refill(parts.vendor.transactions, state.vendor.transactions);
  refill(parts.vendor.labels, state.vendor.labels);
  refill(parts.vendor.confirmations, state.vendor.confirmations);
  refill(parts.vendor.statusUpdates, state.vendor.statusUpdates);
  parts.vendor.counts = { ...parts.vendor.counts, ...state.vendor.counts };
  refillArray(parts.retail.purchaseOrders, state.retail.purchaseOrders);
  refill(parts.retail.asns, state.retail.asns);
  refill(parts.retail.transports, state.retail.transports);
  refill(parts.mcf.orders, state.mcf.orders);
  parts.mcf.nextPackage = state.mcf.nextPackage;
  parts.tokens.restore(state.tokens, parts.accounts);
  refill(parts.callCounts, state.callCounts);
  refillArray(parts.faultLog, state.faultLog);
  refillArray(parts.internalErrors, state.internalErrors);
}

export type LoadedState = { kind: 'fresh' } | { kind: 'loaded'; state: PracticeState } | { kind: 'movedAside'; to: string; reason: string };

/** Why a state file's text cannot be used, or the state it holds. */
export function parsePracticeState(text: string): { ok: true; state: PracticeState } | { ok: false; reason: string } {
  let decoded: unknown;
  try {
    decoded = decodeState(text);
  } catch (error) {
    return { ok: false, reason: `it is not valid JSON (${(error as Error).message})` };
  }
  const envelope = decoded as { format?: unknown; version?: unknown } | null;
  if (!envelope || typeof envelope !== 'object' || envelope.format !== PRACTICE_STATE_FORMAT) {
    return { ok: false, reason: `it is not a practice marketplace state file (format is not "${PRACTICE_STATE_FORMAT}")` };
  }
  if (envelope.version !== PRACTICE_STATE_VERSION) {
    return { ok: false, reason: `it has version ${JSON.stringify(envelope.version)}, and this Packbench reads version ${PRACTICE_STATE_VERSION} only` };
  }
  const parsed = stateSchema.safeParse(decoded);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `its content is damaged (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unreadable'})` };
  }
  // The schema checked each section's containers; the records inside are this version's own, as written by encodePracticeState.
  return { ok: true, state: parsed.data.state as unknown as PracticeState };
}

/**
 * Loads the state at `path`: nothing there starts fresh; a file that cannot be used is moved aside with a logged
 * reason, and the marketplace starts fresh rather than refusing to serve.
 */
export function loadPracticeState(path: string, log: (line: string) => void): LoadedState {
  let parsed: ReturnType<typeof parsePracticeState>;
  try {
    const read = readStateFile(path);
    if (read.kind === 'missing') return { kind: 'fresh' };
    parsed = parsePracticeState(read.text);
  } catch (error) {
    parsed = { ok: false, reason: `it cannot be read (${(error as Error).message})` };
  }
  if (parsed.ok) return { kind: 'loaded', state: parsed.state };
  let to: string;
  try {
    to = moveAside(path);
  } catch (error) {
    // Practice must not stop a station from opening: the marketplace starts fresh and its next save replaces the file.
    log(`practice marketplace: the saved state ${path} cannot be used because ${parsed.reason}, nor moved aside (${(error as Error).message}); the marketplace starts fresh and will write over it.`);
    return { kind: 'movedAside', to: path, reason: parsed.reason };
  }
  log(`practice marketplace: the saved state ${path} cannot be used because ${parsed.reason}; it was moved to ${to} and the marketplace starts fresh.`);
  return { kind: 'movedAside', to, reason: parsed.reason };
}
