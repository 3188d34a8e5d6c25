import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { practiceStation, type PracticeStation } from '../support/practice-station';
import { conformanceLabel } from '../support/spapi-models';
import { erasePersonalData, PERSONAL_DATA_RETENTION_MS } from '../../main/vendor-df/df-documents';
import { DfOrdersRepo } from '../../main/vendor-df/df-orders';
import type { DfOrderDetail } from '../../shared/ipc/vendor-df';

let t: PracticeStation;
const ctx = { origin: 'test' as const };

beforeAll(async () => {
  t = await practiceStation({ seed: 31 });
});
afterAll(async () => {
  await t?.close();
});

describe(`Vendor Direct Fulfillment at the station (${conformanceLabel()})`, () => {
  let order: DfOrderDetail;

  it('pulls orders, packs one by scan, prints its labels and packing slip, and confirms it', async () => {
    const { station, vendorId, market } = t;
    const pulled = await station.df.pull(vendorId);
    expect(pulled.added).toBeGreaterThan(5);
    const summaries = station.df.repo.list();
    const first = summaries.find((o) => o.step === 'new')!;
    order = station.df.acknowledge(first.id);
    expect(order.step).toBe('acknowledged');
    await t.settle();

    // Wrong items are refused with the reason; the right ones fill the package.
    const pkg = station.df.openPackage(order.id);
    const stranger = market.catalogue.find((c) => !order.lines.some((l) => l.vendorProductIdentifier === c.msku))!;
    expect(station.df.scan(pkg.id, stranger.upc ?? stranger.ean ?? stranger.fnsku)).toMatchObject({ ok: false, code: 'NOT_IN_ORDER' });
    for (const line of order.lines) {
      const item = market.catalogue.find((c) => c.msku === line.vendorProductIdentifier)!;
      for (let i = 0; i < line.ordered; i++) expect(station.df.scan(pkg.id, item.upc ?? item.ean ?? item.msku)).toMatchObject({ ok: true });
      expect(station.df.scan(pkg.id, item.upc ?? item.ean ?? item.msku)).toMatchObject({ ok: false, code: 'TOO_MANY' });
    }
    station.df.closePackage(pkg.id, { value: 3.2, unit: 'LB' }, { length: 12, width: 9, height: 6, unit: 'IN' });
    station.df.requestLabels(order.id);
    await t.settle();
    order = station.df.repo.detail(order.id);
    expect(order.step).toBe('labelled');
    expect(order.packages[0]!.trackingNumber).toMatch(/\S{8,}/);

    const labels = await station.dispatch('df:print', { orderId: order.id, what: 'labels' }, ctx);
    expect(labels).toMatchObject({ ok: true, value: [{ printer: 'Virtual printer', format: 'zpl' }] });
    // Amazon has a packing slip only for orders that ask for one; which order comes first depends on the day.
    const slip = await station.dispatch('df:print', { orderId: order.id, what: 'packing-slip' }, ctx);
    if (order.packingSlipRequired) expect(slip).toMatchObject({ ok: true, value: [{ format: 'zpl' }] });
    else expect(slip, JSON.stringify(slip)).toMatchObject({ ok: false });

    station.df.confirm(order.id);
    await t.settle();
    order = station.df.repo.detail(order.id);
    expect(order.step).toBe('shipped');
    expect(station.df.repo.list(order.trackingNumbers[0]).map((o) => o.id)).toEqual([order.id]);
    expect(t.requests.failures).toEqual([]);
    expect(t.responses.failures).toEqual([]);
  }, 120_000);

  it('keeps the customer unreadable without the key, out of every log, and gone 30 days after confirmation', async () => {
    const { station, dataDir } = t;
    const name = order.shipTo!.name;
    const street = order.shipTo!.addressLine1;
    station.db.pragma('wal_checkpoint(TRUNCATE)');
    for (const file of readdirSync(dataDir).filter((f) => f.startsWith('packbench.db'))) {
      const bytes = readFileSync(join(dataDir, file)).toString('latin1');
      expect(bytes).not.toContain(name);
      expect(bytes).not.toContain(street);
    }
    expect(t.logLines.length).toBeGreaterThan(10);
    expect(t.logLines.join('\n')).not.toContain(name);
    expect(t.logLines.join('\n')).not.toContain(street);

    const printed = station.printing.jobs(50, `df:${order.id}`).flatMap((j) => [j.destination, ...j.previews]);
    expect(printed.some((f) => existsSync(f))).toBe(true);
    const repo = new DfOrdersRepo(station.db, { kind: 'key-file', encrypt: () => Buffer.alloc(0), decrypt: () => '' });
    expect(erasePersonalData(repo, station.audit, Date.now() + PERSONAL_DATA_RETENTION_MS - 60_000)).toBe(0);
    expect(erasePersonalData(repo, station.audit, Date.now() + PERSONAL_DATA_RETENTION_MS + 60_000)).toBe(1);
    expect(station.df.repo.detail(order.id).shipTo).toBeNull();
    expect(station.db.prepare('SELECT count(*) AS n FROM df_packages WHERE order_id = ? AND label IS NOT NULL').get(order.id)).toEqual({ n: 0 });
    expect(printed.filter((f) => existsSync(f))).toEqual([]);
  });
});
