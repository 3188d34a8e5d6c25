import { describe, expect, it } from 'vitest';
import type { DfOrderDetail, DfPackage } from '../../../../shared/ipc/vendor-df';
import { phaseOf, unitsLeft } from './df-phase';

const pkg = (status: DfPackage['status']): DfPackage => ({
  id: `p-${status}`,
  number: 1,
  status,
  weight: null,
  dimensions: null,
  trackingNumber: null,
  labelFormat: null,
  lines: [{ itemSequenceNumber: '1', quantity: 2 }],
});

function order(patch: Partial<DfOrderDetail>): DfOrderDetail {
  return {
    id: 'o',
    accountId: 'a',
    purchaseOrderNumber: 'PO1',
    orderDate: '2026-11-01T00:00:00Z',
    requiredShipDate: null,
    shipFromParty: 'W',
    shipMethod: 'UPS_GR_RES',
    step: 'new',
    units: 3,
    packedUnits: 0,
    trackingNumbers: [],
    sync: { pending: 0, failed: 0, lastError: null },
    packingSlipRequired: false,
    shipTo: null,
    lines: [
      { itemSequenceNumber: '1', buyerProductIdentifier: 'B1', vendorProductIdentifier: 'S1', title: 'One', ordered: 2, packed: 2 },
      { itemSequenceNumber: '2', buyerProductIdentifier: 'B2', vendorProductIdentifier: 'S2', title: 'Two', ordered: 1, packed: 0 },
    ],
    packages: [],
    ...patch,
  };
}

const owed = { pending: 1, failed: 0, lastError: null };

describe('phaseOf', () => {
  it('follows the station step for new, acknowledged, shipped and cancelled orders', () => {
    expect(phaseOf(order({ step: 'new' }))).toBe('acknowledge');
    expect(phaseOf(order({ step: 'new', sync: owed }))).toBe('acknowledge');
    expect(phaseOf(order({ step: 'acknowledged', sync: owed }))).toBe('pack');
    expect(phaseOf(order({ step: 'shipped' }))).toBe('shipped');
    expect(phaseOf(order({ step: 'cancelled' }))).toBe('cancelled');
  });

  it('waits for labels only once everything is packed, every package is closed and the request is still owed', () => {
    const packedLines = order({}).lines.map((l) => ({ ...l, packed: l.ordered }));
    expect(phaseOf(order({ step: 'packing', lines: packedLines, packages: [pkg('closed')], sync: owed }))).toBe('awaiting-labels');
    expect(phaseOf(order({ step: 'packing', lines: packedLines, packages: [pkg('closed')] }))).toBe('pack');
    expect(phaseOf(order({ step: 'packing', lines: packedLines, packages: [pkg('closed'), pkg('open')], sync: owed }))).toBe('pack');
    expect(phaseOf(order({ step: 'packing', packages: [pkg('closed')], sync: owed }))).toBe('pack');
  });

  it('a labelled order waits for Amazon while its confirmation is owed', () => {
    expect(phaseOf(order({ step: 'labelled' }))).toBe('labels');
    expect(phaseOf(order({ step: 'labelled', sync: owed }))).toBe('awaiting-confirmation');
  });

  it('counts units left, never below zero per line', () => {
    expect(unitsLeft(order({}))).toBe(1);
    expect(unitsLeft(order({ lines: [{ itemSequenceNumber: '1', buyerProductIdentifier: null, vendorProductIdentifier: 'S', title: '', ordered: 1, packed: 3 }] }))).toBe(0);
  });
});
