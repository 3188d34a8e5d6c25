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

/**
 * The clock of a restarted practice marketplace: `base`, moved forward when needed so it never reads earlier than
 * `floorMs` (the marketplace time its saved state was written at). Simulated time so continues where it stopped: offers,
 * operations and orders never see time go back, and time that passed while the marketplace was down still counts.
 */
export function clockNotBefore(base: Clock, floorMs: number): Clock {
  const offset = Math.max(0, floorMs - base.now());
  return offset === 0 ? base : { now: () => base.now() + offset };
}
