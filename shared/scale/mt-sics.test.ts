import { describe, expect, it } from 'vitest';
import { parseMtSicsReply } from './mt-sics';

describe('MT-SICS replies', () => {
  it('stable and dynamic weights keep sign and resolution', () => {
    expect(parseMtSicsReply('S S     1.234 kg\r\n')).toEqual({
      ok: true,
      value: { kind: 'reading', command: 'S', reading: { weight: { increments: 1234, exponent: -3, unit: 'kg' }, stable: true, zero: false, condition: 'ok' } },
    });
    expect(parseMtSicsReply('S D    -0.020 kg')).toMatchObject({ ok: true, value: { reading: { weight: { increments: -20, exponent: -3 }, stable: false } } });
    expect(parseMtSicsReply('SI S     12.50 lb')).toMatchObject({ ok: true, value: { command: 'SI', reading: { weight: { unit: 'lb', increments: 1250 } } } });
    expect(parseMtSicsReply('S S      0.000 g')).toMatchObject({ ok: true, value: { reading: { zero: true } } });
  });

  it('busy, overload and underload', () => {
    expect(parseMtSicsReply('S I')).toEqual({ ok: true, value: { kind: 'busy', command: 'S' } });
    expect(parseMtSicsReply('S +')).toMatchObject({ ok: true, value: { reading: { condition: 'over-capacity', weight: null } } });
    expect(parseMtSicsReply('S -')).toMatchObject({ ok: true, value: { reading: { condition: 'under-zero', weight: null } } });
  });

  it('zero and tare outcomes', () => {
    expect(parseMtSicsReply('Z A')).toEqual({ ok: true, value: { kind: 'zero', outcome: 'done', dynamic: false } });
    expect(parseMtSicsReply('ZI D')).toEqual({ ok: true, value: { kind: 'zero', outcome: 'done', dynamic: true } });
    expect(parseMtSicsReply('Z +')).toMatchObject({ ok: true, value: { outcome: 'above-range' } });
    expect(parseMtSicsReply('T S      0.250 kg')).toEqual({ ok: true, value: { kind: 'tare', outcome: 'done', tare: { increments: 250, exponent: -3, unit: 'kg' } } });
    expect(parseMtSicsReply('T I')).toEqual({ ok: true, value: { kind: 'tare', outcome: 'not-executable' } });
  });

  it('scale-side errors are replies, not parse failures', () => {
    expect(parseMtSicsReply('ES')).toMatchObject({ ok: true, value: { kind: 'error', code: 'ES' } });
    expect(parseMtSicsReply('ET\r\n')).toMatchObject({ ok: true, value: { kind: 'error', code: 'ET' } });
    expect(parseMtSicsReply('EL')).toMatchObject({ ok: true, value: { kind: 'error', code: 'EL' } });
  });

  it('malformed lines get specific errors', () => {
    expect(parseMtSicsReply('')).toMatchObject({ ok: false, error: { code: 'EMPTY_FRAME' } });
    expect(parseMtSicsReply('S S 1.2')).toMatchObject({ ok: false, error: { code: 'MTSICS_MALFORMED' } });
    expect(parseMtSicsReply('S S 1.2 t')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_UNIT' } });
    expect(parseMtSicsReply('S S 1..2 kg')).toMatchObject({ ok: false, error: { code: 'BAD_WEIGHT' } });
    expect(parseMtSicsReply('S X')).toMatchObject({ ok: false, error: { code: 'MTSICS_MALFORMED' } });
    expect(parseMtSicsReply('I4 A "B021002593"')).toMatchObject({ ok: false, error: { code: 'MTSICS_UNKNOWN_REPLY' } });
    expect(parseMtSicsReply('S S\x00 1 kg')).toMatchObject({ ok: false, error: { code: 'MTSICS_MALFORMED' } });
  });
});
