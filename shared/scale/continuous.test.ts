import { describe, expect, it } from 'vitest';
import { compileContinuousFormat, parseContinuousLine, type CompiledContinuousFormat } from './continuous';

function compile(pattern: string, unit?: 'kg' | 'lb'): CompiledContinuousFormat {
  const compiled = compileContinuousFormat(unit ? { pattern, unit } : { pattern });
  if (!compiled.ok) throw new Error(compiled.error.message);
  return compiled.value;
}

describe('continuous-output scale lines', () => {
  const stGs = compile('^(?:(?<stable>ST)|(?<motion>US)),(?:GS|NT),(?<sign>[+-])\\s*(?<weight>[\\d.]+)\\s*(?<unit>kg|lb|g|oz)$');

  it('ST is stable and US is motion; sign applies', () => {
    expect(parseContinuousLine('ST,GS,+  1.234kg\r\n', stGs)).toEqual({ ok: true, value: { weight: { increments: 1234, exponent: -3, unit: 'kg' }, stable: true, zero: false, condition: 'ok' } });
    expect(parseContinuousLine('US,GS,+  1.230kg', stGs)).toMatchObject({ ok: true, value: { stable: false } });
    expect(parseContinuousLine('ST,NT,-  0.010kg', stGs)).toMatchObject({ ok: true, value: { weight: { increments: -10 }, condition: 'under-zero' } });
  });

  it('without stability groups the scale does not say (stable null), and the configured unit applies', () => {
    const plain = compile('^\\s*(?<weight>\\d+\\.\\d+)$', 'lb');
    expect(parseContinuousLine('  12.40', plain)).toMatchObject({ ok: true, value: { stable: null, weight: { increments: 1240, exponent: -2, unit: 'lb' } } });
  });

  it('reports bad patterns once, at configuration', () => {
    expect(compileContinuousFormat({ pattern: '(' })).toMatchObject({ ok: false, error: { code: 'PATTERN_INVALID' } });
    expect(compileContinuousFormat({ pattern: '(?<w>\\d+)' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('weight') } });
    expect(compileContinuousFormat({ pattern: '(?<weight>\\d+)' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('unit') } });
  });

  it('lines that do not match or carry bad values get specific errors', () => {
    expect(parseContinuousLine('', stGs)).toMatchObject({ ok: false, error: { code: 'EMPTY_FRAME' } });
    expect(parseContinuousLine('hello', stGs)).toMatchObject({ ok: false, error: { code: 'PATTERN_NO_MATCH' } });
    expect(parseContinuousLine('ST,GS,+  1.2.3kg', stGs)).toMatchObject({ ok: false, error: { code: 'BAD_WEIGHT' } });
  });
});
