import { create } from 'zustand';
import type { PrinterRole, PrintersView, PrintJobRecord } from '../../../shared/ipc/print';
import type { ResponseOf } from '../../../shared/ipc/contract';
import type { PrinterProfileInput } from '../../../shared/labels/printer-profile';
import { call } from '../ipc/station';

export type PrinterStatusView = ResponseOf<'print:status'>;
export type DiscoveredPrinter = ResponseOf<'print:discover'>[number];

/** How many recent jobs the printers page lists. */
export const JOBS_SHOWN = 20;

interface PrintersStore {
  view: PrintersView | null;
  /** Per printer name: its last status, or the station's message when the status could not be read. */
  statuses: Record<string, PrinterStatusView | { state: 'error'; detail: string }>;
  jobs: PrintJobRecord[];
  discovered: DiscoveredPrinter[] | null;
  load(): Promise<void>;
  refreshStatus(name: string): Promise<void>;
  refreshAllStatuses(): Promise<void>;
  loadJobs(): Promise<void>;
  save(profile: PrinterProfileInput): Promise<void>;
  remove(name: string): Promise<void>;
  assign(role: PrinterRole, printer: string): Promise<void>;
  discover(): Promise<void>;
  /** Sends the test label; the job is added to the recent jobs and returned. */
  test(name: string): Promise<PrintJobRecord>;
}

export const usePrintersStore = create<PrintersStore>((set, get) => ({
  view: null,
  statuses: {},
  jobs: [],
  discovered: null,
  async load() {
    const [view, jobs] = await Promise.all([call('print:printers', {}), call('print:jobs', { limit: JOBS_SHOWN })]);
    set({ view, jobs });
    void get().refreshAllStatuses();
  },
  async refreshStatus(name) {
    try {
      const status = await call('print:status', { printer: name });
      set((s) => ({ statuses: { ...s.statuses, [name]: status } }));
    } catch (error) {
      set((s) => ({ statuses: { ...s.statuses, [name]: { state: 'error', detail: error instanceof Error ? error.message : String(error) } } }));
    }
  },
  async refreshAllStatuses() {
    await Promise.all((get().view?.profiles ?? []).map((p) => get().refreshStatus(p.name)));
  },
  async loadJobs() {
    set({ jobs: await call('print:jobs', { limit: JOBS_SHOWN }) });
  },
  async save(profile) {
    const view = await call('print:save-printer', { profile });
    set({ view });
    if (typeof profile.name === 'string') void get().refreshStatus(profile.name.trim());
  },
  async remove(name) {
    set({ view: await call('print:remove-printer', { name }) });
  },
  async assign(role, printer) {
    set({ view: await call('print:assign-role', { role, printer }) });
  },
  async discover() {
    set({ discovered: await call('print:discover', {}) });
  },
  async test(name) {
    const job = await call('print:test', { printer: name });
    set((s) => ({ jobs: [job, ...s.jobs.filter((j) => j.id !== job.id)].slice(0, JOBS_SHOWN) }));
    return job;
  },
}));
