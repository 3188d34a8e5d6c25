import { create } from 'zustand';
import type { RetailShipmentDetail } from '../../../shared/ipc/retail';
import { call } from '../ipc/station';
import { beep } from '../scan/beep';
import i18next from '../i18n/i18n';
import { useRetailStore } from './retail-store';

/** Where the next scan goes: an item into the open carton, or a carton's SSCC label onto the open pallet. */
export type RetailScanTarget = 'carton' | 'pallet';

export interface RetailFeedback {
  kind: 'ok' | 'error';
  text: string;
  code?: string;
  seq: number;
}

interface RetailPackingState {
  shipmentId: string | null;
  target: RetailScanTarget;
  nextQuantity: number;
  feedback: RetailFeedback | null;
  focusTick: number;
  begin(shipmentId: string): void;
  setTarget(target: RetailScanTarget): void;
  setNextQuantity(quantity: number): void;
  scan(code: string): Promise<void>;
  open(kind: RetailScanTarget): Promise<void>;
  close(containerId: string, input: { weight?: { value: number; unit: 'LB' | 'KG' }; dimensions?: { length: number; width: number; height: number; unit: 'IN' | 'CM' }; trackingNumber?: string }, kind: RetailScanTarget): Promise<string | null>;
}

let seq = 0;
let scans: Promise<void> = Promise.resolve();
const text = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const useRetailPackingStore = create<RetailPackingState>((set, get) => {
  const retail = () => useRetailStore.getState();
  const say = (kind: 'ok' | 'error', message: string, code?: string) => {
    beep(kind);
    set((s) => ({ feedback: { kind, text: message, ...(code ? { code } : {}), seq: ++seq }, focusTick: s.focusTick + 1 }));
  };
  const refocus = () => set((s) => ({ focusTick: s.focusTick + 1 }));
  const openOf = (shipment: RetailShipmentDetail, kind: RetailScanTarget) => shipment.containers.find((c) => c.kind === kind && c.status === 'open');

  const scanNow = async (code: string) => {
    const shipment = retail().shipment;
    if (!shipment || shipment.id !== get().shipmentId) return;
    try {
      if (get().target === 'pallet') {
        const pallet = openOf(shipment, 'pallet') ?? (await call('retail:open-pallet', { shipmentId: shipment.id }));
        const placed = await call('retail:place-carton', { palletId: pallet.id, carton: code });
        if (placed.ok) say('ok', i18next.t('retail.placed', { pallet: placed.pallet.number, count: placed.pallet.cartonIds.length }));
        else say('error', i18next.t(`retail.placeRefused.${placed.code}`, { code }), placed.code);
      } else {
        // A scan with no open carton opens one: the packer's hands stay on the product.
        const carton = openOf(shipment, 'carton') ?? (await call('retail:open-carton', { shipmentId: shipment.id }));
        const quantity = get().nextQuantity;
        const outcome = await call('retail:scan', { cartonId: carton.id, code, ...(quantity > 1 ? { quantity } : {}) });
        set({ nextQuantity: 1 });
        if (outcome.ok) {
          const line = shipment.lines.find((l) => l.itemSequenceNumber === outcome.itemSequenceNumber);
          say('ok', i18next.t('retail.scanOk', { quantity, sku: line?.vendorSku ?? code, po: outcome.purchaseOrderNumber, packed: outcome.packed, expected: outcome.expected }));
        } else say('error', i18next.t(`retail.refused.${outcome.code}`, { code }), outcome.code);
      }
    } catch (error) {
      say('error', text(error));
    }
    await retail().loadShipment();
    refocus();
  };

  return {
    shipmentId: null,
    target: 'carton',
    nextQuantity: 1,
    feedback: null,
    focusTick: 0,
    begin(shipmentId) {
      if (get().shipmentId !== shipmentId) set({ shipmentId, target: 'carton', nextQuantity: 1, feedback: null });
    },
    setTarget(target) {
      set((s) => ({ target, focusTick: s.focusTick + 1 }));
    },
    setNextQuantity(quantity) {
      set({ nextQuantity: quantity });
    },
    scan(code) {
      scans = scans.then(() => scanNow(code));
      return scans;
    },
    async open(kind) {
      const shipment = retail().shipment;
      if (!shipment) return;
      try {
        await call(kind === 'carton' ? 'retail:open-carton' : 'retail:open-pallet', { shipmentId: shipment.id });
        set({ target: kind });
      } catch (error) {
        say('error', text(error));
      }
      await retail().loadShipment();
      set((s) => ({ focusTick: s.focusTick + 1 }));
    },
    async close(containerId, input, kind) {
      try {
        const closed =
          kind === 'carton'
            ? await call('retail:close-carton', { containerId, ...input })
            : await call('retail:close-pallet', { containerId, ...(input.weight ? { weight: input.weight } : {}), ...(input.dimensions ? { dimensions: input.dimensions } : {}) });
        say('ok', i18next.t(kind === 'carton' ? 'retail.cartonClosed' : 'retail.palletClosed', { n: closed.number }));
        await retail().loadShipment();
        // The close form is gone with the closed container; focus goes back to the scan field for the next scan.
        refocus();
        return null;
      } catch (error) {
        beep('error');
        return text(error);
      }
    },
  };
});
