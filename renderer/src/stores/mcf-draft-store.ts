import { create } from 'zustand';
import type { McfAddress, McfPreviewResult, McfSpeed, McfOrderDetail } from '../../../shared/ipc/mcf';
import { call } from '../ipc/station';
import { beep } from '../scan/beep';
import i18next from '../i18n/i18n';

export interface DraftItem {
  sku: string;
  title: string;
  quantity: number;
}

export type AddressDraft = Record<keyof McfAddress, string>;

export const EMPTY_ADDRESS: AddressDraft = {
  name: '',
  addressLine1: '',
  addressLine2: '',
  addressLine3: '',
  city: '',
  districtOrCounty: '',
  stateOrRegion: '',
  postalCode: '',
  countryCode: 'US',
  phone: '',
};

interface McfDraftState {
  accountId: string | null;
  address: AddressDraft;
  items: DraftItem[];
  speed: McfSpeed;
  displayableOrderId: string;
  comment: string;
  hold: boolean;
  feedback: { kind: 'ok' | 'error'; text: string; seq: number } | null;
  preview: McfPreviewResult | null;
  previewError: string | null;
  busy: boolean;
  reset(accountId: string | null): void;
  setAccount(accountId: string): void;
  setAddress(field: keyof McfAddress, value: string): void;
  setSpeed(speed: McfSpeed): void;
  setFields(patch: Partial<Pick<McfDraftState, 'displayableOrderId' | 'comment' | 'hold'>>): void;
  addCode(code: string): Promise<void>;
  setQuantity(sku: string, quantity: number): void;
  remove(sku: string): void;
  runPreview(): Promise<void>;
  create(): Promise<McfOrderDetail | null>;
}

let seq = 0;
const text = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The address as Amazon takes it: empty optional fields left out. */
export function addressOf(draft: AddressDraft): McfAddress {
  const entries = Object.entries(draft).map(([k, v]) => [k, v.trim()] as const).filter(([, v]) => v !== '');
  return Object.fromEntries(entries) as McfAddress;
}

export const useMcfDraftStore = create<McfDraftState>((set, get) => {
  const say = (kind: 'ok' | 'error', message: string) => {
    beep(kind);
    set({ feedback: { kind, text: message, seq: ++seq } });
  };
  // Any change makes the last preview stale: fees and dates depend on everything.
  const stale = { preview: null, previewError: null };
  const request = () => {
    const { accountId, address, items } = get();
    return { accountId: accountId ?? '', destination: addressOf(address), items: items.map((i) => ({ code: i.sku, quantity: i.quantity })) };
  };

  return {
    accountId: null,
    address: EMPTY_ADDRESS,
    items: [],
    speed: 'Standard',
    displayableOrderId: '',
    comment: '',
    hold: false,
    feedback: null,
    preview: null,
    previewError: null,
    busy: false,
    reset(accountId) {
      set({ accountId, address: EMPTY_ADDRESS, items: [], speed: 'Standard', displayableOrderId: '', comment: '', hold: false, feedback: null, ...stale, busy: false });
    },
    setAccount(accountId) {
      set({ accountId, items: [], feedback: null, ...stale });
    },
    setAddress(field, value) {
      set((s) => ({ address: { ...s.address, [field]: value }, ...stale }));
    },
    setSpeed(speed) {
      set({ speed });
    },
    setFields(patch) {
      set(patch);
    },
    async addCode(code) {
      const accountId = get().accountId;
      if (!accountId) return;
      try {
        const found = await call('inbound:resolve-item', { accountId, code });
        if (!found.ok) {
          say('error', i18next.t(`mcf.resolve.${found.code}`, { code }));
          return;
        }
        const { msku, title } = found.item;
        const items = get().items;
        const existing = items.find((i) => i.sku === msku);
        const next = existing ? items.map((i) => (i.sku === msku ? { ...i, quantity: i.quantity + 1 } : i)) : [...items, { sku: msku, title, quantity: 1 }];
        set({ items: next, ...stale });
        say('ok', i18next.t('mcf.itemAdded', { sku: msku, quantity: next.find((i) => i.sku === msku)!.quantity }));
      } catch (error) {
        say('error', text(error));
      }
    },
    setQuantity(sku, quantity) {
      set((s) => ({ items: s.items.map((i) => (i.sku === sku ? { ...i, quantity } : i)), ...stale }));
    },
    remove(sku) {
      set((s) => ({ items: s.items.filter((i) => i.sku !== sku), ...stale }));
    },
    async runPreview() {
      set({ busy: true, previewError: null });
      try {
        const preview = await call('mcf:preview', request());
        const fulfillable = preview.previews.find((p) => p.shippingSpeedCategory === get().speed && p.fulfillable) ?? preview.previews.find((p) => p.fulfillable);
        set({ preview, ...(fulfillable ? { speed: fulfillable.shippingSpeedCategory } : {}) });
      } catch (error) {
        set({ previewError: text(error) });
      } finally {
        set({ busy: false });
      }
    },
    async create() {
      const { speed, displayableOrderId, comment, hold } = get();
      set({ busy: true, previewError: null });
      try {
        return await call('mcf:create', {
          ...request(),
          shippingSpeed: speed,
          ...(displayableOrderId.trim() ? { displayableOrderId: displayableOrderId.trim() } : {}),
          ...(comment.trim() ? { comment: comment.trim() } : {}),
          ...(hold ? { hold: true } : {}),
        });
      } catch (error) {
        set({ previewError: text(error) });
        return null;
      } finally {
        set({ busy: false });
      }
    },
  };
});
