import { describe, expect, it } from 'vitest';
import { onlyMatch, searchedFor } from './use-list-search';

describe('onlyMatch', () => {
  const one = [{ id: 'p1' }];
  it('opens the one item a search found', () => {
    expect(onlyMatch('FBA15X', one)).toBe(one[0]);
    expect(onlyMatch('  FBA15X ', one)).toBe(one[0]);
  });

  it('opens nothing when the search found none or several', () => {
    expect(onlyMatch('FBA15X', [])).toBeUndefined();
    expect(onlyMatch('FBA15X', [{ id: 'p1' }, { id: 'p2' }])).toBeUndefined();
  });

  it('opens nothing for an empty search, even when the whole list is one item', () => {
    expect(onlyMatch('', one)).toBeUndefined();
    expect(onlyMatch('   ', one)).toBeUndefined();
  });
});

describe('searchedFor', () => {
  it('names the trimmed search, and nothing for a blank one', () => {
    expect(searchedFor(' PO-7 ')).toBe('PO-7');
    expect(searchedFor('  ')).toBeNull();
    expect(searchedFor('')).toBeNull();
  });
});
