import { create } from 'zustand';
import type { CloseBox, PlanDetail } from '../../../shared/ipc/inbound';
import { call, StationCallError } from '../ipc/station';
import { beep } from '../scan/beep';
import i18next from '../i18n/i18n';
import { usePlansStore } from './plans-store';
import { boxesOf, openBoxOf, packingTargets } from '../pages/inbound/packing-targets';
import { boxesWithPending, foreseeScan, planCodes, type PendingScan, type PlanCodes } from './optimistic-scan';
import { refusalText } from './scan-refusal';

export type Feedback = { kind: 'ok' | 'error' | 'warn'; text: string; msku?: string; seq: number };

/** A refused action the packer may still confirm: an over-pack by a scan or by repeating a box. */
export type PendingConfirm =
  | { kind: 'scan'; code: string; quantity: number; message: string }
  | { kind: 'repeat'; boxId: string; times: number; message: string };

interface PackingState {
  planId: string | null;
  targetId: string | null;
  chosenBoxId: string | null;
  /** Units the next scan adds; back to 1 after each scan. */
  nextQuantity: number;
  /** The expiration date on the units being scanned (YYYY-MM-DD), for SKUs planned with several dates; kept until changed. */
  expiration: string;
  feedback: Feedback | null;
  confirm: PendingConfirm | null;
  /** The size of the last box closed: the next carton is usually the same. */
  lastSize: { length: number; width: number; height: number; unit: 'IN' | 'CM' } | null;
  /** Bumped whenever focus belongs back on the scan field. */
  focusTick: number;
  /** Scans already shown in their box while the station commits them; each goes at the station's answer. */
  pending: PendingScan[];
  /**
   * Alt+C pressed while the scan that fills the box was still on its way to the station: the close form takes focus
   * as soon as that scan lands, and the request is dropped if the scan is refused.
   */
  closeAsked: boolean;
  selectTarget(planId: string, targetId: string | null): void;
  chooseBox(boxId: string): void;
  setNextQuantity(quantity: number): void;
  setExpiration(expiration: string): void;
  scan(code: string, options?: { confirmOverpack?: boolean; quantity?: number }): Promise<void>;
  confirmPending(): Promise<void>;
  dismissPending(): void;
  openBox(): Promise<void>;
  closeBox(input: CloseBox): Promise<{ warnings: { code: string; message: string }[] } | { error: string }>;
  reopenBox(boxId: string): Promise<void>;
  repeatBox(boxId: string, times: number, confirmOverpack?: boolean): Promise<void>;
  deleteBox(boxId: string): Promise<void>;
  setLine(boxId: string, msku: string, expiration: string | null, quantity: number): Promise<void>;
  refocus(): void;
  /** Close the open box when its close form is not shown yet: kept for a scan still being saved, else explained. */
  askClose(): void;
  /** The close form took the request (it focuses its weight field). */
  takeCloseRequest(): boolean;
}

let seq = 0;
let pendingSeq = 0;
/** Scans run one after another, so two quick scans with no open box open one box, not two. */
let scans: Promise<void> = Promise.resolve();
/** Scans sent and not yet answered by the station. */
let scansInFlight = 0;
const text = (error: unknown) => (error instanceof Error ? error.message : String(error));
const dateOf = (typed: string) => (/^\d{4}-\d{2}-\d{2}$/.test(typed) ? typed : undefined);

/** The plan's codes, worked out once per list of items rather than once per scan. */
let codesCache: { items: PlanDetail['items']; codes: PlanCodes } | null = null;
function codesOf(items: PlanDetail['items']): PlanCodes {
  if (codesCache?.items !== items) codesCache = { items, codes: planCodes(items) };
  return codesCache.codes;
}

interface ScanRequest {
  code: string;
  quantity: number;
  expiration: string | undefined;
  confirmOverpack: boolean;
  /** The scan as already shown in its box, when the screen could foresee it. */
  ahead: PendingScan | null;
}

export const usePackingStore = create<PackingState>((set, get) => {
  const plans = () => usePlansStore.getState();
  const say = (kind: Feedback['kind'], message: string, msku?: string) => {
    beep(kind);
    set({ feedback: { kind, text: message, ...(msku ? { msku } : {}), seq: ++seq } });
  };
  const target = () => {
    const plan = plans().plan;
    if (!plan) return undefined;
    const targets = packingTargets(plan);
    return targets.find((t) => t.id === get().targetId) ?? targets[0];
  };
  /** Every change is kept locally at once; the plan is refetched afterwards for its counts and sync state. */
  const settle = () => void plans().loadPlan();
  const guard = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      say('error', text(error));
    } finally {
      set((s) => ({ focusTick: s.focusTick + 1 }));
    }
  };

  /** Drops a scan shown ahead of the station, once the station has answered for it (or could not). */
  const drop = (ahead: PendingScan | null) => {
    if (ahead) set((s) => ({ pending: s.pending.filter((p) => p.id !== ahead.id) }));
  };

  /** A scan that did not go in keeps the quantity typed for it, as if it had never been shown (unless retyped since). */
  const takeBack = (ahead: PendingScan | null) => {
    if (ahead && get().nextQuantity === 1) set({ nextQuantity: ahead.quantity });
  };

  /**
   * Shows the scan in its box at once, in the frame after the Enter, when the screen can foresee the station's answer
   * (see foreseeScan); the line stays marked as saving until the station has committed it. The OK sound and message
   * still wait for the station, so they always mean the scan is kept.
   */
  const foresee = (request: Omit<ScanRequest, 'ahead'>): PendingScan | null => {
    const plan = plans().plan;
    const to = target();
    if (!plan || !to || get().confirm) return null;
    const box = openBoxOf(plan, to, get().chosenBoxId);
    if (!box) return null;
    const line = foreseeScan({ ...request, codes: codesOf(plan.items), planned: to.planned, boxes: boxesWithPending(boxesOf(plan, to), get().pending) });
    if (!line) return null;
    const ahead: PendingScan = { id: ++pendingSeq, boxId: box.id, ...line, quantity: request.quantity };
    set((s) => ({ pending: [...s.pending, ahead], nextQuantity: 1 }));
    return ahead;
  };

  const scanNow = async ({ code, quantity, expiration, confirmOverpack, ahead }: ScanRequest) => {
    const plan = plans().plan;
    const to = target();
    if (!plan || !to) {
      drop(ahead);
      takeBack(ahead);
      return;
    }
    if (get().confirm) {
      drop(ahead);
      takeBack(ahead);
      say('error', i18next.t('inbound.answerFirst'));
      return;
    }
    await guard(async () => {
      try {
        let boxId = ahead?.boxId;
        if (!boxId) {
          let box = openBoxOf(plan, to, get().chosenBoxId);
          if (!box) {
            // A scan with no open box opens one: the packer's hands stay on the product.
            box = await call('inbound:open-box', { planId: plan.id, ...(to.kind === 'group' ? { packingGroupId: to.id } : { shipmentId: to.id }) });
            plans().mergeBoxes([box]);
            set({ chosenBoxId: box.id });
          }
          boxId = box.id;
        }
        const outcome = await call('inbound:scan', {
          boxId,
          code,
          quantity,
          ...(expiration ? { expiration } : {}),
          ...(confirmOverpack ? { confirmOverpack: true } : {}),
        });
        // The station's box and the end of the pending scan land together, so the line never shows the scan twice.
        if (outcome.ok) plans().mergeBoxes([outcome.box]);
        drop(ahead);
        if (outcome.ok) {
          if (!ahead) set({ nextQuantity: 1 });
          say('ok', `+${outcome.added} ${outcome.msku} · ${outcome.packed}/${outcome.planned}`, outcome.msku);
          return;
        }
        takeBack(ahead);
        set({ closeAsked: false });
        const refused = refusalText(outcome, code);
        if (outcome.code === 'OVERPACK') {
          set({ confirm: { kind: 'scan', code, quantity, message: refused } });
          say('warn', refused, outcome.msku);
        } else {
          say('error', refused, outcome.msku);
        }
      } catch (error) {
        drop(ahead);
        takeBack(ahead);
        set({ closeAsked: false });
        throw error;
      }
    });
  };

  return {
    planId: null,
    targetId: null,
    chosenBoxId: null,
    nextQuantity: 1,
    expiration: '',
    feedback: null,
    confirm: null,
    focusTick: 0,
    pending: [],
    closeAsked: false,
    lastSize: null,
    selectTarget(planId, targetId) {
      if (get().planId !== planId) set({ planId, targetId, chosenBoxId: null, feedback: null, confirm: null, nextQuantity: 1, expiration: '', pending: [], closeAsked: false });
      else if (targetId !== get().targetId) set({ targetId, chosenBoxId: null, closeAsked: false, focusTick: get().focusTick + 1 });
    },
    chooseBox(boxId) {
      set({ chosenBoxId: boxId, focusTick: get().focusTick + 1 });
    },
    setNextQuantity(quantity) {
      set({ nextQuantity: quantity });
    },
    setExpiration(expiration) {
      set({ expiration });
    },
    scan(code, options = {}) {
      const request = { code, quantity: options.quantity ?? get().nextQuantity, expiration: dateOf(get().expiration), confirmOverpack: options.confirmOverpack ?? false };
      const ahead = foresee(request);
      scansInFlight += 1;
      scans = scans.then(() => scanNow({ ...request, ahead })).finally(() => {
        scansInFlight -= 1;
      });
      return scans;
    },
    async confirmPending() {
      const pending = get().confirm;
      set({ confirm: null });
      if (pending?.kind === 'scan') await get().scan(pending.code, { confirmOverpack: true, quantity: pending.quantity });
      if (pending?.kind === 'repeat') await get().repeatBox(pending.boxId, pending.times, true);
    },
    dismissPending() {
      set((s) => ({ confirm: null, focusTick: s.focusTick + 1 }));
    },
    async openBox() {
      const plan = plans().plan;
      const to = target();
      if (!plan || !to) return;
      await guard(async () => {
        const box = await call('inbound:open-box', { planId: plan.id, ...(to.kind === 'group' ? { packingGroupId: to.id } : { shipmentId: to.id }) });
        plans().mergeBoxes([box]);
        set({ chosenBoxId: box.id });
        settle();
      });
    },
    async closeBox(input) {
      try {
        const reply = await call('inbound:close-box', input);
        plans().mergeBoxes([reply.box]);
        const closed = i18next.t('inbound.boxClosed', { n: reply.box.number });
        say(reply.warnings.length ? 'warn' : 'ok', [closed, ...reply.warnings.map((w) => w.message)].join(' '));
        set((s) => ({ chosenBoxId: null, lastSize: input.dimensions, focusTick: s.focusTick + 1 }));
        settle();
        return { warnings: reply.warnings };
      } catch (error) {
        beep('error');
        return { error: text(error) };
      }
    },
    async reopenBox(boxId) {
      await guard(async () => {
        plans().mergeBoxes([await call('inbound:reopen-box', { boxId })]);
        set({ chosenBoxId: boxId });
        settle();
      });
    },
    async repeatBox(boxId, times, confirmOverpack) {
      await guard(async () => {
        try {
          const boxes = await call('inbound:repeat-box', { boxId, times, ...(confirmOverpack ? { confirmOverpack: true } : {}) });
          plans().mergeBoxes(boxes);
          say('ok', i18next.t('inbound.repeated', { count: boxes.length, numbers: boxes.map((b) => b.number).join(', ') }));
          settle();
        } catch (error) {
          const details = error instanceof StationCallError ? (error.details as { code?: string } | undefined) : undefined;
          if (details?.code !== 'OVERPACK') throw error;
          set({ confirm: { kind: 'repeat', boxId, times, message: text(error) } });
          beep('warn');
        }
      });
    },
    async deleteBox(boxId) {
      await guard(async () => {
        await call('inbound:delete-box', { boxId });
        plans().dropBox(boxId);
        if (get().chosenBoxId === boxId) set({ chosenBoxId: null });
        settle();
      });
    },
    async setLine(boxId, msku, expiration, quantity) {
      await guard(async () => {
        plans().mergeBoxes([await call('inbound:set-line', { boxId, msku, expiration, quantity })]);
      });
    },
    refocus() {
      set((s) => ({ focusTick: s.focusTick + 1 }));
    },
    askClose() {
      if (scansInFlight > 0) set({ closeAsked: true });
      else say('error', i18next.t('inbound.nothingToClose'));
    },
    takeCloseRequest() {
      if (!get().closeAsked) return false;
      set({ closeAsked: false });
      return true;
    },
  };
});
