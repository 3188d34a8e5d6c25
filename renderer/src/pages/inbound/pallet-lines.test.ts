import { describe, expect, it } from 'vitest';
import { freightIssues } from '../../../../shared/inbound/freight';
import { draftOf, freightInputOf, newLine, readyToShipOf } from './pallet-lines';

describe('pallet lines as typed at the station', () => {
  it('reads a typed draft into freight details, decimal commas included', () => {
    const draft = { ...draftOf(undefined, false, new Date(2026, 10, 30, 15, 0)), freightClass: 'FC_125', declaredValue: '1800,50' };
    draft.lines = [{ ...newLine(false), quantity: '2', height: '50', weight: '310,5' }];
    const input = freightInputOf(draft, 'USD');
    expect(input.pallets).toEqual([{ quantity: 2, length: 48, width: 40, height: 50, dimensionUnit: 'IN', weight: 310.5, weightUnit: 'LB', stackability: 'STACKABLE' }]);
    expect(input.declaredValue).toEqual({ amount: 1800.5, code: 'USD' });
    // Tomorrow at 08:00 local time.
    expect(new Date(input.readyToShip).getTime()).toBe(new Date(2026, 11, 1, 8, 0).getTime());
    expect(freightIssues(input, 'USD', new Date(2026, 10, 30, 15, 0).getTime())).toEqual([]);
  });

  it('leaves empty fields as issues, not as zeros that pass', () => {
    const input = freightInputOf(draftOf(undefined, true, new Date(2026, 10, 30)), 'EUR');
    expect(input.pallets[0]).toMatchObject({ length: 120, width: 100, dimensionUnit: 'CM', weightUnit: 'KG' });
    expect(freightIssues(input, 'EUR', new Date(2026, 10, 30).getTime()).map((i) => i.code)).toEqual(['PALLET_SIZE', 'PALLET_WEIGHT', 'FREIGHT_CLASS', 'DECLARED_VALUE']);
  });

  it('refuses dates and times that do not exist', () => {
    expect(readyToShipOf('2026-02-31', '08:00')).toBe('');
    expect(readyToShipOf('2026-12-01', '24:10')).toBe('');
    expect(readyToShipOf('1.12.2026', '08:00')).toBe('');
    expect(readyToShipOf('2026-12-01', '7:30')).not.toBe('');
  });

  it('shows saved details again as they were entered', () => {
    const saved = {
      shipmentId: 'sh1',
      pallets: [{ quantity: 3, length: 48, width: 40, height: 60, dimensionUnit: 'IN' as const, weight: 500, weightUnit: 'LB' as const, stackability: 'NON_STACKABLE' as const }],
      freightClass: 'FC_70' as const,
      declaredValue: { amount: 2500, code: 'USD' },
      readyToShip: new Date(2026, 11, 2, 9, 30).toISOString(),
    };
    const draft = draftOf(saved, false, new Date());
    expect(draft).toMatchObject({ freightClass: 'FC_70', declaredValue: '2500', readyDate: '2026-12-02', readyTime: '09:30' });
    expect(draft.lines[0]).toMatchObject({ quantity: '3', height: '60', weight: '500', stackable: false });
  });
});
