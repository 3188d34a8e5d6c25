import { describe, expect, it } from 'vitest';
import { carrierName, formatMoney, incentives, netCost, quote } from './raw-views';

describe('raw option views', () => {
  it('lists fees and discounts and nets them: discounts subtract', () => {
    const list = incentives({
      fees: [{ type: 'FEE', target: 'Placement Services', description: 'per unit', value: { amount: 12.6, code: 'USD' } }],
      discounts: [{ type: 'DISCOUNT', target: 'Split', description: '', value: { amount: 2.1, code: 'USD' } }],
    });
    expect(list.map((i) => i.target)).toEqual(['Placement Services', 'Split']);
    expect(netCost(list)).toEqual({ amount: 10.5, code: 'USD' });
    expect(formatMoney(netCost(list), 'en')).toBe('$10.50');
  });

  it('reads what Amazon left out as absent instead of failing', () => {
    expect(incentives({ fees: [null, 'x', { type: 'FEE' }] })).toEqual([{ type: 'FEE', target: '', description: '', value: null }]);
    expect(netCost([])).toBeNull();
    expect(quote({})).toEqual({ cost: null, expiration: null, voidableUntil: null });
    expect(carrierName({ carrier: { alphaCode: 'UPSN' } })).toBe('UPSN');
    expect(formatMoney(null, 'en')).toBe('—');
  });
});
