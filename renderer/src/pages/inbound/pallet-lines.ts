import type { FreightInput, PalletInput, FreightIssue } from '../../../../shared/inbound/freight';
import type { ShipmentFreight } from '../../../../shared/ipc/inbound-freight';

/** One pallet line as typed: text fields, read into numbers only when the form is checked. */
export interface PalletLine {
  quantity: string;
  length: string;
  width: string;
  height: string;
  dimensionUnit: 'IN' | 'CM';
  weight: string;
  weightUnit: 'LB' | 'KG';
  stackable: boolean;
}

export interface FreightDraft {
  lines: PalletLine[];
  freightClass: string;
  declaredValue: string;
  readyDate: string;
  readyTime: string;
}

const read = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.')));
const pad = (n: number) => String(n).padStart(2, '0');

/** A new line on the standard pallet footprint of the marketplace's units (48 × 40 in, or 120 × 100 cm). */
export function newLine(metric: boolean): PalletLine {
  return { quantity: '1', length: metric ? '120' : '48', width: metric ? '100' : '40', height: '', dimensionUnit: metric ? 'CM' : 'IN', weight: '', weightUnit: metric ? 'KG' : 'LB', stackable: true };
}

/** The draft for a shipment: what was saved, or one empty line ready tomorrow at 08:00 local time. */
export function draftOf(saved: ShipmentFreight | undefined, metric: boolean, now: Date): FreightDraft {
  if (saved) {
    const ready = new Date(saved.readyToShip);
    return {
      lines: saved.pallets.map((p) => ({
        quantity: String(p.quantity),
        length: String(p.length),
        width: String(p.width),
        height: String(p.height),
        dimensionUnit: p.dimensionUnit,
        weight: String(p.weight),
        weightUnit: p.weightUnit,
        stackable: p.stackability === 'STACKABLE',
      })),
      freightClass: saved.freightClass,
      declaredValue: String(saved.declaredValue.amount),
      readyDate: `${ready.getFullYear()}-${pad(ready.getMonth() + 1)}-${pad(ready.getDate())}`,
      readyTime: `${pad(ready.getHours())}:${pad(ready.getMinutes())}`,
    };
  }
  const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 8, 0);
  return {
    lines: [newLine(metric)],
    freightClass: '',
    declaredValue: '',
    readyDate: `${tomorrow.getFullYear()}-${pad(tomorrow.getMonth() + 1)}-${pad(tomorrow.getDate())}`,
    readyTime: '08:00',
  };
}

/** The typed date and time (local) as an ISO date-time, or '' when they are not a real date and time. */
export function readyToShipOf(date: string, time: string): string {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const t = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!d || !t) return '';
  const [year, month, day, hour, minute] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])];
  const at = new Date(year, month - 1, day, hour, minute);
  // new Date rolls 31 February into March: such a date was not a real one.
  if (at.getFullYear() !== year || at.getMonth() !== month - 1 || at.getDate() !== day || hour > 23 || minute > 59) return '';
  return at.toISOString();
}

/** The draft as the freight details the station checks and sends. */
export function freightInputOf(draft: FreightDraft, currency: string): FreightInput {
  return {
    pallets: draft.lines.map(
      (l): PalletInput => ({
        quantity: read(l.quantity),
        length: read(l.length),
        width: read(l.width),
        height: read(l.height),
        dimensionUnit: l.dimensionUnit,
        weight: read(l.weight),
        weightUnit: l.weightUnit,
        stackability: l.stackable ? 'STACKABLE' : 'NON_STACKABLE',
      }),
    ),
    freightClass: draft.freightClass,
    declaredValue: { amount: read(draft.declaredValue), code: currency },
    readyToShip: readyToShipOf(draft.readyDate, draft.readyTime),
  };
}

/** The values a translated issue message needs. */
export function issueValues(issue: FreightIssue, currency: string): Record<string, string | number> {
  return { line: (issue.pallet ?? 0) + 1, currency };
}
