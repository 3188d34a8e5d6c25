import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { PNG } from 'pngjs';
import { aesGcmCipher, SecretUnreadableError } from '../../main/security/secret-cipher';
import { cipherFileSealer } from '../../main/printing/sealed-files';
import { practiceStation, type PracticeStation } from '../support/practice-station';
import { conformanceLabel } from '../support/spapi-models';
import { erasePersonalData, PERSONAL_DATA_RETENTION_MS } from '../../main/vendor-df/df-documents';
import { DfOrdersRepo } from '../../main/vendor-df/df-orders';
import { DfInvoice, type DfOrderDetail } from '../../shared/ipc/vendor-df';

let t: PracticeStation;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}
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
    // The practice marketplace issues a customer invoice for every order: the pull keeps one per order, sealed.
    expect(pulled).toMatchObject({ invoices: pulled.added, invoicesError: null });
    const summaries = station.df.repo.list();
    // An order whose carrier sends its label as ZPL (FedEx's come as PNG, printed as an image), so the printed label
    // names the customer in text; one that asks for a packing slip where there is one today, so the slip's sealing is
    // covered too. Which orders the practice marketplace has depends on the day.
    const fresh = summaries.filter((o) => o.step === 'new' && !o.shipMethod?.startsWith('FEDEX'));
    expect(fresh.length).toBeGreaterThan(0);
    const first = fresh.find((o) => station.df.repo.detail(o.id).packingSlipRequired) ?? fresh[0]!;
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

    // The customer invoice, readable at the station (PDF pages as images) and printed like the packing slip.
    const invoice = await station.dispatch('df:invoice', { orderId: order.id }, ctx);
    expect(invoice.ok).toBe(true);
    const shown = DfInvoice.parse(invoice.ok ? invoice.value : null);
    expect(shown).toMatchObject({ purchaseOrderNumber: order.purchaseOrderNumber, format: 'pdf', text: null });
    expect(shown.pages.length).toBeGreaterThan(0);
    const page = PNG.sync.read(Buffer.from(shown.pages[0]!.slice('data:image/png;base64,'.length), 'base64'));
    // A US letter page at 1.5 dots per point.
    expect([page.width, page.height]).toEqual([918, 1188]);
    expect(await station.dispatch('df:print', { orderId: order.id, what: 'invoice' }, ctx)).toMatchObject({ ok: true, value: [{ format: 'zpl' }] });

    station.df.confirm(order.id);
    await t.settle();
    order = station.df.repo.detail(order.id);
    expect(order.step).toBe('shipped');
    expect(station.df.repo.list(order.trackingNumbers[0]).map((o) => o.id)).toEqual([order.id]);
    expect(t.requests.failures).toEqual([]);
    expect(t.responses.failures).toEqual([]);
  }, 120_000);

  it('keeps the customer unreadable without the key, out of every log, and gone 30 days after confirmation', async () => {
    const { station, dataDir, market } = t;
    const customer = market.inspect.dfOrders().find((o) => o.purchaseOrderNumber === order.purchaseOrderNumber)!.shipTo;
    const needles = [customer.name, customer.addressLine1, ...(customer.phone ? [customer.phone] : [])];
    expect(order.shipTo!.name).toBe(customer.name);
    station.db.pragma('wal_checkpoint(TRUNCATE)');

    // Every file of the data directory (database, virtual printer jobs and previews, profiles) is free of the customer.
    const files = filesUnder(dataDir);
    expect(files.some((f) => f.startsWith(join(dataDir, 'packbench.db')))).toBe(true);
    const jobs = station.printing.jobs(50, `df:${order.id}`);
    const printed = jobs.flatMap((j) => [j.destination, ...j.previews]);
    expect(jobs.map((j) => j.kind).sort()).toEqual(order.packingSlipRequired ? ['document', 'packing-slip', 'shipping-label'] : ['document', 'shipping-label']);
    const invoiceFile = join(station.df.invoices.dir, `${order.id}.invoice.sealed`);
    expect(files).toContain(invoiceFile);
    expect(readFileSync(invoiceFile).subarray(0, 5).toString('latin1')).not.toBe('%PDF-');
    // Each job leaves its file and at least one preview, all sealed: none starts as the PDF, PNG or ZPL it holds.
    expect(printed.length).toBeGreaterThanOrEqual(2 * jobs.length);
    for (const file of printed) {
      expect(files, file).toContain(file);
      expect(file.endsWith('.sealed'), file).toBe(true);
      expect(readFileSync(file).subarray(0, 8).toString('latin1')).not.toMatch(/^(%PDF|\x89PNG|\^XA|\s*\^XA)/);
    }
    for (const file of files) {
      const text = readFileSync(file).toString('latin1');
      for (const needle of needles) expect(text.includes(needle), `${needle} in ${file}`).toBe(false);
    }

    // The station itself reads them back: the label as printed (ZPL naming the customer) and its preview.
    const label = jobs.find((j) => j.kind === 'shipping-label')!;
    expect(label.destination.endsWith('.zpl.sealed')).toBe(true);
    expect((await station.printing.service.readJobFile(label.destination)).toString('utf8')).toContain(customer.name.replace(/[^\x20-\x7e]/g, '?'));
    const preview = await station.printing.preview(label.id);
    expect(PNG.sync.read(Buffer.from(preview.dataUrl.slice('data:image/png;base64,'.length), 'base64')).width).toBeGreaterThan(300);
    // Another station's key opens nothing.
    const stranger = cipherFileSealer(aesGcmCipher(randomBytes(32)));
    expect(() => stranger.open(readFileSync(label.destination))).toThrow(SecretUnreadableError);

    // Logs: the station log and the SP-API request log (both in logLines), and the audit log.
    expect(t.logLines.length).toBeGreaterThan(10);
    const audit = JSON.stringify(station.audit.recent(10_000));
    expect(audit).toContain(order.purchaseOrderNumber);
    for (const needle of needles) {
      expect(t.logLines.join('\n')).not.toContain(needle);
      expect(audit).not.toContain(needle);
    }

    // Retention: nothing is erased a minute early; a minute late the ship-to, the labels and every printed file are gone.
    expect(printed.every((f) => existsSync(f))).toBe(true);
    const repo = new DfOrdersRepo(station.db, { kind: 'key-file', encrypt: () => Buffer.alloc(0), decrypt: () => '' });
    expect(erasePersonalData(repo, station.audit, station.df.invoices, Date.now() + PERSONAL_DATA_RETENTION_MS - 60_000)).toBe(0);
    expect(printed.every((f) => existsSync(f))).toBe(true);
    expect(existsSync(invoiceFile)).toBe(true);
    // Orders Amazon cancelled (some days' practice orders) go at the same time as this one.
    const cancelledByAmazon = station.df.repo.list(undefined, 'cancelled').length;
    expect(erasePersonalData(repo, station.audit, station.df.invoices, Date.now() + PERSONAL_DATA_RETENTION_MS + 60_000)).toBe(1 + cancelledByAmazon);
    expect(existsSync(invoiceFile)).toBe(false);
    // Once erased, the invoice is not fetched again from Amazon either.
    expect(await station.dispatch('df:invoice', { orderId: order.id }, ctx)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(station.df.repo.detail(order.id).shipTo).toBeNull();
    expect(station.db.prepare('SELECT count(*) AS n FROM df_packages WHERE order_id = ? AND label IS NOT NULL').get(order.id)).toEqual({ n: 0 });
    expect(printed.filter((f) => existsSync(f))).toEqual([]);
    await expect(station.printing.preview(label.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    for (const file of filesUnder(dataDir)) {
      const text = readFileSync(file).toString('latin1');
      for (const needle of needles) expect(text.includes(needle), `${needle} in ${file}`).toBe(false);
    }
  });

  it('erases the customer of an order Amazon cancelled 30 days after the station last saw it', async () => {
    const { station } = t;
    const cancelled = station.df.repo.list(undefined, 'new')[0]!;
    const invoiceFile = join(station.df.invoices.dir, `${cancelled.id}.invoice.sealed`);
    expect(existsSync(invoiceFile)).toBe(true);
    expect(station.df.repo.detail(cancelled.id).shipTo).not.toBeNull();
    const lastSeen = Date.now();
    station.db.prepare(`UPDATE df_orders SET step = 'cancelled', amazon_status = 'CANCELLED', updated_at = ? WHERE id = ?`).run(lastSeen, cancelled.id);
    const repo = station.df.repo;
    expect(erasePersonalData(repo, station.audit, station.df.invoices, lastSeen + PERSONAL_DATA_RETENTION_MS - 60_000)).toBe(0);
    expect(erasePersonalData(repo, station.audit, station.df.invoices, lastSeen + PERSONAL_DATA_RETENTION_MS + 60_000)).toBe(1);
    expect(station.df.repo.detail(cancelled.id).shipTo).toBeNull();
    expect(existsSync(invoiceFile)).toBe(false);
    // Orders still to ship keep their customer.
    expect(station.df.repo.list(undefined, 'new').every((o) => station.df.repo.detail(o.id).shipTo !== null)).toBe(true);
  });
});
