import type { Station } from '../core/station';

export interface PullSchedule {
  /** How often shipped-to-Amazon plans are read back from Amazon (changes made in Seller Central or at another station). */
  plansEveryMs: number;
  /** How often new Direct Fulfillment orders are pulled for each vendor account. */
  dfOrdersEveryMs: number;
}

export const DEFAULT_PULL_SCHEDULE: PullSchedule = { plansEveryMs: 10 * 60_000, dfOrdersEveryMs: 15 * 60_000 };

/** Plans Amazon may still change: created there, neither cancelled nor shipped, and with nothing of ours waiting to go. */
export function plansToRefresh(station: Station): string[] {
  return (
    station.db
      .prepare(
        `SELECT p.id FROM inbound_plans p
         WHERE p.amazon_plan_id IS NOT NULL AND p.step NOT IN ('cancelled', 'shipped', 'creating')
           AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entity = 'plan:' || p.id AND o.state IN ('pending', 'waiting', 'failed'))`,
      )
      .all() as { id: string }[]
  ).map((r) => r.id);
}

/**
 * Open plans Amazon knows that DO have work waiting: a queued refresh would only run after that work, so these are read
 * back directly, and a change made elsewhere is seen (as a conflict) before the work goes over it.
 */
export function plansToCheck(station: Station): string[] {
  return (
    station.db
      .prepare(
        `SELECT p.id FROM inbound_plans p
         WHERE p.amazon_plan_id IS NOT NULL AND p.step NOT IN ('cancelled', 'shipped', 'creating')
           AND EXISTS (SELECT 1 FROM outbox o WHERE o.entity = 'plan:' || p.id AND o.state IN ('pending', 'failed'))`,
      )
      .all() as { id: string }[]
  ).map((r) => r.id);
}

/**
 * While the station is online, reads open plans back from Amazon and pulls new DF orders on a schedule, on top of
 * the "Sync now" the packer can press. Offline, it waits for the next tick. Returns a function that stops it.
 */
export function startScheduledPulls(station: Station, schedule: PullSchedule = DEFAULT_PULL_SCHEDULE, log: (line: string) => void = () => undefined): () => void {
  const refreshPlans = () => {
    if (!station.connectivity.online) return;
    for (const planId of plansToRefresh(station)) station.plans.refresh(planId);
    void checkBusyPlans();
  };
  const checkBusyPlans = async () => {
    for (const planId of plansToCheck(station)) {
      try {
        await station.conflicts.check(planId);
      } catch (error) {
        log(`[pull] a plan could not be read back: ${error instanceof Error ? error.name : 'error'}`);
      }
    }
  };
  const pullOrders = async () => {
    if (!station.connectivity.online) return;
    for (const account of station.accounts.list().filter((a) => a.type === 'vendor')) {
      try {
        await station.df.pull(account.id);
      } catch (error) {
        log(`[pull] DF orders for an account could not be pulled: ${error instanceof Error ? error.name : 'error'}`);
      }
    }
  };
  const timers = [setInterval(refreshPlans, schedule.plansEveryMs), setInterval(() => void pullOrders(), schedule.dfOrdersEveryMs)];
  for (const timer of timers) timer.unref();
  return () => timers.forEach((timer) => clearInterval(timer));
}
