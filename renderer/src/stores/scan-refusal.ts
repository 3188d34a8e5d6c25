import i18next from '../i18n/i18n';
import type { ScanOutcome } from '../../../shared/ipc/inbound';

type Refusal = Extract<ScanOutcome, { ok: false }>;
type Facts = NonNullable<Refusal['facts']>;

/** The facts each message needs; a refusal without them (from an older station) keeps the station's words. */
const NEEDS: Partial<Record<Refusal['code'], (keyof Facts)[]>> = { OVERPACK: ['planned', 'packed', 'quantity'], BOX_CLOSED: ['box'] };

/**
 * A refused scan at the packing table in the packer's language, from the station's code and facts; `code` is what
 * was scanned. A refusal the screen has no words for is shown in the station's own words.
 */
export function refusalText(refusal: Refusal, code: string): string {
  const facts = refusal.facts ?? {};
  if (NEEDS[refusal.code]?.some((fact) => facts[fact] === undefined)) return refusal.message;
  const key = refusal.code === 'NOT_IN_GROUP' && facts.belongsTo === 'shipment' ? 'NOT_IN_SHIPMENT' : refusal.code;
  const over = facts.planned !== undefined && facts.packed !== undefined && facts.quantity !== undefined ? facts.packed + facts.quantity - facts.planned : undefined;
  return i18next.t(`inbound.refused.${key}`, { code, msku: refusal.msku ?? code, ...facts, over, defaultValue: refusal.message });
}
