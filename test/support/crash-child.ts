/**
 * The station core as the crash test runs it: its own process, its own data folder (kept across restarts), talking to
 * the test's practice marketplace. It follows the scripted session from wherever the database says it got to, so a
 * SIGKILL at any point only costs the work that was not yet committed.
 *
 * The crash test bundles and runs it (see crash-runner.ts); `node --import tsx test/support/crash-child.ts` runs it
 * as is. Configured by CRASH_* environment variables.
 */
import { createStation, type Station } from '../../main/core/station';
import { ensurePracticeAccounts } from '../../main/core/practice-setup';
import { generateCatalogue } from '../../main/practice/catalogue';
import { keyFileCipher } from '../../main/security/secret-cipher';
import { US_MARKETPLACE_ID } from '../../main/practice/practice-accounts';
import type { PlanDetail } from '../../shared/ipc/inbound';
import { BOX_DIMENSIONS, CRASH_PLAN_NAME, CRASH_UNITS_PER_SKU, boxWeightLb, crashItems, encodeEvent, scriptedBoxes, type ChildEvent } from './crash-script';

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

const emit = (event: ChildEvent) => process.stdout.write(encodeEvent(event));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const seed = Number(env('CRASH_SEED'));
const catalogue = generateCatalogue(seed);
const dataDir = env('CRASH_DATA_DIR');

/** Waits while the plan's outbox works, until `ready` holds; stops the script when an entry failed for good. */
async function waitFor(station: Station, planId: string, ready: () => boolean): Promise<void> {
  for (;;) {
    const failed = station.outbox.forEntity(`plan:${planId}`).find((e) => e.state === 'failed');
    if (failed) throw new Error(`${failed.op} failed: ${failed.lastError?.code} ${failed.lastError?.message}`);
    if (ready()) return;
    await sleep(15);
  }
}

const outboxSettled = (station: Station, planId: string) =>
  station.outbox.forEntity(`plan:${planId}`).every((e) => e.state === 'done' || e.state === 'discarded');

/** Your own carrier by small parcel where offered (it needs a delivery window), for every shipment of the placement. */
function transportSelections(plan: PlanDetail) {
  const placement = plan.placementOptions.find((o) => o.placementOptionId === plan.placementOptionId)!;
  return placement.shipmentIds.map((shipmentId) => {
    const options = plan.transportationOptions.filter((o) => o.shipmentId === shipmentId);
    const transport = options.find((o) => o.shippingSolution === 'USE_YOUR_OWN_CARRIER' && o.shippingMode === 'GROUND_SMALL_PARCEL') ?? options[0]!;
    const window = plan.deliveryWindows.find((w) => w.shipmentId === shipmentId)!;
    return { shipmentId, transportationOptionId: transport.transportationOptionId, deliveryWindowOptionId: window.deliveryWindowOptionId };
  });
}

async function session(station: Station): Promise<void> {
  const { sellerId } = ensurePracticeAccounts(station, catalogue);
  emit({ type: 'ready' });
  const existing = station.db.prepare('SELECT id FROM inbound_plans WHERE account_id = ? ORDER BY created_at LIMIT 1').get(sellerId) as { id: string } | undefined;
  let planId = existing?.id;
  if (!planId) {
    emit({ type: 'phase', phase: 'create' });
    const shipFromId = station.plans.shipFromList(sellerId)[0]!.id;
    planId = station.plans.create({
      accountId: sellerId,
      marketplaceId: US_MARKETPLACE_ID,
      shipFromId,
      flow: 'pack_first',
      name: CRASH_PLAN_NAME,
      items: crashItems(catalogue).map((c) => ({
        msku: c.msku,
        quantity: CRASH_UNITS_PER_SKU,
        prepOwner: c.prepTypes.length ? 'SELLER' : 'NONE',
        labelOwner: c.canUseManufacturerBarcode ? 'NONE' : 'SELLER',
      })),
    }).id;
  }
  const id = planId;

  emit({ type: 'phase', phase: 'options' });
  await waitFor(station, id, () => station.plans.get(id).step !== 'creating');
  let plan = station.plans.get(id);
  if (plan.step === 'choose_packing') plan = station.plans.choosePackingOption(id, plan.packingOptions[0]!.packingOptionId);

  emit({ type: 'phase', phase: 'packing' });
  if (plan.step === 'packing') {
    const lastScan = station.db.prepare('SELECT max(id) AS id FROM inbound_scans WHERE plan_id = ?');
    for (const scripted of scriptedBoxes(plan)) {
      let box = station.plans.get(id).boxes.find((b) => b.number === scripted.number);
      box ??= station.packing.openBox(id, { packingGroupId: scripted.packingGroupId });
      if (box.number !== scripted.number) throw new Error(`Opened box ${box.number}, the script expected box ${scripted.number}`);
      if (box.status === 'closed') continue;
      const packed = box.lines.reduce((n, l) => n + l.quantity, 0);
      for (const msku of scripted.units.slice(packed)) {
        const item = catalogue.find((c) => c.msku === msku)!;
        const outcome = station.packing.scan({ boxId: box.id, code: item.fnsku });
        if (!outcome.ok) throw new Error(`Scan of ${msku} into box ${box.number} refused: ${outcome.code} ${outcome.message}`);
        emit({ type: 'ack', scanId: (lastScan.get(id) as { id: number }).id, boxId: box.id, msku });
      }
      station.packing.closeBox({ boxId: box.id, weight: { value: boxWeightLb(scripted, catalogue), unit: 'LB' }, dimensions: BOX_DIMENSIONS });
    }
    plan = station.plans.submitPacking(id);
  }

  emit({ type: 'phase', phase: 'sync' });
  await waitFor(station, id, () => outboxSettled(station, id) && station.plans.get(id).placementOptions.length > 0);
  plan = station.plans.get(id);
  if (plan.step === 'placement') plan = station.plans.choosePlacement(id, plan.placementOptions[0]!.placementOptionId);
  await waitFor(station, id, () => outboxSettled(station, id));
  plan = station.plans.get(id);
  if (plan.step === 'transport') station.plans.chooseTransport(id, transportSelections(plan));
  await waitFor(station, id, () => outboxSettled(station, id));
  emit({ type: 'done', planId: id, amazonPlanId: station.plans.get(id).amazonPlanId ?? '' });
}

async function main(): Promise<void> {
  const baseUrl = env('CRASH_BASE_URL');
  const lwaTokenUrl = env('CRASH_LWA_URL');
  const station = createStation({
    dataDir,
    cipher: keyFileCipher(dataDir, env('CRASH_KEY_DIR')),
    host: 'browser',
    log: (line) => process.stderr.write(`${line}\n`),
    pollBaseMs: 15,
    adoptedPlanGraceMs: 300,
    practice: () => ({ baseUrl, lwaTokenUrl }),
    spapi: { retry: { baseDelayMs: 10, maxDelayMs: 100 }, timeouts: { connectMs: 1000, responseMs: 600, requestMs: 1500 } },
  });
  try {
    await session(station);
  } finally {
    await station.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    emit({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  },
);
