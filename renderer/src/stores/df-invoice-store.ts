import { create } from 'zustand';
import type { DfInvoice } from '../../../shared/ipc/vendor-df';
import { call } from '../ipc/station';
import { beep } from '../scan/beep';

interface DfInvoiceState {
  orderId: string | null;
  invoice: DfInvoice | null;
  loading: boolean;
  printing: boolean;
  /** The printer the invoice last went to, for the packer's confirmation. */
  printedTo: string | null;
  error: string | null;
  /** Forgets another order's invoice when the order screen changes. */
  reset(orderId: string): void;
  show(orderId: string): Promise<void>;
  hide(): void;
  print(orderId: string): Promise<void>;
}

const text = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The open DF order's customer invoice: shown on request (it names the customer), printed on the documents printer. */
export const useDfInvoiceStore = create<DfInvoiceState>((set, get) => ({
  orderId: null,
  invoice: null,
  loading: false,
  printing: false,
  printedTo: null,
  error: null,
  reset(orderId) {
    if (get().orderId !== orderId) set({ orderId, invoice: null, loading: false, printing: false, printedTo: null, error: null });
  },
  async show(orderId) {
    set({ loading: true, error: null });
    try {
      const invoice = await call('df:invoice', { orderId });
      if (get().orderId === orderId) set({ invoice });
    } catch (error) {
      if (get().orderId === orderId) set({ error: text(error) });
    } finally {
      set({ loading: false });
    }
  },
  hide() {
    set({ invoice: null, error: null });
  },
  async print(orderId) {
    set({ printing: true, error: null, printedTo: null });
    try {
      const [job] = await call('df:print', { orderId, what: 'invoice' });
      beep('ok');
      if (get().orderId === orderId) set({ printedTo: job?.printer ?? null });
    } catch (error) {
      beep('error');
      if (get().orderId === orderId) set({ error: text(error) });
    } finally {
      set({ printing: false });
    }
  },
}));
