import { afterEach, describe, expect, it, vi } from 'vitest';
import { testStation, sampleAccount } from '../../test/support/station';
import { plansToRefresh, startScheduledPulls } from './scheduled-pulls';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  vi.useRealTimers();
  for (const c of cleanups.splice(0)) await c();
});

function stationWithPlans() {
  const t = testStation();
  cleanups.push(t.cleanup);
  const { station } = t;
  const account = station.accounts.create(sampleAccount);
  const shipFrom = station.plans.saveShipFrom({
    accountId: account.id,
    label: 'Home',
    address: { name: 'A', addressLine1: '1 Road', city: 'Seattle', postalCode: '98109', countryCode: 'US', phoneNumber: '2065550100' },
  });
  const make = (step: string, amazonId: string | null) => {
    const plan = station.plans.create({ accountId: account.id, marketplaceId: 'ATVPDKIKX0DER', shipFromId: shipFrom.id, flow: 'pack_first', items: [{ msku: 'SKU-1', quantity: 1, prepOwner: 'NONE', labelOwner: 'SELLER' }] });
    station.db.prepare('UPDATE inbound_plans SET step = ?, amazon_plan_id = ? WHERE id = ?').run(step, amazonId, plan.id);
    // The creation entries were sent long ago.
    station.db.prepare(`UPDATE outbox SET state = 'done' WHERE entity = ?`).run(`plan:${plan.id}`);
    return plan.id;
  };
  return { station, make };
}

describe('scheduled pulls', () => {
  it('reads back only plans Amazon knows that are still open and have nothing waiting to go', () => {
    const { station, make } = stationWithPlans();
    const open = make('labels', 'wf-open');
    make('cancelled', 'wf-cancelled');
    make('creating', null);
    const busy = make('tracking', 'wf-busy');
    station.outbox.enqueue({ accountId: station.accounts.list()[0]!.id, entity: `plan:${busy}`, op: 'inbound.updateTracking', payload: { planId: busy } });
    expect(plansToRefresh(station)).toEqual([open]);
  });

  it('queues a refresh of each open plan on its schedule while online, and nothing while offline', async () => {
    vi.useFakeTimers();
    const { station, make } = stationWithPlans();
    const open = make('labels', 'wf-open');
    const stop = startScheduledPulls(station, { plansEveryMs: 1000, dfOrdersEveryMs: 60_000 });
    const refreshes = () => station.outbox.forEntity(`plan:${open}`).filter((e) => e.op === 'inbound.refreshPlan' && e.state === 'pending').length;
    const online = vi.spyOn(station.connectivity, 'online', 'get').mockReturnValue(false);
    vi.advanceTimersByTime(1000);
    expect(refreshes()).toBe(0);
    online.mockReturnValue(true);
    vi.advanceTimersByTime(1000);
    expect(refreshes()).toBe(1);
    // A refresh already waiting is not queued twice.
    vi.advanceTimersByTime(1000);
    expect(refreshes()).toBe(1);
    stop();
  });
});
