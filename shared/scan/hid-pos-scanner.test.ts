import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HidScanAssembler, parseHidScannerReport } from './hid-pos-scanner';
import { parseScan } from './parse-scan';

/** A 64-byte scanned data report: id 2, length, AIM bytes, data, zero padding, continuation flag in byte 63. */
function report(data: string, aim: string, more = false): number[] {
  const bytes = new Array<number>(64).fill(0);
  bytes[0] = 2;
  bytes[1] = data.length;
  [...aim.padEnd(3, '\0')].forEach((c, i) => (bytes[2 + i] = c.charCodeAt(0)));
  [...data].forEach((c, i) => (bytes[5 + i] = c.charCodeAt(0)));
  bytes[63] = more ? 1 : 0;
  return bytes;
}

describe('HID POS scanner reports', () => {
  it('one report: AIM identifier and data', () => {
    expect(parseHidScannerReport(report('X001ABCDEF', ']C0'))).toEqual({ ok: true, packet: { symbology: ']C0', data: 'X001ABCDEF', more: false } });
    expect(parseHidScannerReport(report('4006381333931', ''))).toMatchObject({ ok: true, packet: { symbology: '' } });
  });

  it('a GS1 DataMatrix longer than one report arrives in two and is joined, GS bytes intact', () => {
    // 16 (01+GTIN) + 8 (17+date) + 12 (10+lot) + 1 (GS) + 21 (21+serial) + 1 (GS) + 4 (30+count) = 63 > 56 bytes
    const full = '0100012345678905' + '17271231' + '10LOT-2027-A' + '\x1d' + '21SERIAL0000000012345' + '\x1d' + '3012';
    expect(full.length).toBe(63);
    const first = full.slice(0, 56);
    const second = full.slice(56);
    const assembler = new HidScanAssembler();
    expect(assembler.push(report(first, ']d2', true))).toEqual({ type: 'partial' });
    const done = assembler.push(report(second, ']d2'));
    expect(done).toEqual({ type: 'scan', raw: `]d2${full}` });
    if (done.type === 'scan') expect(parseScan(done.raw, { referenceYear: 2026 })).toMatchObject({ valid: true, kind: 'gs1', gtin14: '00012345678905' });
  });

  it('short reports without padding (some firmware) carry no continuation flag', () => {
    expect(parseHidScannerReport([2, 3, 0x5d, 0x45, 0x30, 0x31, 0x32, 0x33])).toEqual({ ok: true, packet: { symbology: ']E0', data: '123', more: false } });
  });

  it('specific errors for other reports and impossible lengths', () => {
    expect(parseHidScannerReport([4, 0, 0, 0, 0])).toMatchObject({ ok: false, code: 'HID_REPORT_ID' });
    expect(parseHidScannerReport([2, 9, 0, 0, 0, 65])).toMatchObject({ ok: false, code: 'HID_BAD_LENGTH' });
    expect(parseHidScannerReport([2, 0])).toMatchObject({ ok: false, code: 'HID_SHORT_REPORT' });
    const bad = report('A', '');
    bad[10] = 999;
    expect(parseHidScannerReport(bad)).toMatchObject({ ok: false, code: 'HID_BYTE' });
  });

  it('fuzz: random reports parse or give a specific error, never throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 70 }), fc.tuple(fc.constant(2), fc.integer({ min: 0, max: 80 }), fc.uint8Array({ minLength: 3, maxLength: 70 })).map(([id, len, rest]) => [id, len, ...rest])), (bytes) => {
        const parsed = parseHidScannerReport(bytes);
        if (!parsed.ok) expect(parsed.message.length).toBeGreaterThan(0);
        else expect(parsed.packet.data.length).toBe(bytes[1]);
      }),
      { numRuns: 20_000 },
    );
  });
});
