/** Time as the SP-API client sees it; tests inject a virtual clock whose sleep advances time at once. */
export interface ClientClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClientClock: ClientClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/** A clock that never waits: `sleep` moves time forward and records how long was slept. */
export interface VirtualClock extends ClientClock {
  readonly slept: number[];
  advance(ms: number): void;
}

export function virtualClock(start = Date.UTC(2026, 0, 5, 12)): VirtualClock {
  let current = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => current,
    advance(ms) {
      current += ms;
    },
    async sleep(ms) {
      slept.push(ms);
      current += Math.max(0, ms);
      await Promise.resolve();
    },
  };
}
