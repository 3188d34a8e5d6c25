import { expect } from 'vitest';
import { manualClock, type ManualClock } from '../clock';
import type { PracticeAccount } from '../practice-accounts';
import { startPracticeMarketplace, type PracticeMarketplace, type PracticeMarketplaceOptions } from '../practice-marketplace';
import { PracticeCaller } from './practice-caller';

export interface PracticeSession {
  market: PracticeMarketplace;
  clock: ManualClock;
  caller: PracticeCaller;
}

/**
 * A practice marketplace of its own on a manual clock starting at `startsAt` (ISO), with a caller for `account`,
 * logged in unless `login` is false. Close it with closePracticeSession.
 */
export async function openPracticeSession(
  account: PracticeAccount,
  startsAt: string,
  options: Omit<Partial<PracticeMarketplaceOptions>, 'clock'> & { seed: number; login?: boolean },
): Promise<PracticeSession> {
  const { login = true, ...marketOptions } = options;
  const clock = manualClock(Date.parse(startsAt));
  const market = await startPracticeMarketplace({ ...marketOptions, clock });
  const caller = new PracticeCaller(market, account);
  if (login) await caller.login();
  return { market, clock, caller };
}

/** Every request and response of the caller conformed to the models, and the marketplace never failed inside. */
export async function closePracticeSession(market: PracticeMarketplace, caller: PracticeCaller): Promise<void> {
  expect(caller.conformanceFailures).toEqual([]);
  expect(market.inspect.internalErrors()).toEqual([]);
  await market.close();
}
