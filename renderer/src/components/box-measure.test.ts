import { describe, expect, it } from 'vitest';
import { positiveNumber, readMeasures, sizeFieldsFrom, weightFieldFrom } from './box-measure';

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

  it('fills the size fields from a last size or a template, and leaves them empty without one', () => {
    expect(sizeFieldsFrom({ length: 40, width: 30.5, height: 20 })).toEqual(['40', '30.5', '20']);
    expect(sizeFieldsFrom([12, 10, 8])).toEqual(['12', '10', '8']);
    expect(sizeFieldsFrom(null)).toEqual(['', '', '']);
    expect(sizeFieldsFrom(undefined)).toEqual(['', '', '']);
  });

  it('reads complete fields as measures in the chosen units, decimal commas included', () => {
    expect(readMeasures('2,5', 'KG', ['40', '30', '20,5'], 'CM')).toEqual({
      measures: { weight: { value: 2.5, unit: 'KG' }, dimensions: { length: 40, width: 30, height: 20.5, unit: 'CM' } },
    });
  });

  it('names the weight as missing before the size, and the size when any side is not a positive number', () => {
    expect(readMeasures('', 'LB', ['', '', ''], 'IN')).toEqual({ missing: 'weight' });
    expect(readMeasures('0', 'LB', ['12', '10', '8'], 'IN')).toEqual({ missing: 'weight' });
    expect(readMeasures('3', 'LB', ['12', '', '8'], 'IN')).toEqual({ missing: 'size' });
    expect(readMeasures('3', 'LB', ['12', '10', '-8'], 'IN')).toEqual({ missing: 'size' });
  });
});
