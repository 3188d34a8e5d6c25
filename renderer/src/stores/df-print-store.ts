import { create } from 'zustand';
import type { PrintJobRecord } from '../../../shared/ipc/print';
import { call } from '../ipc/station';
import { beep } from '../scan/beep';

export type DfDocument = 'labels' | 'packing-slip';

interface DfPrintState {
  orderId: string | null;
  /** This order's print jobs, newest first. */
  jobs: PrintJobRecord[];
  /** The virtual printer's page images of a job, as data URLs. */
  previews: Record<number, string[]>;
  busy: DfDocument | null;
  error: string | null;
  load(orderId: string): Promise<void>;
  print(orderId: string, what: DfDocument, packageIds?: string[]): Promise<void>;
}

const text = (error: unknown) => (error instanceof Error ? error.message : String(error));
const entityOf = (orderId: string) => `df:${orderId}`;

/** The newest job for each printed document (one per package label, one packing slip): what the preview shows. */
export function latestJobs(jobs: PrintJobRecord[]): PrintJobRecord[] {
  const seen = new Set<string>();
  return jobs.filter((job) => {
    if (seen.has(job.title)) return false;
    seen.add(job.title);
    return true;
  });
}

async function previewsOf(job: PrintJobRecord): Promise<string[]> {
  const pages = await Promise.all(job.previews.map((_, index) => call('print:preview', { jobId: job.id, index })));
  return pages.map((p) => p.dataUrl);
}

export const useDfPrintStore = create<DfPrintState>((set, get) => {
  const refresh = async (orderId: string) => {
    const all = await call('print:jobs', { limit: 200 });
    const jobs = all.filter((j) => j.entity === entityOf(orderId)).sort((a, b) => b.id - a.id);
    if (get().orderId !== orderId) return;
    set({ jobs });
    const missing = latestJobs(jobs).filter((j) => j.previews.length > 0 && !get().previews[j.id]);
    for (const job of missing) {
      const pages = await previewsOf(job);
      if (get().orderId === orderId) set((s) => ({ previews: { ...s.previews, [job.id]: pages } }));
    }
  };

  return {
    orderId: null,
    jobs: [],
    previews: {},
    busy: null,
    error: null,
    async load(orderId) {
      if (get().orderId !== orderId) set({ orderId, jobs: [], previews: {}, error: null, busy: null });
      try {
        await refresh(orderId);
      } catch (error) {
        set({ error: text(error) });
      }
    },
    async print(orderId, what, packageIds) {
      set({ busy: what, error: null });
      try {
        await call('df:print', { orderId, what, ...(packageIds ? { packageIds } : {}) });
        beep('ok');
        await refresh(orderId);
      } catch (error) {
        beep('error');
        set({ error: text(error) });
      } finally {
        set({ busy: null });
      }
    },
  };
});
