import { RANDOM_STREAMS, seededRandom, type Random } from './random';

/**
 * throttle = 429 QuotaExceeded, serverError = 500, unavailable = 503, drop = socket destroyed without a reply,
 * timeout = the request is never answered, truncate = the real reply cut half way, slow = the real reply late.
 */
export const FAULT_KINDS = ['throttle', 'serverError', 'unavailable', 'drop', 'timeout', 'truncate', 'slow'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/**
 * `before` faults strike before the simulator looks at the request, so nothing changed; `after` faults strike once the
 * request was processed and its state committed, so a client that blindly re-sends creates a duplicate.
 */
export type FaultPhase = 'before' | 'after';

export interface FaultProfile {
  /** Share of SP-API requests that meet a fault, 0..100. */
  percent: number;
  /** Relative weights of the fault kinds; kinds left out never happen. */
  kinds: Partial<Record<FaultKind, number>>;
  /**
   * Share of faults that strike after processing, 0..100. `truncate` and `slow` alter the real reply, so always strike
   * after; `throttle` always strikes before, as Amazon does not process a throttled request.
   */
  afterProcessingPercent: number;
  /** Delay of a `slow` reply. */
  slowReplyMs?: number;
}

export interface FaultDecision {
  kind: FaultKind;
  phase: FaultPhase;
}

export const CHAOS_PROFILE: FaultProfile = Object.freeze({
  percent: 25,
  kinds: Object.freeze({ throttle: 2, serverError: 2, unavailable: 2, drop: 2, timeout: 1, truncate: 1, slow: 1 }),
  afterProcessingPercent: 50,
  slowReplyMs: 1500,
});

export const ROUGH_NETWORK_PROFILE: FaultProfile = Object.freeze({
  percent: 10,
  kinds: Object.freeze({ throttle: 3, unavailable: 2, slow: 4, drop: 1 }),
  afterProcessingPercent: 30,
  slowReplyMs: 2500,
});

export function validateFaultProfile(profile: FaultProfile): void {
  const inRange = (v: number) => Number.isFinite(v) && v >= 0 && v <= 100;
  if (!inRange(profile.percent)) throw new RangeError(`Fault percent must be within 0..100, got ${profile.percent}`);
  if (!inRange(profile.afterProcessingPercent)) {
    throw new RangeError(`afterProcessingPercent must be within 0..100, got ${profile.afterProcessingPercent}`);
  }
  for (const [kind, weight] of Object.entries(profile.kinds)) {
    if (!(FAULT_KINDS as readonly string[]).includes(kind)) throw new RangeError(`Unknown fault kind "${kind}"`);
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      throw new RangeError(`Weight of fault kind "${kind}" must be a non-negative number`);
    }
  }
  if (profile.percent > 0 && Object.values(profile.kinds).every((w) => !w)) {
    throw new RangeError('A fault profile with a non-zero percent needs at least one fault kind with a positive weight');
  }
}

/** Decides, request by request, which fault strikes. The same seed and profile give the same sequence of decisions. */
export class FaultPlanner {
  private readonly random: Random;

  constructor(
    seed: number,
    private profile: FaultProfile | null,
  ) {
    if (profile) validateFaultProfile(profile);
    this.random = seededRandom(seed, RANDOM_STREAMS.faults);
  }

  setProfile(profile: FaultProfile | null): void {
    if (profile) validateFaultProfile(profile);
    this.profile = profile;
  }

  get slowReplyMs(): number {
    return this.profile?.slowReplyMs ?? 2000;
  }

  next(): FaultDecision | null {
    // Three draws per request whatever the outcome, so one request's decision never shifts the next one's.
    const strike = this.random.float();
    const which = this.random.float();
    const when = this.random.float();
    const profile = this.profile;
    if (!profile || strike * 100 >= profile.percent) return null;
    const weighted = FAULT_KINDS.map((kind) => [kind, profile.kinds[kind] ?? 0] as const).filter(([, w]) => w > 0);
    const total = weighted.reduce((sum, [, w]) => sum + w, 0);
    let cursor = which * total;
    let kind: FaultKind = weighted[weighted.length - 1]?.[0] ?? 'serverError';
    for (const [k, w] of weighted) {
      if (cursor < w) {
        kind = k;
        break;
      }
      cursor -= w;
    }
    // Amazon never acts on a request it throttles, so a 429 always strikes before processing.
    const after = kind !== 'throttle' && (kind === 'truncate' || kind === 'slow' || when * 100 < profile.afterProcessingPercent);
    return { kind, phase: after ? 'after' : 'before' };
  }
}
