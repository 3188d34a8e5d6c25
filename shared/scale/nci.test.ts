import { describe, expect, it } from 'vitest';
import { parseNciReply, parseNciStatus } from './nci';

const ETX = '\x03';

describe('NCI / SCP-01 replies', () => {
  it('a stable weight: status "00" has no flags', () => {
    expect(parseNciReply(`\n  1.25lb\r\n00\r${ETX}`)).toMatchObject({
      ok: true,
      value: { kind: 'reading', reading: { weight: { increments: 125, exponent: -2, unit: 'lb' }, stable: true, zero: false, condition: 'ok' } },
    });
  });

  it('status byte 1 = "1" (0x31) is motion, "2" (0x32) is at zero', () => {
    expect(parseNciReply(`\n 10.340kg\r\n10\r${ETX}`)).toMatchObject({ ok: true, value: { reading: { stable: false, weight: { unit: 'kg', increments: 10340 } } } });
    expect(parseNciReply(`\n  0.00lb\r\n20\r${ETX}`)).toMatchObject({ ok: true, value: { reading: { zero: true, stable: true } } });
  });

  it('over and under capacity from status byte 2, with ^ or _ in the weight field', () => {
    // byte 2 = 0x32: bit 1 over capacity
    expect(parseNciReply(`\n^^^^^^lb\r\n02\r${ETX}`)).toMatchObject({ ok: true, value: { reading: { condition: 'over-capacity', weight: null } } });
    // byte 2 = 0x31: bit 0 under capacity
    expect(parseNciReply(`\n______lb\r\n01\r${ETX}`)).toMatchObject({ ok: true, value: { reading: { condition: 'under-zero', weight: null } } });
    // byte 2 = 0x38: faulty calibration
    expect(parseNciReply(`\n  1.00lb\r\n08\r${ETX}`)).toMatchObject({ ok: true, value: { reading: { condition: 'needs-calibration' } } });
  });

  it('status-only replies (to S and Z) and "?"', () => {
    expect(parseNciReply(`\nS20\r${ETX}`)).toMatchObject({ ok: true, value: { kind: 'status', status: { atZero: true, motion: false }, condition: 'ok' } });
    expect(parseNciReply(`\nS004\r${ETX}`)).toMatchObject({ ok: true, value: { kind: 'status', status: { netWeight: true } } });
    expect(parseNciReply(`\n?\r${ETX}`)).toEqual({ ok: true, value: { kind: 'unrecognised' } });
  });

  it('status bytes outside 0x30-0x3F or of the wrong count are NCI_STATUS', () => {
    expect(parseNciStatus('0')).toMatchObject({ ok: false, error: { code: 'NCI_STATUS' } });
    expect(parseNciStatus('0A')).toMatchObject({ ok: false, error: { code: 'NCI_STATUS', message: expect.stringContaining('0x41') } });
    expect(parseNciStatus('4;')).toMatchObject({ ok: true, value: { ramError: true, underCapacity: true, overCapacity: true, faultyCalibration: true } });
  });

  it('malformed replies get specific errors', () => {
    expect(parseNciReply(ETX)).toMatchObject({ ok: false, error: { code: 'EMPTY_FRAME' } });
    expect(parseNciReply(`\nX\r${ETX}`)).toMatchObject({ ok: false, error: { code: 'NCI_MALFORMED' } });
    expect(parseNciReply(`\n 1.25\r\n00\r${ETX}`)).toMatchObject({ ok: false, error: { code: 'NCI_MALFORMED' } });
    expect(parseNciReply(`\n 1.25st\r\n00\r${ETX}`)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_UNIT' } });
    expect(parseNciReply(`\n 1.2.5lb\r\n00\r${ETX}`)).toMatchObject({ ok: false, error: { code: 'BAD_WEIGHT' } });
    expect(parseNciReply(`\n1lb\r\n00\r\n00\r${ETX}`)).toMatchObject({ ok: false, error: { code: 'NCI_MALFORMED' } });
  });
});
