import { create } from 'zustand';
import type { DfOrderDetail, DfPackage } from '../../../shared/ipc/vendor-df';
import { call } from '../ipc/station';
import { beep } from '../scan/beep';
import i18next from '../i18n/i18n';
import { useVendorDfStore } from './vendor-df-store';

export type DfFeedback = { kind: 'ok' | 'error'; text: string; code?: string; itemSequenceNumber?: string; seq: number };

export interface PackageSize {
  length: number;
  width: number;
  height: number;
  unit: 'IN' | 'CM';
}

interface DfPackingState {
  orderId: string | null;
  feedback: DfFeedback | null;
  /** The size of the last package closed: the next carton is usually the same. */
  lastSize: PackageSize | null;
  /** Bumped whenever focus belongs back on the scan field. */
  focusTick: number;
  begin(orderId: string): void;
  scan(code: string): Promise<void>;
  openPackage(): Promise<void>;
  closePackage(packageId: string, weight: { value: number; unit: 'LB' | 'KG' }, dimensions: PackageSize): Promise<string | null>;
  refocus(): void;
}

let seq = 0;
/** Scans run one after another, so two quick scans with no open package open one package, not two. */
let scans: Promise<void> = Promise.resolve();
const text = (error: unknown) => (error instanceof Error ? error.message : String(error));

function withPackage(order: DfOrderDetail, pkg: DfPackage): DfOrderDetail {
  const others = order.packages.filter((p) => p.id !== pkg.id);
  return { ...order, packages: [...others, pkg].sort((a, b) => a.number - b.number) };
}

export const useDfPackingStore = create<DfPackingState>((set, get) => {
  const orders = () => useVendorDfStore.getState();
  const say = (feedback: Omit<DfFeedback, 'seq'>) => {
    beep(feedback.kind);
    set({ feedback: { ...feedback, seq: ++seq } });
  };
  const refocus = () => set((s) => ({ focusTick: s.focusTick + 1 }));
  /** The order's counts and sync state come from the station after each change. */
  const settle = () => void orders().loadOrder();

  const ensureOpenPackage = async (order: DfOrderDetail): Promise<DfPackage> => {
    const open = order.packages.find((p) => p.status === 'open');
    if (open) return open;
    const pkg = await call('df:open-package', { orderId: order.id });
    orders().patchOrder(order.id, (o) => withPackage({ ...o, step: o.step === 'acknowledged' ? 'packing' : o.step }, pkg));
    return pkg;
  };

  const scanNow = async (code: string) => {
    const order = orders().order;
    if (!order || order.id !== get().orderId) return;
    if (order.step !== 'acknowledged' && order.step !== 'packing') {
      say({ kind: 'error', text: i18next.t(order.step === 'new' ? 'df.acknowledgeFirst' : 'df.packingDone'), code });
      return;
    }
    try {
      // A scan with no open package opens one: the packer's hands stay on the product.
      const pkg = await ensureOpenPackage(order);
      const outcome = await call('df:scan', { packageId: pkg.id, code });
      if (outcome.ok) {
        const line = order.lines.find((l) => l.itemSequenceNumber === outcome.itemSequenceNumber);
        orders().patchOrder(order.id, (o) => ({
          ...withPackage(o, outcome.package),
          lines: o.lines.map((l) => (l.itemSequenceNumber === outcome.itemSequenceNumber ? { ...l, packed: outcome.packed } : l)),
        }));
        const sku = line?.vendorProductIdentifier ?? line?.buyerProductIdentifier ?? code;
        say({ kind: 'ok', text: i18next.t('df.scanOk', { sku, packed: outcome.packed, ordered: outcome.ordered }), code, itemSequenceNumber: outcome.itemSequenceNumber });
      } else {
        say({ kind: 'error', text: i18next.t(`df.refused.${outcome.code}`, { code }), code: outcome.code });
      }
      settle();
    } catch (error) {
      say({ kind: 'error', text: text(error) });
    } finally {
      refocus();
    }
  };

  return {
    orderId: null,
    feedback: null,
    lastSize: null,
    focusTick: 0,
    begin(orderId) {
      if (get().orderId !== orderId) set({ orderId, feedback: null });
    },
    scan(code) {
      scans = scans.then(() => scanNow(code));
      return scans;
    },
    async openPackage() {
      const order = orders().order;
      if (!order) return;
      try {
        const pkg = await call('df:open-package', { orderId: order.id });
        orders().patchOrder(order.id, (o) => withPackage(o, pkg));
        settle();
      } catch (error) {
        say({ kind: 'error', text: text(error) });
      } finally {
        refocus();
      }
    },
    async closePackage(packageId, weight, dimensions) {
      const order = orders().order;
      try {
        const pkg = await call('df:close-package', { packageId, weight, dimensions });
        if (order) orders().patchOrder(order.id, (o) => withPackage(o, pkg));
        say({ kind: 'ok', text: i18next.t('df.packageClosed', { n: pkg.number }) });
        set({ lastSize: dimensions });
        settle();
        refocus();
        return null;
      } catch (error) {
        beep('error');
        return text(error);
      }
    },
    refocus,
  };
});
