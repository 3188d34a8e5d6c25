import { describe, expect, it } from 'vitest';
import { positiveNumber, weightFieldFrom } from './box-measure';

describe('close-form measures', () => {
  it('reads positive numbers with a decimal point or comma, and refuses the rest', () => {
    expect(positiveNumber('2.5')).toBe(2.5);
    expect(positiveNumber('2,5')).toBe(2.5);
    expect(positiveNumber('0')).toBeNull();
    expect(positiveNumber('-1')).toBeNull();
    expect(positiveNumber('abc')).toBeNull();
  });

  it('puts a scale reading in the form in kilograms or pounds, exact to the scale resolution', () => {
    expect(weightFieldFrom({ increments: 1250, exponent: 0, unit: 'g' })).toEqual({ text: '1.250', unit: 'KG' });
    expect(weightFieldFrom({ increments: 235, exponent: -2, unit: 'lb' })).toEqual({ text: '2.35', unit: 'LB' });
  });
});
