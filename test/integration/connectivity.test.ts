/**
 * The network goes away mid-session (nothing answers on the marketplace's address any more) and comes back on the same
 * address: the packer keeps scanning and closing boxes, the station says it is offline with the entries waiting, and
 * once the network is back everything reaches the marketplace once, in order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRACTICE_SELLER } from '../../main/practice/practice-accounts';
import type { PlanDetail } from '../../shared/ipc/inbound';
import { proxiedStation, type ProxiedStation } from '../support/proxied-station';

let t: ProxiedStation;
beforeAll(async () => {
  t = await proxiedStation({ seed: 9090 });
});
afterAll(async () => {
  await t?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Lets the engine work (as its timer would) until `condition` holds. */
async function driveUntil(condition: () => boolean, maxMs = 20_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Gave up waiting; sync status ${JSON.stringify(t.station.sync.status())}`);
    await t.station.sync.drain();
    await sleep(25);
  }
}

describe('connectivity: the marketplace unreachable in the middle of a packing session', () => {
  it('records every scan offline, reports offline with the waiting entries, and sends everything once when the network is back', async () => {
    const { station, market, proxy } = t;
    const items = market.catalogue.filter((c) => !c.hazmat && !c.oversize && !c.requiresExpiration && c.weightLb < 2).slice(0, 3);
    let plan: PlanDetail = station.plans.create({
      accountId: t.sellerId,
      marketplaceId: 'ATVPDKIKX0DER',
      shipFromId: t.shipFromId,
      flow: 'pack_first',
      items: items.map((c) => ({ msku: c.msku, quantity: 10, prepOwner: c.prepTypes.length ? 'SELLER' : 'NONE', labelOwner: c.canUseManufacturerBarcode ? 'NONE' : 'SELLER' })),
    });
    await t.settle();
    expect(station.sync.status().connectivity).toBe('online');

    // What the status bar hears.
    const shown: string[] = [];
    station.events.subscribe((event, payload) => {
      if (event === 'sync:status') shown.push((payload as { connectivity: string }).connectivity);
    });
    plan = station.plans.choosePackingOption(plan.id, station.plans.get(plan.id).packingOptions[0]!.packingOptionId);
    await proxy.goOffline();
    const offlineAt = Date.now();
    await driveUntil(() => station.sync.status().connectivity === 'offline');
    const whileOffline = proxy.forwarded.length;

    // The packer goes on: every scan and box is recorded at once, without the network.
    const option = plan.packingOptions.find((o) => o.packingOptionId === plan.packingOptionId)!;
    let scans = 0;
    let boxes = 0;
    for (const group of plan.packingGroups.filter((g) => option.groupIds.includes(g.packingGroupId))) {
      const units = group.items.flatMap((i) => Array.from({ length: i.quantity }, () => i.msku));
      for (let start = 0; start < units.length; start += 5) {
        const box = station.packing.openBox(plan.id, { packingGroupId: group.packingGroupId });
        for (const msku of units.slice(start, start + 5)) {
          expect(station.packing.scan({ boxId: box.id, code: market.catalogue.find((c) => c.msku === msku)!.fnsku }).ok).toBe(true);
          scans++;
        }
        station.packing.closeBox({ boxId: box.id, weight: { value: 5, unit: 'LB' }, dimensions: { length: 14, width: 10, height: 8, unit: 'IN' } });
        boxes++;
      }
    }
    station.plans.submitPacking(plan.id);
    // Attempts while offline find nobody: the engine probes and stays offline.
    for (let i = 0; i < 3; i++) await station.sync.runOnce();

    const offline = station.sync.status();
    expect(offline.connectivity).toBe('offline');
    // confirmPackingOption, setPackingInformation, generate and fetch placement options, explore transport.
    expect(offline.pending).toBe(5);
    expect(offline.lastError?.message).toBeTruthy();
    expect(offline.lastSuccessAt).toBeLessThan(offlineAt);
    expect(station.db.prepare('SELECT count(*) AS n FROM inbound_scans WHERE plan_id = ? AND accepted = 1').get(plan.id)).toEqual({ n: scans });
    expect(proxy.forwarded.length).toBe(whileOffline);
    expect(market.inspect.plans()[0]!.counts.packingOptionConfirmations).toBe(0);

    await proxy.goOnline();
    await t.settle();

    const back = station.sync.status();
    expect(back.connectivity).toBe('online');
    expect(back).toMatchObject({ pending: 0, waiting: 0, failed: 0 });
    expect(back.lastSuccessAt).toBeGreaterThan(offlineAt);
    expect(shown).toContain('offline');
    expect(shown.at(-1)).toBe('online');
    const remote = market.inspect.plans().filter((p) => p.accountId === PRACTICE_SELLER.accountId);
    expect(remote).toHaveLength(1);
    expect(remote[0]!.boxes).toBe(boxes);
    expect(remote[0]!.counts).toMatchObject({ packingOptionConfirmations: 1, packingInformationSets: 1 });
    const posts = (path: RegExp) => proxy.forwarded.filter((f) => f.startsWith('POST ') && path.test(f)).length;
    expect(posts(/\/packingOptions\/[^/]+\/confirmation$/)).toBe(1);
    expect(posts(/\/packingInformation$/)).toBe(1);
    expect(station.plans.get(plan.id).placementOptions.length).toBeGreaterThan(0);
  }, 60_000);
});
