import { RANDOM_STREAMS, seededRandom, type Random } from './random';

const HEX = '0123456789abcdef';
const UPPER_ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

/** Identifiers in Amazon's shapes, drawn from the seed so that a seeded run is reproducible. */
export class IdFactory {
  private readonly random: Random;

  /** `state` continues the sequence of an earlier factory of the same seed (see `state()`), so no id repeats. */
  constructor(seed: number, state?: readonly number[]) {
    this.random = seededRandom(seed, RANDOM_STREAMS.ids, state);
  }

  state(): number[] {
    return this.random.state();
  }

  private chars(alphabet: string, length: number): string {
    let out = '';
    for (let i = 0; i < length; i += 1) out += alphabet[this.random.int(0, alphabet.length - 1)];
    return out;
  }

  /** A UUID-shaped operation id (36 characters). */
  uuid(): string {
    return [8, 4, 4, 4, 12].map((n) => this.chars(HEX, n)).join('-');
  }

  /**
   * A 38-character entity id: a two-letter prefix and a UUID, as Amazon's inbound ids look
   * (`wf…` plans, `po…` packing options, `pg…` packing groups, `pl…` placement options, `sh…` shipments, …).
   */
  entity(prefix: 'wf' | 'po' | 'pg' | 'pl' | 'sh' | 'to' | 'pk' | 'dw' | 'cu' | 'pa'): string {
    return prefix + this.uuid();
  }

  /** The shipment confirmation id printed on labels: `FBA` and nine characters. */
  shipmentConfirmationId(): string {
    return 'FBA' + this.chars(UPPER_ALNUM, 9);
  }

  digits(length: number): string {
    return this.chars('0123456789', length);
  }

  upper(length: number): string {
    return this.chars(UPPER_ALNUM, length);
  }
}

/** Box ids are the shipment confirmation id, `U` and a six-digit box number: `FBA1A2B3C4D5U000001`. */
export function boxIdOf(shipmentConfirmationId: string, boxNumber: number): string {
  return `${shipmentConfirmationId}U${String(boxNumber).padStart(6, '0')}`;
}
