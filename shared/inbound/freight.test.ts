import { describe, expect, it } from 'vitest';
import { freightIssues, palletCount, type FreightInput } from './freight';

const NOW = Date.parse('2026-11-30T09:00:00Z');
const good: FreightInput = {
  pallets: [{ quantity: 2, length: 48, width: 40, height: 50, dimensionUnit: 'IN', weight: 310, weightUnit: 'LB', stackability: 'STACKABLE' }],
  freightClass: 'FC_125',
  declaredValue: { amount: 1800, code: 'USD' },
  readyToShip: '2026-12-01T08:00:00.000Z',
};
const codes = (input: FreightInput) => freightIssues(input, 'USD', NOW).map((i) => i.code);

describe('freight details for an LTL quote', () => {
  it('accepts a complete shipment', () => {
    expect(freightIssues(good, 'USD', NOW)).toEqual([]);
    expect(palletCount([...good.pallets, { quantity: 3 }])).toBe(5);
  });

  it('names the pallet line that is wrong, and why', () => {
    const issues = freightIssues({ ...good, pallets: [good.pallets[0]!, { ...good.pallets[0]!, quantity: 0, height: 0, weight: -1 }] }, 'USD', NOW);
    expect(issues.map((i) => [i.code, i.pallet])).toEqual([
      ['PALLET_QUANTITY', 1],
      ['PALLET_SIZE', 1],
      ['PALLET_WEIGHT', 1],
    ]);
    expect(issues[0]!.message).toMatch(/^Pallet line 2:/);
  });

  it("holds pallets to Amazon's height and weight limits in either unit", () => {
    // 183 cm is 72.05 in: over the 72 in limit; 182 cm is not.
    expect(codes({ ...good, pallets: [{ ...good.pallets[0]!, height: 183, dimensionUnit: 'CM' }] })).toEqual(['PALLET_TOO_TALL']);
    expect(codes({ ...good, pallets: [{ ...good.pallets[0]!, height: 182, dimensionUnit: 'CM' }] })).toEqual([]);
    expect(codes({ ...good, pallets: [{ ...good.pallets[0]!, height: 72 }] })).toEqual([]);
    // 681 kg is 1,501 lb.
    expect(codes({ ...good, pallets: [{ ...good.pallets[0]!, weight: 681, weightUnit: 'KG' }] })).toEqual(['PALLET_TOO_HEAVY']);
    expect(codes({ ...good, pallets: [{ ...good.pallets[0]!, weight: 1500 }] })).toEqual([]);
  });

  it('refuses no pallets, too many pallets, an unknown class, a missing value, another currency and a bad or past date', () => {
    expect(codes({ ...good, pallets: [] })).toEqual(['NO_PALLETS']);
    expect(codes({ ...good, pallets: [{ ...good.pallets[0]!, quantity: 101 }] })).toEqual(['TOO_MANY_PALLETS']);
    expect(codes({ ...good, freightClass: 'FC_123' })).toEqual(['FREIGHT_CLASS']);
    expect(codes({ ...good, declaredValue: { amount: 0, code: 'USD' } })).toEqual(['DECLARED_VALUE']);
    expect(codes({ ...good, declaredValue: { amount: 10, code: 'EUR' } })).toEqual(['CURRENCY']);
    expect(codes({ ...good, readyToShip: '1 Dec' })).toEqual(['READY_TO_SHIP']);
    expect(codes({ ...good, readyToShip: '2026-11-29T08:00:00.000Z' })).toEqual(['READY_TO_SHIP_PAST']);
  });
});
