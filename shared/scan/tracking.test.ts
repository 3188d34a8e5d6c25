import { describe, expect, it } from 'vitest';
import { GS } from './gs1';
import { dhlCheckDigit, fedexExpressCheckDigit, matchTracking, upsCheckDigit } from './tracking';

describe('carrier check digits', () => {
  it('UPS 1Z999AA10123456784: A maps to 2, doubled odd positions, sum 96, check 4', () => {
    // 9 + 9*2 + 9 + 2*2 + 2 + 1*2 + 0 + 1*2 + 2 + 3*2 + 4 + 5*2 + 6 + 7*2 + 8 = 96 -> (10 - 6) % 10 = 4
    expect(upsCheckDigit('999AA1012345678')).toBe(4);
  });

  it('FedEx Express 986578788855: weights 3,1,7 give 269, 269 mod 11 = 5', () => {
    // 27+8+42+15+7+56+21+8+56+24+5 = 269
    expect(fedexExpressCheckDigit('98657878885')).toBe(5);
  });

  it('DHL Express 3318810025: 331881002 mod 7 = 5', () => {
    // 7 * 47411571 = 331880997, remainder 5
    expect(dhlCheckDigit('331881002')).toBe(5);
  });
});

describe('matchTracking', () => {
  it('recognises a UPS number and reports a damaged one with the expected digit', () => {
    expect(matchTracking('1Z999AA10123456784')).toMatchObject({ ok: true, match: { carrier: 'ups' } });
    expect(matchTracking('1Z999AA10123456785')).toMatchObject({ ok: false, carrier: 'ups', error: { code: 'CHECK_DIGIT', expected: '4', actual: '5' } });
  });

  it('FedEx Ground 15-digit 041441760228964 uses the GS1 mod-10 (sum 116, check 4)', () => {
    expect(matchTracking('041441760228964')).toMatchObject({ ok: true, match: { carrier: 'fedex', service: 'FedEx Ground' } });
    expect(matchTracking('041441760228965')).toMatchObject({ ok: false, error: { expected: '4' } });
  });

  it('FedEx Ground 96 22-digit: the check covers the last 15 digits (sum 138, check 2)', () => {
    // 98765431234567 weighted 3,1 from the right: 21+6+15+4+9+2+3+3+12+5+18+7+24+9 = 138
    expect(matchTracking('9611020987654312345672')).toMatchObject({ ok: true, match: { carrier: 'fedex', service: 'FedEx Ground 96' } });
  });

  it('USPS 20 and 22 digits use the GS1 mod-10', () => {
    // 0307179000052348374 weighted from the right sums to 109 -> 1
    expect(matchTracking('03071790000523483741')).toMatchObject({ ok: true, match: { carrier: 'usps' } });
    // 940011120108080548301 sums to 94 -> 6
    expect(matchTracking('9400111201080805483016')).toMatchObject({ ok: true, match: { carrier: 'usps' } });
    expect(matchTracking('9400111201080805483017')).toMatchObject({ ok: false, carrier: 'usps', error: { code: 'CHECK_DIGIT', expected: '6' } });
  });

  it('USPS IMpb with a 420 + ZIP routing prefix, with and without the GS', () => {
    // 910102683733100003952 sums to 129 -> 1
    const tracking = '9101026837331000039521';
    expect(matchTracking(`42022153${GS}${tracking}`)).toMatchObject({ ok: true, match: { carrier: 'usps', trackingNumber: tracking, postalCode: '22153' } });
    expect(matchTracking(`42022153${tracking}`)).toMatchObject({ ok: true, match: { postalCode: '22153', trackingNumber: tracking } });
    expect(matchTracking(`420221531234${tracking}`)).toMatchObject({ ok: true, match: { postalCode: '221531234' } });
    expect(matchTracking(`4202215${GS}${tracking}`)).toBeUndefined();
  });

  it('Amazon TBA, DHL JJD and 10-digit DHL Express', () => {
    expect(matchTracking('TBA123456789000')).toMatchObject({ ok: true, match: { carrier: 'amazon' } });
    expect(matchTracking('JJD000390007882424281')).toMatchObject({ ok: true, match: { carrier: 'dhl' } });
    expect(matchTracking('3318810025')).toMatchObject({ ok: true, match: { carrier: 'dhl', service: 'DHL Express' } });
    expect(matchTracking('3318810026')).toMatchObject({ ok: false, carrier: 'dhl', error: { expected: '5' } });
  });

  it('leaves other shapes alone', () => {
    expect(matchTracking('ABC')).toBeUndefined();
    expect(matchTracking('1234567')).toBeUndefined();
    expect(matchTracking('1122334455667788990011')).toBeUndefined();
  });
});
