import { describe, expect, it } from 'vitest';
import { columnLetter, parseItemRows, parseItemSheet } from './import-items';

describe('parseItemSheet', () => {
  it('reads a plain SKU,qty sheet with and without a header row', () => {
    expect(parseItemSheet('KIT-WHISK-0001,12\nX00ABCDEFG,3\n').lines).toEqual([
      { row: 1, code: 'KIT-WHISK-0001', quantity: 12 },
      { row: 2, code: 'X00ABCDEFG', quantity: 3 },
    ]);
    const withHeader = parseItemSheet('item,count\r\nKIT-WHISK-0001,12\r\n');
    expect(withHeader.lines).toEqual([{ row: 2, code: 'KIT-WHISK-0001', quantity: 12 }]);
    expect(withHeader.errors).toEqual([]);
  });

  it("reads Seller Central's pack list layout: defaults above the header, owners and US-style expiration dates", () => {
    const sheet = [
      'Default prep owner,Seller',
      'Default labeling owner,Amazon',
      '',
      'Merchant SKU,Quantity,Prep owner,Labeling owner,Manufacturer lot number,Expiration date (MM/DD/YYYY)',
      'SUP-VITAMIND3-0005,24,,,L1,6/30/2027',
      'KIT-WHISK-0001,6,Amazon,Seller,,',
    ].join('\n');
    const { lines, errors } = parseItemSheet(sheet);
    expect(errors).toEqual([]);
    expect(lines).toEqual([
      { row: 5, code: 'SUP-VITAMIND3-0005', quantity: 24, prepOwner: 'SELLER', labelOwner: 'AMAZON', expiration: '2027-06-30' },
      { row: 6, code: 'KIT-WHISK-0001', quantity: 6, prepOwner: 'AMAZON', labelOwner: 'SELLER' },
    ]);
  });

  it('reports each bad row by its row number and keeps the good ones', () => {
    const { lines, errors } = parseItemSheet('SKU\tQty\nA-1\t2\nA-2\tmany\nA-3\t0\n\t4\nA-5\t10001\n');
    expect(lines.map((l) => l.code)).toEqual(['A-1']);
    expect(errors.map((e) => `${e.row}${e.column}`)).toEqual(['3B', '4B', '5A', '6B']);
    expect(errors[0]!.message).toContain('A-2: quantity "many"');
    expect(errors[2]!.message).toBe('no SKU');
  });

  it('refuses an expiration that is not a date', () => {
    const { lines, errors } = parseItemSheet('Merchant SKU,Quantity,Expiration date\nA-1,2,next June\n');
    expect(lines).toEqual([]);
    expect(errors).toEqual([{ row: 2, column: 'C', message: 'A-1: expiration "next June" is not a date (YYYY-MM-DD or MM/DD/YYYY)' }]);
  });
});

describe('parseItemRows', () => {
  it('reads rows from a spreadsheet, blank rows kept, so the rows and columns named are the ones in the sheet', () => {
    const { lines, errors } = parseItemRows([['Default prep owner', 'Amazon'], [], ['Merchant SKU', 'Quantity'], ['A-1', '3'], [], ['A-2', '#DIV/0!']]);
    expect(lines).toEqual([{ row: 4, code: 'A-1', quantity: 3, prepOwner: 'AMAZON' }]);
    expect(errors).toEqual([{ row: 6, column: 'B', message: 'A-2: quantity "#DIV/0!" is not a whole number from 1 to 10000' }]);
  });

  it('names columns the way spreadsheets do', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});
