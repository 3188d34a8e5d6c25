import { describe, expect, it } from 'vitest';
import { convertWeight, formatDecimal, formatWeight, parseDecimal, parseUnit, resolutionExponent, sameWeight } from './weight';

describe('weights in increments', () => {
  it('parses decimals keeping the printed resolution', () => {
    expect(parseDecimal('  1.234', 'kg')).toEqual({ increments: 1234, exponent: -3, unit: 'kg' });
    expect(parseDecimal('-0012.30', 'lb')).toEqual({ increments: -1230, exponent: -2, unit: 'lb' });
    expect(parseDecimal('+7', 'g')).toEqual({ increments: 7, exponent: 0, unit: 'g' });
    expect(parseDecimal('1.2.3', 'g')).toBeUndefined();
    expect(parseDecimal('', 'g')).toBeUndefined();
  });

  it('formats exactly, including small and negative values', () => {
    expect(formatDecimal({ increments: 52, exponent: -1 })).toBe('5.2');
    expect(formatDecimal({ increments: -5, exponent: -3 })).toBe('-0.005');
    expect(formatDecimal({ increments: 12, exponent: 2 })).toBe('1200');
    expect(formatWeight({ increments: 1000, exponent: -2, unit: 'lb' })).toBe('10.00 lb');
  });

  it('reads units as scales print them', () => {
    expect(parseUnit('LB')).toBe('lb');
    expect(parseUnit('lbs')).toBe('lb');
    expect(parseUnit(' kg ')).toBe('kg');
    expect(parseUnit('t')).toBeUndefined();
  });

  it('compares across exponents', () => {
    expect(sameWeight({ increments: 120, exponent: -2, unit: 'kg' }, { increments: 12, exponent: -1, unit: 'kg' })).toBe(true);
    expect(sameWeight({ increments: 12, exponent: -1, unit: 'kg' }, { increments: 12, exponent: -1, unit: 'lb' })).toBe(false);
  });
});

describe('unit conversion at the scale resolution', () => {
  it('picks the largest power of ten not coarser than one source step', () => {
    // 0.001 kg = 0.0022 lb -> 0.001 lb steps; 0.1 oz = 2.83 g -> 1 g; 1 g = 0.001 kg exactly -> 0.001 kg
    expect(resolutionExponent('kg', -3, 'lb')).toBe(-3);
    expect(resolutionExponent('oz', -1, 'g')).toBe(0);
    expect(resolutionExponent('g', 0, 'kg')).toBe(-3);
    // 1 oz = 0.0625 lb -> 0.01 lb
    expect(resolutionExponent('oz', 0, 'lb')).toBe(-2);
  });

  it('1.00 lb is 0.45359237 kg by definition, 0.454 kg at 0.001 kg', () => {
    expect(convertWeight({ increments: 100, exponent: -2, unit: 'lb' }, 'kg')).toEqual({ increments: 454, exponent: -3, unit: 'kg' });
  });

  it('16 oz is exactly 1 lb', () => {
    expect(convertWeight({ increments: 16, exponent: 0, unit: 'oz' }, 'lb')).toEqual({ increments: 100, exponent: -2, unit: 'lb' });
  });

  it('Dymo 5.2 oz is 147 g (5.2 × 28.349523125 = 147.417…)', () => {
    expect(convertWeight({ increments: 52, exponent: -1, unit: 'oz' }, 'g')).toEqual({ increments: 147, exponent: 0, unit: 'g' });
  });

  it('rounds half away from zero, negative weights too', () => {
    // 0.5 g -> kg at exponent 0: half rounds away from zero to 1... use 500 g at kg exponent 0 -> 0.5 kg -> 1
    expect(convertWeight({ increments: 500, exponent: 0, unit: 'g' }, 'kg', 0).increments).toBe(1);
    expect(convertWeight({ increments: -500, exponent: 0, unit: 'g' }, 'kg', 0).increments).toBe(-1);
    expect(convertWeight({ increments: 499, exponent: 0, unit: 'g' }, 'kg', 0).increments).toBe(0);
  });

  it('2.5 kg to lb: 2.5 / 0.45359237 = 5.51155… -> 5.512 lb at 0.001', () => {
    expect(convertWeight({ increments: 2500, exponent: -3, unit: 'kg' }, 'lb')).toEqual({ increments: 5512, exponent: -3, unit: 'lb' });
  });
});
