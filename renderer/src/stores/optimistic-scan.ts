import type { Box, PlanDetail } from '../../../shared/ipc/inbound';

/**
 * A scan shown in its box before the station has committed it. The station answers scans in the order they were
 * sent, and a plan read sent before a scan is answered before it, so a box from the station never already holds a
 * scan that is still pending here: the screen shows the station's box plus the pending scans, never one twice.
 */
export interface PendingScan {
  id: number;
  boxId: string;
  msku: string;
  expiration: string | null;
  quantity: number;
}

/** The codes printed on a plan's units (FNSKU) and its MSKUs, each to its MSKU, and the planned dates of each MSKU. */
export interface PlanCodes {
  /** null: the code names more than one MSKU of the plan, so only the station can tell which. */
  mskuOf: Map<string, string | null>;
  expirationsOf: Map<string, (string | null)[]>;
}

export function planCodes(items: PlanDetail['items']): PlanCodes {
  const mskuOf = new Map<string, string | null>();
  const expirationsOf = new Map<string, (string | null)[]>();
  const claim = (code: string | null, msku: string) => {
    if (!code) return;
    const known = mskuOf.get(code);
    mskuOf.set(code, known === undefined || known === msku ? msku : null);
  };
  for (const item of items) {
    claim(item.msku, item.msku);
    claim(item.fnsku, item.msku);
    const dates = expirationsOf.get(item.msku) ?? [];
    dates.push(item.expiration ?? null);
    expirationsOf.set(item.msku, dates);
  }
  return { mskuOf, expirationsOf };
}

export interface ForeseeInput {
  codes: PlanCodes;
  code: string;
  quantity: number;
  /** The date typed for the units being scanned, if any (YYYY-MM-DD). */
  expiration: string | undefined;
  confirmOverpack: boolean;
  /** Units of each MSKU planned for the box's packing group or shipment. */
  planned: readonly { msku: string; quantity: number }[];
  /** The boxes of that packing group or shipment as shown, pending scans included. */
  boxes: readonly Box[];
}

/**
 * The line a scan will add to, when the screen can be sure the station will take it: the code is an FNSKU or MSKU of
 * exactly one planned item, its date is known, and it packs no more than planned (unless already confirmed). Anything
 * else (a UPC, an ASIN, a 2D barcode, an over-pack, a missing date) is left to the station, and shown when it answers.
 */
export function foreseeScan(input: ForeseeInput): { msku: string; expiration: string | null } | null {
  const msku = input.codes.mskuOf.get(input.code);
  if (!msku) return null;
  const planned = input.planned.filter((p) => p.msku === msku).reduce((n, p) => n + p.quantity, 0);
  if (planned === 0) return null;
  const dates = input.codes.expirationsOf.get(msku) ?? [];
  let expiration: string | null = input.expiration ?? null;
  if (expiration === null && dates.length === 1) expiration = dates[0] ?? null;
  if (expiration === null && dates.some((d) => d !== null)) return null;
  if (!input.confirmOverpack) {
    let packed = 0;
    for (const box of input.boxes) for (const line of box.lines) if (line.msku === msku) packed += line.quantity;
    if (packed + input.quantity > planned) return null;
  }
  return { msku, expiration };
}

/** A box with the pending scans into it added, as the station will hold it once they are committed. */
export function boxWithPending(box: Box, pending: readonly PendingScan[]): Box {
  const mine = pending.filter((p) => p.boxId === box.id);
  if (mine.length === 0) return box;
  const lines = box.lines.map((l) => ({ ...l }));
  for (const scan of mine) {
    const line = lines.find((l) => l.msku === scan.msku && (l.expiration ?? '') === (scan.expiration ?? ''));
    // A new line goes last, where the station puts it (box lines are kept in the order they were first scanned).
    if (line) line.quantity += scan.quantity;
    else lines.push({ msku: scan.msku, quantity: scan.quantity, expiration: scan.expiration });
  }
  return { ...box, lines };
}

/** The boxes as shown: untouched boxes keep their identity, so only the box a scan went into is drawn again. */
export function boxesWithPending(boxes: Box[], pending: readonly PendingScan[]): Box[] {
  if (pending.length === 0) return boxes;
  return boxes.map((box) => boxWithPending(box, pending));
}

/** The keys ("msku|expiration") of the lines of a box that hold units not yet committed by the station. */
export function savingLines(boxId: string, pending: readonly PendingScan[]): Set<string> {
  return new Set(pending.filter((p) => p.boxId === boxId).map((p) => lineKey(p.msku, p.expiration)));
}

export const lineKey = (msku: string, expiration: string | null) => `${msku}|${expiration ?? ''}`;
