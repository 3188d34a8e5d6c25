/** Time source of the practice marketplace; tests inject a manual clock instead of sleeping. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export interface ManualClock extends Clock {
  advance(ms: number): void;
  set(epochMs: number): void;
}

export function manualClock(startEpochMs: number): ManualClock {
  let current = startEpochMs;
  return {
    now: () => current,
    advance: (ms) => {
      if (ms < 0) throw new Error(`A clock cannot go back (advance by ${ms} ms)`);
      current += ms;
    },
    set: (epochMs) => {
      if (epochMs < current) throw new Error('A clock cannot go back');
      current = epochMs;
    },
  };
}

export function isoAt(epochMs: number): string {
  return new Date(epochMs).toISOString();
}
