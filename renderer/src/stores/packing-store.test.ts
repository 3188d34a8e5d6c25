import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Box, PlanDetail, ScanOutcome } from '../../../shared/ipc/inbound';
import type { Reply } from '../../../shared/ipc/reply';
import { testBox, testItem, testPlan } from '../test-fixtures/inbound';
import { memoryStorage } from '../test-fixtures/storage';

/** A station stand-in whose answers the test releases one by one, so it can look at the screen's state in between. */
function heldStation() {
  const calls: { channel: string; request: Record<string, unknown>; answer(reply: Reply<unknown>): void }[] = [];
  return {
    calls,
    api: {
      invoke(channel: string, request: Record<string, unknown>) {
        return new Promise<Reply<unknown>>((answer) => calls.push({ channel, request, answer }));
      },
      on: () => () => undefined,
    },
  };
}

const box = (lines: [string, number][], status: Box['status'] = 'open'): Box => testBox('b1', lines, { status });

function plan(boxes: Box[]): PlanDetail {
  return testPlan({
    skuCount: 2,
    unitCount: 3,
    items: [testItem('MUG', 'X00MUG0001', 2), testItem('JAR', 'X00JAR0001', 1)],
    packingOptionId: 'po1',
    packingOptions: [{ packingOptionId: 'po1', status: 'ACCEPTED', expiresAt: null, groupIds: ['g1'], raw: {} }],
    packingGroups: [{ packingGroupId: 'g1', items: [{ msku: 'MUG', quantity: 2, expiration: null }, { msku: 'JAR', quantity: 1, expiration: null }] }],
    boxes,
  });
}

async function packingTable(boxes: Box[]) {
  const station = heldStation();
  vi.stubGlobal('window', { station: station.api, localStorage: memoryStorage(), location: { search: '', protocol: 'http:', host: 'localhost' } });
  vi.stubGlobal('navigator', { language: 'en-US' });
  const { usePlansStore } = await import('./plans-store');
  const { usePackingStore } = await import('./packing-store');
  usePlansStore.setState({ view: { kind: 'plan', planId: 'p1' }, plan: plan(boxes) });
  usePackingStore.getState().selectTarget('p1', 'g1');
  /** The open box's quantity of an MSKU as the screen shows it: the station's box plus the scans it is saving. */
  const shown = async (msku: string) => {
    const { boxesWithPending } = await import('./optimistic-scan');
    const [b] = boxesWithPending(usePlansStore.getState().plan!.boxes, usePackingStore.getState().pending);
    return b!.lines.find((l) => l.msku === msku)?.quantity ?? 0;
  };
  const answerScan = (outcome: ScanOutcome) => {
    const call = station.calls.find((c) => c.channel === 'inbound:scan')!;
    station.calls.splice(station.calls.indexOf(call), 1);
    call.answer({ ok: true, value: outcome });
  };
  return { station, usePlansStore, usePackingStore, shown, answerScan };
}

const settled = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => vi.resetModules());
afterEach(() => vi.unstubAllGlobals());

describe('packing store: scans shown before the station answers', () => {
  it('shows a foreseeable scan at once, marked as saving, and keeps the OK for the station’s answer', async () => {
    const { usePackingStore, shown, answerScan, station } = await packingTable([box([['MUG', 1]])]);
    const done = usePackingStore.getState().scan('X00MUG0001');
    // Before the station has even been asked: the line already shows 2, and no OK has been given.
    expect(await shown('MUG')).toBe(2);
    expect(usePackingStore.getState().pending).toHaveLength(1);
    expect(usePackingStore.getState().feedback).toBeNull();
    await settled();
    expect(station.calls.map((c) => c.request)).toEqual([{ boxId: 'b1', code: 'X00MUG0001', quantity: 1 }]);
    answerScan({ ok: true, box: box([['MUG', 2]]), msku: 'MUG', added: 1, planned: 2, packed: 2 });
    await done;
    // The station's box replaces the pending scan: still 2, not 3.
    expect(await shown('MUG')).toBe(2);
    expect(usePackingStore.getState().pending).toEqual([]);
    expect(usePackingStore.getState().feedback).toMatchObject({ kind: 'ok', text: '+1 MUG · 2/2', msku: 'MUG' });
  });

  it('takes the scan back, with the station’s message, when the station refuses it', async () => {
    const { usePackingStore, shown, answerScan } = await packingTable([box([])]);
    usePackingStore.getState().setNextQuantity(1);
    const done = usePackingStore.getState().scan('X00JAR0001');
    expect(await shown('JAR')).toBe(1);
    await settled();
    answerScan({ ok: false, code: 'BOX_CLOSED', facts: { box: 1 }, message: 'Box 1 is closed: open a new box or reopen it.' });
    await done;
    expect(await shown('JAR')).toBe(0);
    expect(usePackingStore.getState().pending).toEqual([]);
    expect(usePackingStore.getState().feedback).toMatchObject({ kind: 'error', text: 'Box 1 is closed: open a new box or reopen it.' });
  });

  it('takes the scan back when the station cannot be reached, and keeps the quantity typed for it', async () => {
    const { usePackingStore, shown, station } = await packingTable([box([])]);
    usePackingStore.getState().setNextQuantity(2);
    const done = usePackingStore.getState().scan('MUG');
    expect(await shown('MUG')).toBe(2);
    expect(usePackingStore.getState().nextQuantity).toBe(1);
    await settled();
    station.calls[0]!.answer({ ok: false, error: { code: 'INTERNAL', message: 'The station is not answering.' } });
    await done;
    expect(await shown('MUG')).toBe(0);
    expect(usePackingStore.getState().nextQuantity).toBe(2);
    expect(usePackingStore.getState().feedback).toMatchObject({ kind: 'error', text: 'The station is not answering.' });
  });

  it('shows an over-pack only once the station asks for confirmation, and a confirmed one at once', async () => {
    const { usePackingStore, shown, answerScan } = await packingTable([box([['JAR', 1]])]);
    const first = usePackingStore.getState().scan('X00JAR0001');
    expect(await shown('JAR')).toBe(1);
    expect(usePackingStore.getState().pending).toEqual([]);
    await settled();
    answerScan({ ok: false, code: 'OVERPACK', msku: 'JAR', message: 'JAR: 1 planned, 1 packed already.' });
    await first;
    expect(usePackingStore.getState().confirm).toMatchObject({ kind: 'scan', code: 'X00JAR0001', quantity: 1 });
    const confirmed = usePackingStore.getState().confirmPending();
    expect(await shown('JAR')).toBe(2);
    await settled();
    answerScan({ ok: true, box: box([['JAR', 2]]), msku: 'JAR', added: 1, planned: 1, packed: 2 });
    await confirmed;
    expect(await shown('JAR')).toBe(2);
    expect(usePackingStore.getState().feedback).toMatchObject({ kind: 'ok' });
  });

  it('leaves a code the plan does not name to the station, and shows it from the station’s box', async () => {
    const { usePackingStore, shown, answerScan } = await packingTable([box([])]);
    const done = usePackingStore.getState().scan('036000291452');
    expect(usePackingStore.getState().pending).toEqual([]);
    expect(await shown('MUG')).toBe(0);
    await settled();
    answerScan({ ok: true, box: box([['MUG', 1]]), msku: 'MUG', added: 1, planned: 2, packed: 1 });
    await done;
    expect(await shown('MUG')).toBe(1);
  });
});

describe('packing store: closing a box while its scan is still on its way', () => {
  it('keeps Alt+C pressed during a scan for the close form, which takes it once', async () => {
    const { usePackingStore, answerScan } = await packingTable([box([])]);
    const done = usePackingStore.getState().scan('036000291452');
    usePackingStore.getState().askClose();
    expect(usePackingStore.getState().closeAsked).toBe(true);
    expect(usePackingStore.getState().feedback).toBeNull();
    await settled();
    answerScan({ ok: true, box: box([['MUG', 1]]), msku: 'MUG', added: 1, planned: 2, packed: 1 });
    await done;
    expect(usePackingStore.getState().closeAsked).toBe(true);
    expect(usePackingStore.getState().takeCloseRequest()).toBe(true);
    expect(usePackingStore.getState().takeCloseRequest()).toBe(false);
  });

  it('drops the close request when the scan is refused, so the next good scan does not jump to the weight', async () => {
    const { usePackingStore, answerScan } = await packingTable([box([])]);
    const done = usePackingStore.getState().scan('NOT-IN-PLAN');
    usePackingStore.getState().askClose();
    await settled();
    answerScan({ ok: false, code: 'NOT_IN_PLAN', message: 'NOT-IN-PLAN is not in this plan.' });
    await done;
    expect(usePackingStore.getState().closeAsked).toBe(false);
    expect(usePackingStore.getState().feedback).toMatchObject({ kind: 'error', text: 'NOT-IN-PLAN is not in this plan.' });
  });

  it('says there is nothing to close when no scan is on its way', async () => {
    const { usePackingStore } = await packingTable([box([])]);
    usePackingStore.getState().askClose();
    expect(usePackingStore.getState().closeAsked).toBe(false);
    expect(usePackingStore.getState().feedback).toMatchObject({ kind: 'error', text: 'Nothing to close yet: scan an item into the box first.' });
  });
});
