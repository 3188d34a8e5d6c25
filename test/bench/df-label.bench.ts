import { performance } from 'node:perf_hooks';
import { practiceStation } from '../support/practice-station';
import { median, percentile, round, type BenchResult } from './bench-result';

const ORDERS = 10;

/**
 * Vendor DF: from confirming a packed package (closing it with its weight and size, then asking for labels) to the
 * label bytes handed to the printer (the default virtual printer, which writes them to a file), against a practice
 * marketplace that answers at once (no network delay, operations done immediately, no rate limits). It covers the outbox send, the transaction poll (first poll
 * after 15 ms in this harness; 1 s at a station), the label fetch and decryption, and the ZPL job.
 */
export async function run(): Promise<BenchResult> {
  const t = await practiceStation({ seed: 31, asyncDelayMs: 0, enforceRateLimits: false });
  const samples: number[] = [];
  try {
    const { station, vendorId, market } = t;
    await station.df.pull(vendorId);
    const orders = station.df.repo.list(undefined, 'new').slice(0, ORDERS);
    for (const summary of orders) station.df.acknowledge(summary.id);
    await t.settle();
    for (const summary of orders) {
      const order = station.df.repo.detail(summary.id);
      const pkg = station.df.openPackage(order.id);
      for (const line of order.lines) {
        const item = market.catalogue.find((c) => c.msku === line.vendorProductIdentifier);
        const outcome = station.df.scan(pkg.id, item?.upc ?? item?.ean ?? line.vendorProductIdentifier ?? '', line.ordered);
        if (!outcome.ok) throw new Error(`Could not pack ${order.purchaseOrderNumber}: ${outcome.message}`);
      }
      const started = performance.now();
      station.df.closePackage(pkg.id, { value: 2.5, unit: 'LB' }, { length: 12, width: 9, height: 6, unit: 'IN' });
      station.df.requestLabels(order.id);
      await t.settle();
      const jobs = await station.dispatch('df:print', { orderId: order.id, what: 'labels' }, { origin: 'test' });
      if (!jobs.ok) throw new Error(jobs.error.message);
      samples.push(performance.now() - started);
    }
  } finally {
    await t.close();
  }
  return {
    name: 'Vendor DF: package confirmed to label bytes at the printer (practice marketplace answering at once)',
    figures: {
      orders: samples.length,
      'median (ms)': round(median(samples)),
      'p95 (ms)': round(percentile(samples, 95)),
      'max (ms)': round(Math.max(...samples)),
    },
    notes: ['One package per order; virtual printer (ZPL to a file, with its PNG preview rendered); the first order also loads the label modules.'],
  };
}
