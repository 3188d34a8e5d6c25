import { SpApiClient } from '../../main/spapi/client';
import { findOperation } from '../../main/spapi/operations';
import { startPracticeMarketplace } from '../../main/practice/practice-marketplace';
import { PRACTICE_SELLER } from '../../main/practice/practice-accounts';
import { LWA_PATH } from '../../main/practice/lwa-endpoint';
import { marketplaceProxy } from '../support/marketplace-proxy';
import { lightItems } from '../support/inbound-flows';
import { amazonSpApiCaller } from './amazon-sp-api-caller';
import { stationPackFirst } from './inbound-flow-station';
import { minimumCalls, packFirstScript, type FlowCaller, type FlowShape } from './inbound-flow-script';
import { round, type BenchResult } from './bench-result';

const INBOUND = 'fulfillmentInbound_2024-03-20';
const SKUS = 50;
/** 40 units of each SKU, 10 to a box: 4 boxes per SKU, 200 boxes. */
const UNITS_PER_SKU = 40;
const UNITS_PER_BOX = 10;
/** Amazon's inbound operations take seconds; a quarter second keeps the figures about the calls, not the waiting. */
const ASYNC_DELAY_MS = 250;

interface Figures {
  calls: number;
  minimum: number;
  throttled: number;
  wallSeconds: number;
  floorSeconds: number;
  asyncSeconds: number;
  boxes: number;
  shipments: number;
  placementOptions: number;
  extra: string;
  throttledBy: string;
  shape: FlowShape;
}

/**
 * One pack-first flow against a fresh practice marketplace enforcing the official rate and burst of every operation,
 * counted at a proxy in front of it (every SP-API request and every 429, whichever client sent it).
 */
async function measure(makeCaller: (baseUrl: string, lwaUrl: string) => { caller: FlowCaller; close(): void }): Promise<Figures> {
  const market = await startPracticeMarketplace({ seed: 20261130, asyncDelayMs: ASYNC_DELAY_MS, enforceRateLimits: true });
  const proxy = await marketplaceProxy(market.baseUrl, { loseWriteReplies: false });
  const { caller, close } = makeCaller(proxy.url, proxy.url + LWA_PATH);
  try {
    const items = lightItems(market.catalogue, SKUS);
    const started = performance.now();
    const shape = await packFirstScript(caller, items, UNITS_PER_SKU, UNITS_PER_BOX, ASYNC_DELAY_MS);
    const wallSeconds = (performance.now() - started) / 1000;
    const minimum = minimumCalls(shape);
    const calls = [...proxy.calls.values()].reduce((n, c) => n + c.sent, 0);
    const throttled = [...proxy.calls.values()].reduce((n, c) => n + c.throttled, 0);
    // The flow is one plan's steps one after another: each operation's calls beyond its burst wait for its rate.
    let floorSeconds = 0;
    for (const [operationId, needed] of minimum) {
      const spec = findOperation(INBOUND, operationId);
      floorSeconds += Math.max(0, needed - (spec.burst ?? 1)) / (spec.rate ?? 1);
    }
    const extra = [...proxy.calls]
      .map(([op, c]) => ({ op, over: c.sent - (minimum.get(op) ?? 0) }))
      .filter((e) => e.over !== 0)
      .map((e) => `${e.op} ${e.over > 0 ? '+' : ''}${e.over}`)
      .join(', ');
    return {
      calls,
      minimum: [...minimum.values()].reduce((n, v) => n + v, 0),
      throttled,
      wallSeconds,
      floorSeconds,
      asyncSeconds: (shape.asyncOperations * ASYNC_DELAY_MS) / 1000,
      boxes: shape.boxes,
      shipments: shape.shipments,
      placementOptions: shape.placementOptions,
      extra: extra || 'none',
      shape,
      throttledBy:
        [...proxy.calls]
          .filter(([, c]) => c.throttled > 0)
          .map(([op, c]) => `${op} ${c.throttled}`)
          .join(', ') || 'none',
    };
  } finally {
    close();
    await proxy.close();
    await market.close();
  }
}

/**
 * The station's own run of the plan, counted at the same kind of proxy. Its packer takes the first placement option as
 * the station lists them, which may have another number of shipments than the script's, so its minimum is worked out
 * for the shipments it confirmed (three asynchronous operations, a window list and a box list per shipment).
 */
async function measureStation(script: FlowShape) {
  const market = await startPracticeMarketplace({ seed: 20261130, asyncDelayMs: ASYNC_DELAY_MS, enforceRateLimits: true });
  const proxy = await marketplaceProxy(market.baseUrl, { loseWriteReplies: false });
  try {
    const run = await stationPackFirst(market, proxy.url, lightItems(market.catalogue, SKUS), UNITS_PER_SKU, UNITS_PER_BOX);
    const more = run.shipments - script.shipments;
    const pages = new Map(script.pages);
    for (const op of ['listDeliveryWindowOptions', 'listShipmentBoxes']) pages.set(op, (pages.get(op) ?? 0) + more);
    const minimum = minimumCalls({ ...script, shipments: run.shipments, asyncOperations: script.asyncOperations + 3 * more, pages });
    const calls = [...proxy.calls.values()].reduce((n, c) => n + c.sent, 0);
    const throttled = [...proxy.calls.values()].reduce((n, c) => n + c.throttled, 0);
    const extra = [...new Set([...proxy.calls.keys(), ...minimum.keys()])]
      .map((op) => ({ op, over: (proxy.calls.get(op)?.sent ?? 0) - (minimum.get(op) ?? 0) }))
      .filter((e) => e.over !== 0)
      .map((e) => `${e.op} ${e.over > 0 ? '+' : ''}${e.over}`)
      .join(', ');
    return { ...run, calls, throttled, extra: extra || 'none', minimum: [...minimum.values()].reduce((n, v) => n + v, 0) };
  } finally {
    await proxy.close();
    await market.close();
  }
}

function packbenchCaller(baseUrl: string, lwaUrl: string): { caller: FlowCaller; close(): void } {
  // The client as a station builds it: default retries, rate-limit buckets from the models.
  const account = new SpApiClient().forAccount({
    id: PRACTICE_SELLER.accountId,
    region: 'NA',
    environment: 'production',
    lwaClientId: PRACTICE_SELLER.clientId,
    lwaClientSecret: PRACTICE_SELLER.clientSecret,
    refreshToken: PRACTICE_SELLER.refreshToken,
    baseUrl,
    lwaTokenUrl: lwaUrl,
  });
  return {
    caller: { call: async (operationId, request) => (await account.call(INBOUND, operationId, request)).body as never },
    close: () => undefined,
  };
}

/**
 * A pack-first plan of 50 SKUs and 200 boxes, driven by the same script through Packbench's SP-API client and through
 * the amazon-sp-api package, each against its own practice marketplace enforcing the official limits.
 */
export async function run(): Promise<BenchResult> {
  // Each client runs twice, interleaved, and the second (warm) run is reported, so neither pays for loading code alone.
  await measure(packbenchCaller);
  await measure((baseUrl) => amazonSpApiCaller(baseUrl, PRACTICE_SELLER));
  const ours = await measure(packbenchCaller);
  const theirs = await measure((baseUrl) => amazonSpApiCaller(baseUrl, PRACTICE_SELLER));
  const station = await measureStation(ours.shape);
  const ratio = (a: number, b: number) => (b === 0 ? (a === 0 ? '1' : 'n/a') : String(round(a / b, 2)));
  return {
    name: `Pack-first inbound flow, ${SKUS} SKUs / ${ours.boxes} boxes, practice marketplace enforcing official limits`,
    figures: {
      'flow: placement options / shipments / boxes': `${ours.placementOptions} / ${ours.shipments} / ${ours.boxes}`,
      'minimum calls the flow needs': ours.minimum,
      'rate-limit floor s': round(ours.floorSeconds, 2),
      'async operations wait s (simulated processing)': round(ours.asyncSeconds, 2),
      'packbench: calls made': ours.calls,
      'packbench: 429s received': ours.throttled,
      'packbench: wall time s': round(ours.wallSeconds, 2),
      'packbench: calls beyond the minimum': ours.extra,
      'packbench: 429s by operation': ours.throttledBy,
      'amazon-sp-api: calls made': theirs.calls,
      'amazon-sp-api: minimum for its run': theirs.minimum,
      'amazon-sp-api: 429s received': theirs.throttled,
      'amazon-sp-api: wall time s': round(theirs.wallSeconds, 2),
      'amazon-sp-api: calls beyond the minimum': theirs.extra,
      'amazon-sp-api: 429s by operation': theirs.throttledBy,
      'station (outbox, production settings): calls made': station.calls,
      'station: 429s received': station.throttled,
      'station: wall time s (packing 200 boxes included)': round(station.wallSeconds, 2),
      'station: shipments / boxes': `${station.shipments} / ${station.boxes}`,
      'station: minimum calls for its shipments': station.minimum,
      'station: calls against the minimum': station.extra,
      'ratio amazon-sp-api / packbench: calls made': ratio(theirs.calls, ours.calls),
      'ratio amazon-sp-api / packbench: 429s': ratio(theirs.throttled, ours.throttled),
      'ratio amazon-sp-api / packbench: wall time': ratio(theirs.wallSeconds, ours.wallSeconds),
    },
    notes: [
      'Calls and 429s are counted at a proxy in front of the marketplace; both clients run the same call script, one plan step after another.',
      'Rate-limit floor: sum over operations of max(0, calls needed - burst) / rate, from the official models; the async wait is operations x the simulated completion delay.',
      'The station polls an operation first after 1 s (its production setting) and explores transport and delivery windows of every placement option so the packer can compare them; the script reads windows only for the chosen one.',
      'amazon-sp-api is pointed at the marketplace through its https_proxy_agent option with an agent that connects to loopback; its own retry and token code runs unchanged.',
    ],
  };
}
