import { expect } from 'vitest';
import type { CatalogueItem } from '../catalogue';
import type { ManualClock } from '../clock';
import type { PracticeCaller } from './practice-caller';

export const INBOUND = 'fulfillmentInbound_2024-03-20';
export const op = (name: string) => `${INBOUND}.${name}`;

export const SOURCE_ADDRESS = {
  name: 'Dock Lead',
  companyName: 'Packbench Practice Warehouse',
  addressLine1: '1200 Industrial Pkwy',
  city: 'Reno',
  stateOrProvinceCode: 'NV',
  postalCode: '89502',
  countryCode: 'US',
  phoneNumber: '7755550100',
};

export interface OperationStatusBody {
  operationStatus: 'IN_PROGRESS' | 'SUCCESS' | 'FAILED';
  operationProblems: { code: string; message: string; severity: string }[];
}

/** Asserts the operation is IN_PROGRESS, moves the clock past the simulator's delay and returns the final status. */
export async function completeOperation(caller: PracticeCaller, clock: ManualClock, delayMs: number, operationId: string): Promise<OperationStatusBody> {
  const pending = await caller.call<OperationStatusBody>(op('getInboundOperationStatus'), { path: { operationId } });
  expect(pending.status).toBe(200);
  if (delayMs > 0) {
    expect(pending.body.operationStatus).toBe('IN_PROGRESS');
    clock.advance(delayMs);
  }
  const done = await caller.call<OperationStatusBody>(op('getInboundOperationStatus'), { path: { operationId } });
  expect(done.status).toBe(200);
  return done.body;
}

export function itemInputOf(entry: CatalogueItem, quantity: number) {
  return {
    msku: entry.msku,
    quantity,
    labelOwner: 'SELLER',
    prepOwner: 'SELLER',
    ...(entry.requiresExpiration ? { expiration: '2027-06-30' } : {}),
  };
}

/** One box per MSKU (listed items carry no prepOwner, so SELLER is assumed) holding all its units (oversize units one per box), within the US limits. */
export function boxesFor(items: { msku: string; quantity: number; labelOwner: string; prepOwner?: string; expiration?: string }[], catalogue: readonly CatalogueItem[]) {
  return items.map((item) => {
    const entry = catalogue.find((c) => c.msku === item.msku) as CatalogueItem;
    const perBox = entry.oversize ? 1 : item.quantity;
    const line = { msku: item.msku, quantity: perBox, labelOwner: item.labelOwner, prepOwner: item.prepOwner ?? 'SELLER', ...(item.expiration ? { expiration: item.expiration } : {}) };
    const side = entry.oversize ? Math.ceil(entry.dimensionsIn.length) + 2 : 18;
    return {
      contentInformationSource: 'BOX_CONTENT_PROVIDED',
      items: [line],
      quantity: item.quantity / perBox,
      weight: { unit: 'LB', value: Number((entry.weightLb * perBox + 1).toFixed(2)) },
      dimensions: { length: side, width: 14, height: 12, unitOfMeasurement: 'IN' },
    };
  });
}

/** A mix of catalogue items: standard ones plus one dangerous-goods and one oversize item when available. */
export function pickItems(catalogue: readonly CatalogueItem[], standardCount: number, withSpecials: boolean): CatalogueItem[] {
  const standard = catalogue.filter((c) => !c.hazmat && !c.oversize && c.weightLb < 2).slice(0, standardCount);
  if (!withSpecials) return standard;
  const hazmat = catalogue.find((c) => c.hazmat && c.weightLb < 2);
  const oversize = catalogue.find((c) => c.oversize);
  return [...standard, ...(hazmat ? [hazmat] : []), ...(oversize ? [oversize] : [])];
}
