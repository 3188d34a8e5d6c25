import { create } from 'zustand';
import type { RequestOf } from '../../../shared/ipc/contract';
import type { AfterView } from '../../../shared/ipc/inbound-after';
import { call } from '../ipc/station';

export type AfterChannel =
  | 'inbound-after:refresh'
  | 'inbound-after:confirm-preview'
  | 'inbound-after:discard-update'
  | 'inbound-after:rename-plan'
  | 'inbound-after:rename-shipment'
  | 'inbound-after:refresh-windows'
  | 'inbound-after:change-window'
  | 'inbound-after:self-ship-slots'
  | 'inbound-after:self-ship-book'
  | 'inbound-after:self-ship-cancel';

interface InboundAfterState {
  view: AfterView | null;
  error: string | null;
  load(planId: string): Promise<void>;
  /** Runs a change and keeps the view main sent back. */
  act<C extends AfterChannel>(channel: C, request: RequestOf<C>): Promise<void>;
  /** Asks for Amazon's preview; the station's refusal (Amazon's rules checked locally) comes back as problems. */
  requestPreview(request: RequestOf<'inbound-after:request-preview'>): Promise<{ code: string; message: string }[]>;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const useInboundAfterStore = create<InboundAfterState>((set) => ({
  view: null,
  error: null,
  async load(planId) {
    try {
      set({ view: await call('inbound-after:get', { planId }), error: null });
    } catch (e) {
      set({ error: message(e) });
    }
  },
  async act(channel, request) {
    const view = (await call(channel, request)) as AfterView;
    set({ view, error: null });
  },
  async requestPreview(request) {
    const result = await call('inbound-after:request-preview', request);
    if (!result.ok) return result.problems;
    set({ view: result.view, error: null });
    return [];
  },
}));
