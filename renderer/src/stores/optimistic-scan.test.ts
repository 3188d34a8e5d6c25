import { describe, expect, it } from 'vitest';
import type { Box } from '../../../shared/ipc/inbound';
import { testBox, testItem } from '../test-fixtures/inbound';
import { boxesWithPending, boxWithPending, foreseeScan, planCodes, savingLines, type ForeseeInput, type PendingScan } from './optimistic-scan';

const item = testItem;
const box = (id: string, lines: [string, number, string | null][], status: Box['status'] = 'open'): Box => testBox(id, lines, { status });

const items = [item('MUG', 'X00MUG0001', 5), item('JAR', 'X00JAR0001', 2), item('PILL', 'X00PIL0001', 3, '2027-01-31'), item('PILL', 'X00PIL0001', 3, '2027-06-30'), item('GEL', 'X00GEL0001', 4, '2027-03-31')];
const planned = [
  { msku: 'MUG', quantity: 5 },
  { msku: 'JAR', quantity: 2 },
  { msku: 'PILL', quantity: 6 },
  { msku: 'GEL', quantity: 4 },
];

const input = (overrides: Partial<ForeseeInput>): ForeseeInput => ({
  codes: planCodes(items),
  code: 'X00MUG0001',
  quantity: 1,
  expiration: undefined,
  confirmOverpack: false,
  planned,
  boxes: [box('b1', [])],
  ...overrides,
});

const pending = (id: number, boxId: string, msku: string, quantity: number, expiration: string | null = null): PendingScan => ({ id, boxId, msku, quantity, expiration });

describe('foreseeing a scan', () => {
  it('knows the line of an FNSKU or an MSKU of the plan, with the one date the MSKU is planned under', () => {
    expect(foreseeScan(input({ code: 'X00MUG0001' }))).toEqual({ msku: 'MUG', expiration: null });
    expect(foreseeScan(input({ code: 'JAR' }))).toEqual({ msku: 'JAR', expiration: null });
    expect(foreseeScan(input({ code: 'X00GEL0001' }))).toEqual({ msku: 'GEL', expiration: '2027-03-31' });
  });

  it('leaves to the station what only the station can tell: other codes, other groups, dates to choose', () => {
    // A UPC, an ASIN or a 2D barcode is resolved by the station's catalogue.
    expect(foreseeScan(input({ code: '036000291452' }))).toBeNull();
    // Planned for another packing group.
    expect(foreseeScan(input({ planned: planned.filter((p) => p.msku !== 'MUG') }))).toBeNull();
    // Planned under two dates and none typed; with one typed, the line of that date.
    expect(foreseeScan(input({ code: 'X00PIL0001' }))).toBeNull();
    expect(foreseeScan(input({ code: 'X00PIL0001', expiration: '2027-06-30' }))).toEqual({ msku: 'PILL', expiration: '2027-06-30' });
  });

  it('leaves an over-pack to the station (it asks for confirmation) unless the packer already confirmed it', () => {
    const boxes = [box('b0', [['JAR', 1, null]], 'closed'), box('b1', [])];
    expect(foreseeScan(input({ code: 'JAR', boxes }))).toEqual({ msku: 'JAR', expiration: null });
    expect(foreseeScan(input({ code: 'JAR', boxes, quantity: 2 }))).toBeNull();
    expect(foreseeScan(input({ code: 'JAR', boxes: [box('b0', [['JAR', 2, null]])] }))).toBeNull();
    expect(foreseeScan(input({ code: 'JAR', boxes: [box('b0', [['JAR', 2, null]])], confirmOverpack: true }))).toEqual({ msku: 'JAR', expiration: null });
  });

  it('does not guess when one code names two MSKUs of the plan', () => {
    const codes = planCodes([item('A', 'X00SAME001', 1), item('B', 'X00SAME001', 1)]);
    expect(foreseeScan(input({ codes, code: 'X00SAME001', planned: [{ msku: 'A', quantity: 1 }, { msku: 'B', quantity: 1 }] }))).toBeNull();
  });
});

describe('boxes with pending scans', () => {
  it('adds pending units to the line of the same MSKU and date, and new lines last, as the station keeps them', () => {
    const b = box('b1', [['MUG', 2, null], ['GEL', 1, '2027-03-31']]);
    const shown = boxWithPending(b, [pending(1, 'b1', 'MUG', 1), pending(2, 'b1', 'JAR', 1), pending(3, 'b1', 'MUG', 3), pending(4, 'other', 'GEL', 1, '2027-03-31')]);
    expect(shown.lines).toEqual([
      { msku: 'MUG', quantity: 6, expiration: null },
      { msku: 'GEL', quantity: 1, expiration: '2027-03-31' },
      { msku: 'JAR', quantity: 1, expiration: null },
    ]);
    // The station's box is left as it was: a refusal only has to drop the pending scan.
    expect(b.lines[0]!.quantity).toBe(2);
  });

  it('keeps the identity of every box without pending scans, so their rows are not drawn again', () => {
    const boxes = [box('b1', []), box('b2', [['MUG', 1, null]])];
    expect(boxesWithPending(boxes, [])).toBe(boxes);
    const shown = boxesWithPending(boxes, [pending(1, 'b2', 'MUG', 1)]);
    expect(shown[0]).toBe(boxes[0]);
    expect(shown[1]).not.toBe(boxes[1]);
    expect(shown[1]!.lines[0]!.quantity).toBe(2);
  });

  it('names the lines of a box still being saved', () => {
    const saving = savingLines('b1', [pending(1, 'b1', 'MUG', 1), pending(2, 'b1', 'GEL', 1, '2027-03-31'), pending(3, 'b2', 'JAR', 1)]);
    expect([...saving].sort()).toEqual(['GEL|2027-03-31', 'MUG|']);
  });
});
