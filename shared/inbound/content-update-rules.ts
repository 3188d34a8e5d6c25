/**
 * Amazon's limits on changing a shipment after its carrier is confirmed, checked at the station before anything is
 * sent, so a packer learns at once why an edit cannot go to Amazon.
 */

/** Marketplaces where Amazon offers self-ship appointments (per the Fulfillment Inbound 2024-03-20 model). */
export const SELF_SHIP_MARKETPLACES: readonly string[] = ['A1AM78C64UM0Y8', 'A2Q3Y263D00KWC', 'ARBP9OOSHTCHU', 'A17E79C6D8DWNP', 'A2VIGQ35RCS4UG', 'A21TJRUUN4KGV'];

/** Units by which one MSKU's quantity may change once the carrier is confirmed: 5 % or 6 units, whichever is greater. */
export function allowedQuantityChange(originalQuantity: number): number {
  return Math.max(6, Math.floor(originalQuantity * 0.05));
}

/** What a problem's message is made of, for the screen to say it in the packer's language. */
export type ProblemFacts = Record<string, string | number>;

export type ContentUpdateProblem = (
  | { code: 'QUANTITY_CHANGE_TOO_LARGE'; msku: string; from: number; to: number; allowed: number }
  | { code: 'NEW_MSKU'; msku: string }
  | { code: 'BOX_ADDED_NOT_WORKING'; status: string }
  | { code: 'SHIPMENT_CLOSED'; status: string }
  | { code: 'NO_CHANGE' }
  | { code: 'EMPTY_BOX'; box: number }
) & { message: string; facts: ProblemFacts };

export interface ContentUpdateCheck {
  shipmentLabel: string;
  /** Amazon's shipment status as last read (WORKING, READY_TO_SHIP, SHIPPED, ...). */
  status: string | null;
  /** Units per MSKU in the shipment now. */
  before: ReadonlyMap<string, number>;
  /** Units per MSKU after the edit. */
  after: ReadonlyMap<string, number>;
  boxesAdded: number;
  /** 1-based numbers of requested boxes that carry no units while declaring box contents. */
  emptyBoxes: readonly number[];
  changed: boolean;
}

const EDITABLE = new Set(['WORKING', 'READY_TO_SHIP']);

/** Every reason the requested content update breaks Amazon's rules; empty when it may be sent. */
export function contentUpdateProblems(check: ContentUpdateCheck): ContentUpdateProblem[] {
  const problems: ContentUpdateProblem[] = [];
  const status = check.status ?? 'UNKNOWN';
  if (check.boxesAdded > 0 && status !== 'WORKING') {
    problems.push({
      code: 'BOX_ADDED_NOT_WORKING',
      status,
      facts: { shipment: check.shipmentLabel, status, count: check.boxesAdded },
      message: `Boxes can be added only while shipment ${check.shipmentLabel} is WORKING; it is ${status}. Remove the ${check.boxesAdded} new box(es) or edit the existing ones.`,
    });
  }
  if (!EDITABLE.has(status)) {
    problems.push({ code: 'SHIPMENT_CLOSED', status, facts: { shipment: check.shipmentLabel, status }, message: `Shipment ${check.shipmentLabel} is ${status}; its contents can no longer change.` });
    return problems;
  }
  if (!check.changed) problems.push({ code: 'NO_CHANGE', facts: {}, message: 'Nothing changed: edit a box, add one or remove one first.' });
  for (const box of check.emptyBoxes) problems.push({ code: 'EMPTY_BOX', box, facts: { box }, message: `Box ${box} holds no units: add items or remove the box.` });
  for (const [msku, to] of check.after) {
    const from = check.before.get(msku);
    if (from === undefined) {
      problems.push({ code: 'NEW_MSKU', msku, facts: { msku, shipment: check.shipmentLabel }, message: `${msku} is not in shipment ${check.shipmentLabel}; Amazon does not let a content update add a new SKU.` });
      continue;
    }
    const allowed = allowedQuantityChange(from);
    if (Math.abs(to - from) > allowed) problems.push(tooLarge(msku, from, to, allowed));
  }
  for (const [msku, from] of check.before) {
    if (check.after.has(msku)) continue;
    const allowed = allowedQuantityChange(from);
    if (from > allowed) problems.push(tooLarge(msku, from, 0, allowed));
  }
  return problems;
}

function tooLarge(msku: string, from: number, to: number, allowed: number): ContentUpdateProblem {
  return {
    code: 'QUANTITY_CHANGE_TOO_LARGE',
    msku,
    from,
    to,
    allowed,
    facts: { msku, from, to, change: Math.abs(to - from), allowed },
    message: `${msku}: ${from} → ${to} units changes by ${Math.abs(to - from)}; once the carrier is confirmed each SKU may change by at most ${allowed} units (5 % or 6 units, whichever is greater).`,
  };
}
