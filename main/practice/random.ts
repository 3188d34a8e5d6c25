import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';

/**
 * A seeded random source. Each concern of the simulator (catalogue, identifiers, faults) draws from its own stream,
 * so that, for one seed, the catalogue never changes when a test sends one more request, and the fault met by the
 * n-th request is the same on every run.
 */
export interface Random {
  /** Integer in [from, to], both included. */
  int(from: number, to: number): number;
  /** Float in [0, 1). */
  float(): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** The generator's position, so a restarted practice marketplace draws on instead of repeating itself. */
  state(): number[];
}

/** A stream of `seed`, from its start or from a position `state()` returned earlier. */
export function seededRandom(seed: number, stream: number, state?: readonly number[]): Random {
  // Streams are separated by mixing the stream number into the seed with an odd multiplier (a 32-bit hash step).
  const rng = state ? xoroshiro128plusFromState(state) : xoroshiro128plus((Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(stream + 1, 0x85ebca6b)) | 0);
  const random: Random = {
    int: (from, to) => uniformInt(rng, from, to),
    float: () => uniformFloat64(rng),
    pick: (items) => {
      if (items.length === 0) throw new Error('Cannot pick from an empty list');
      return items[uniformInt(rng, 0, items.length - 1)] as (typeof items)[number];
    },
    chance: (probability) => uniformFloat64(rng) < probability,
    state: () => [...rng.getState()],
  };
  return random;
}

export const RANDOM_STREAMS = { catalogue: 1, ids: 2, faults: 3, options: 4, vendor: 5 } as const;
