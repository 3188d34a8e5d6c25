/**
 * Options arrive as Amazon sent them (the plan keeps each option's raw JSON). These read the few fields the screens
 * show, defensively: a field Amazon left out reads as absent, never as a crash.
 */
export interface Money {
  amount: number;
  code: string;
}

export interface Incentive {
  type: string;
  target: string;
  description: string;
  value: Money | null;
}

const record = (v: unknown): Record<string, unknown> | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

export function money(v: unknown): Money | null {
  const r = record(v);
  if (!r || typeof r.amount !== 'number' || typeof r.code !== 'string') return null;
  return { amount: r.amount, code: r.code };
}

export function incentives(raw: Record<string, unknown>): Incentive[] {
  const list = [...(Array.isArray(raw.fees) ? raw.fees : []), ...(Array.isArray(raw.discounts) ? raw.discounts : [])];
  return list.flatMap((entry) => {
    const r = record(entry);
    return r ? [{ type: text(r.type), target: text(r.target), description: text(r.description), value: money(r.value) }] : [];
  });
}

/** Fees minus discounts, per currency; Amazon quotes one currency per marketplace. */
export function netCost(list: Incentive[]): Money | null {
  const priced = list.filter((i) => i.value);
  if (priced.length === 0) return null;
  const code = priced[0]!.value!.code;
  const amount = priced.reduce((sum, i) => sum + (i.type === 'DISCOUNT' ? -1 : 1) * i.value!.amount, 0);
  return { amount: Math.round(amount * 100) / 100, code };
}

export function quote(raw: Record<string, unknown>): { cost: Money | null; expiration: string | null; voidableUntil: string | null } {
  const q = record(raw.quote);
  return { cost: money(q?.cost), expiration: text(q?.expiration) || null, voidableUntil: text(q?.voidableUntil) || null };
}

export function carrierName(raw: Record<string, unknown>): string {
  const carrier = record(raw.carrier);
  return text(carrier?.name) || text(carrier?.alphaCode);
}

export function formatMoney(value: Money | null, language: string): string {
  if (!value) return '—';
  try {
    return new Intl.NumberFormat(language, { style: 'currency', currency: value.code }).format(value.amount);
  } catch {
    return `${value.amount.toFixed(2)} ${value.code}`;
  }
}

/** Destination of a shipment, as far as the raw shipment says. */
export function destination(raw: Record<string, unknown>): string {
  const d = record(raw.destination);
  const address = record(d?.address);
  return [text(d?.warehouseId), text(address?.city), text(address?.stateOrProvinceCode)].filter(Boolean).join(' · ');
}
