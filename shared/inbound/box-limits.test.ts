import { describe, expect, it } from 'vitest';
import { checkBox, type BoxMeasure } from './box-limits';

const US = 'ATVPDKIKX0DER';
const DE = 'A1PA6795UKMFR9';
const box = (weight: BoxMeasure['weight'], dims: [number, number, number, 'IN' | 'CM'], units = 10): BoxMeasure => ({
  weight,
  dimensions: { length: dims[0], width: dims[1], height: dims[2], unit: dims[3] },
  units,
});
const codes = (r: ReturnType<typeof checkBox>) => ({ errors: r.errors.map((i) => i.code), warnings: r.warnings.map((i) => i.code) });

describe('Amazon box limits', () => {
  it('accepts a US box at exactly 50 lb and 25 in', () => {
    expect(codes(checkBox(box({ value: 50, unit: 'LB' }, [25, 20, 10, 'IN']), US))).toEqual({ errors: [], warnings: [] });
  });

  it('refuses a US box over 50 lb or with a side over 25 in, saying by how much', () => {
    const result = checkBox(box({ value: 50.2, unit: 'LB' }, [25.5, 20, 10, 'IN']), US);
    expect(codes(result).errors).toEqual(['OVERWEIGHT', 'SIDE_TOO_LONG']);
    expect(result.errors[0]!.message).toContain('50.2 lb');
    expect(result.errors[0]!.message).toContain('50 lb');
    expect(result.errors[1]!.message).toContain('25.5 in');
  });

  it('converts kilograms for a US box: 23 kg is 50.7 lb', () => {
    expect(codes(checkBox(box({ value: 23, unit: 'KG' }, [60, 40, 30, 'CM']), US)).errors).toEqual(['OVERWEIGHT']);
    expect(codes(checkBox(box({ value: 22.6, unit: 'KG' }, [63.5, 40, 30, 'CM']), US)).errors).toEqual([]);
  });

  it('lets a single oversize unit exceed the limits, with a team or mechanical lift label', () => {
    expect(codes(checkBox(box({ value: 60, unit: 'LB' }, [40, 20, 10, 'IN'], 1), US))).toEqual({ errors: [], warnings: ['TEAM_LIFT'] });
    expect(codes(checkBox(box({ value: 120, unit: 'LB' }, [40, 20, 10, 'IN'], 1), US)).warnings).toEqual(['MECH_LIFT']);
  });

  it('applies 23 kg and 63.5 cm in Europe, with a heavy-package label over 15 kg', () => {
    expect(codes(checkBox(box({ value: 16, unit: 'KG' }, [63.5, 40, 30, 'CM']), DE))).toEqual({ errors: [], warnings: ['HEAVY_LABEL'] });
    expect(codes(checkBox(box({ value: 23.1, unit: 'KG' }, [64, 40, 30, 'CM']), DE)).errors).toEqual(['OVERWEIGHT', 'SIDE_TOO_LONG']);
    // 25 in is 63.5 cm: allowed in Europe too.
    expect(codes(checkBox(box({ value: 10, unit: 'KG' }, [25, 10, 10, 'IN']), DE)).errors).toEqual([]);
  });

  it('asks for contents, weight and dimensions before anything else', () => {
    expect(codes(checkBox(box({ value: 0, unit: 'KG' }, [0, 10, 10, 'CM'], 0), DE)).errors).toEqual(['EMPTY_BOX', 'NO_WEIGHT', 'NO_DIMENSIONS']);
  });
});
