import { describe, expect, it } from 'vitest';
import { GS } from './gs1';
import { MAX_SCAN_LENGTH, parseScan } from './parse-scan';

const opts = { referenceYear: 2026 };

describe('parseScan: Amazon identifiers', () => {
  it('FNSKU X00… and ASIN B0…, case-folded', () => {
    expect(parseScan('X001ABCDEF')).toMatchObject({ valid: true, kind: 'fnsku', value: 'X001ABCDEF' });
    expect(parseScan('b07xyz1234')).toMatchObject({ valid: true, kind: 'asin', value: 'B07XYZ1234' });
  });

  it('a book ASIN is its ISBN-10, check character included', () => {
    // 0306406152: 0*10 + 3*9 + 0*8 + 6*7 + 4*6 + 0*5 + 6*4 + 1*3 + 5*2 = 130, 130 mod 11 = 9, 11 - 9 = 2
    expect(parseScan('0306406152')).toMatchObject({ valid: true, kind: 'asin', value: '0306406152' });
    // 080442957X: weighted sum 199, 199 mod 11 = 1, 11 - 1 = 10 -> X
    expect(parseScan('080442957x')).toMatchObject({ valid: true, kind: 'asin', value: '080442957X' });
    // 030640615X would need check 2, not X
    expect(parseScan('030640615X')).toMatchObject({ valid: false, kind: 'asin', error: { code: 'CHECK_DIGIT', expected: '2' } });
    // As DHL, 030640615 mod 7 = 5, not 2: no alternative reading
    expect(parseScan('0306406152').alternatives).toBeUndefined();
  });

  it('FBA box id: shipment id, U, six-digit box number', () => {
    expect(parseScan('FBA15K7T2X3PU000001')).toMatchObject({ valid: true, kind: 'fba-box', shipmentId: 'FBA15K7T2X3P', boxNumber: 1 });
    expect(parseScan('FBA15K7T2X3PU000123\r\n')).toMatchObject({ kind: 'fba-box', boxNumber: 123 });
  });
});

describe('parseScan: retail product codes', () => {
  it('13-digit 0012345678905 is UPC-A 012345678905 (a leading-zero EAN-13 is a UPC-A)', () => {
    expect(parseScan('0012345678905')).toMatchObject({ valid: true, kind: 'upca', value: '012345678905', gtin14: '00012345678905' });
    expect(parseScan('012345678905')).toMatchObject({ valid: true, kind: 'upca', gtin14: '00012345678905' });
  });

  it('EAN-13 4006381333931 is valid; with last digit 2 it is a CHECK_DIGIT error expecting 1', () => {
    expect(parseScan('4006381333931')).toMatchObject({ valid: true, kind: 'ean13' });
    expect(parseScan('4006381333932')).toMatchObject({ valid: false, kind: 'ean13', error: { code: 'CHECK_DIGIT', expected: '1', actual: '2' } });
  });

  it('8 digits: EAN-8 96385074, UPC-E 04252614 with its UPC-A', () => {
    expect(parseScan('96385074')).toMatchObject({ valid: true, kind: 'ean8' });
    expect(parseScan('04252614')).toMatchObject({ valid: true, kind: 'upce', upcA: '042100005264' });
    // Expanded body 04210000526 requires 4
    expect(parseScan('04252615')).toMatchObject({ valid: false, kind: 'upce', error: { code: 'CHECK_DIGIT', expected: '4' } });
  });

  it(']E4 forces EAN-8 even for a leading zero', () => {
    // 0123456: 6*3+5+4*3+3+2*3+1+0 = 45 -> 5
    expect(parseScan(']E401234565')).toMatchObject({ valid: true, kind: 'ean8', symbology: { id: ']E4' } });
  });

  it('GTIN-14 10012345678902', () => {
    expect(parseScan('10012345678902')).toMatchObject({ valid: true, kind: 'gtin14', gtin14: '10012345678902' });
  });

  it('a 12-digit number that is not a UPC-A but a valid FedEx Express number is tracking', () => {
    // As UPC-A 98657878885 sums to 163 -> 7, not 5; as FedEx Express it checks (see tracking tests)
    expect(parseScan('986578788855')).toMatchObject({ valid: true, kind: 'tracking', carrier: 'fedex' });
  });

  it('a 12-digit number valid both ways is UPC-A with FedEx as an alternative', () => {
    // 100000000014 as UPC-A: body 10000000001 weighted 3,1,… from the right = 1*3 + 1*3 = 6 -> check 4.
    // As FedEx Express: weights 3,1,7,… from the left = 1*3 (first) + 1*1 (eleventh) = 4, 4 mod 11 = 4 -> check 4.
    const both = parseScan('100000000014');
    expect(both).toMatchObject({ valid: true, kind: 'upca', alternatives: ['tracking:fedex'] });
    // Read from a Code 128 symbol (]C0) it can only be the FedEx label
    expect(parseScan(']C0100000000014')).toMatchObject({ valid: true, kind: 'tracking', carrier: 'fedex' });
    expect(parseScan('012345678905').alternatives).toBeUndefined();
  });
});

describe('parseScan: GS1 and SSCC', () => {
  it('an SSCC carton label: bare 18 digits, "00"+18 digits, and ]C1 00…', () => {
    expect(parseScan('106141412345678908')).toMatchObject({ valid: true, kind: 'sscc', value: '106141412345678908' });
    expect(parseScan('00106141412345678908')).toMatchObject({ valid: true, kind: 'sscc', value: '106141412345678908' });
    expect(parseScan(']C100106141412345678908')).toMatchObject({ valid: true, kind: 'sscc', symbology: { id: ']C1' } });
    expect(parseScan('106141412345678907')).toMatchObject({ valid: false, kind: 'sscc', error: { code: 'CHECK_DIGIT', expected: '8' } });
    expect(parseScan(']C100106141412345678907')).toMatchObject({ valid: false, kind: 'sscc', error: { code: 'CHECK_DIGIT', ai: '00', expected: '8' } });
  });

  it('a GS1 DataMatrix with GTIN, expiry, batch and serial', () => {
    const result = parseScan(`]d2010001234567890517260531` + `10LOT${GS}21SN1`, opts);
    expect(result).toMatchObject({ valid: true, kind: 'gs1', gtin14: '00012345678905' });
    expect(result.valid && result.kind === 'gs1' && result.elements.map((e) => e.ai)).toEqual(['01', '17', '10', '21']);
  });

  it('GS written into the data makes it GS1 even without an AIM identifier', () => {
    expect(parseScan(`0100012345678905${GS}37${'24'}`, opts)).toMatchObject({ valid: true, kind: 'gs1' });
  });

  it('bracketed text', () => {
    expect(parseScan('(00)106141412345678908', opts)).toMatchObject({ valid: true, kind: 'sscc' });
  });

  it('a GS1 string with a bad date reports GS1_BAD_DATE', () => {
    expect(parseScan(']C10100012345678905171302301', opts)).toMatchObject({ valid: false, kind: 'gs1', error: { code: 'GS1_BAD_DATE' } });
  });

  it('01 + GTIN + more AIs without AIM or GS still parses', () => {
    expect(parseScan('010001234567890510ABC', opts)).toMatchObject({ valid: true, kind: 'gs1', gtin14: '00012345678905' });
  });
});

describe('parseScan: tracking', () => {
  it('UPS, USPS IMpb with routing, Amazon TBA', () => {
    expect(parseScan('1z999aa10123456784')).toMatchObject({ valid: true, kind: 'tracking', carrier: 'ups', value: '1Z999AA10123456784' });
    expect(parseScan(`]C142022153${GS}9101026837331000039521`)).toMatchObject({ valid: true, kind: 'tracking', carrier: 'usps', postalCode: '22153' });
    expect(parseScan('TBA123456789000')).toMatchObject({ valid: true, kind: 'tracking', carrier: 'amazon' });
  });

  it('ten digits that are not an ISBN-10 are a DHL Express waybill', () => {
    // As ISBN-10: 3*10+3*9+1*8+8*7+8*6+1*5+0+0+2*2 = 178, 178 mod 11 = 2 -> check 9, not 5. As DHL: 331881002 mod 7 = 5.
    expect(parseScan('3318810025')).toMatchObject({ valid: true, kind: 'tracking', carrier: 'dhl' });
  });

  it('a damaged UPS number is a CHECK_DIGIT error naming the carrier', () => {
    expect(parseScan('1Z999AA10123456780')).toMatchObject({ valid: false, kind: 'tracking', carrier: 'ups', error: { code: 'CHECK_DIGIT', expected: '4' } });
  });
});

describe('parseScan: bad input', () => {
  it('empty, whitespace and AIM without data', () => {
    expect(parseScan('')).toMatchObject({ valid: false, error: { code: 'EMPTY' } });
    expect(parseScan(' \r\n')).toMatchObject({ valid: false, error: { code: 'EMPTY' } });
    expect(parseScan(']C1')).toMatchObject({ valid: false, error: { code: 'EMPTY' } });
  });

  it('control characters other than GS, unknown AIM and over-long input', () => {
    expect(parseScan('AB\x07C')).toMatchObject({ valid: false, error: { code: 'BAD_CHARACTER', message: expect.stringContaining('0x07 at position 2') } });
    expect(parseScan(']W0123')).toMatchObject({ valid: false, error: { code: 'BAD_AIM' } });
    expect(parseScan('9'.repeat(MAX_SCAN_LENGTH + 1))).toMatchObject({ valid: false, error: { code: 'TOO_LONG' } });
  });

  it('anything else is unknown with UNRECOGNISED', () => {
    expect(parseScan('hello world')).toMatchObject({ valid: false, kind: 'unknown', error: { code: 'UNRECOGNISED' } });
    expect(parseScan('1234567')).toMatchObject({ valid: false, kind: 'unknown', error: { message: expect.stringContaining('7 digits') } });
  });
});
