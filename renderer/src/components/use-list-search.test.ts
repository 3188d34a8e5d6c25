import { describe, expect, it } from 'vitest';
import { en, zhCN } from '../i18n/resources';
import { LIST_SEARCH_LOOKS, onlyMatch, searchedFor, type ListScreen } from './use-list-search';

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

describe('LIST_SEARCH_LOOKS', () => {
  /** The strings ListSearch asks for by screen, which the literal-key checks of the locale tests cannot see. */
  const keysOf = (screen: ListScreen) => {
    const look = LIST_SEARCH_LOOKS[screen];
    return ['search', 'searchHint', 'find', 'noMatch', look.none, ...(look.showAll ? ['showAll'] : [])];
  };

  it('names strings every screen has in English and Chinese, with the query in its no-match line', () => {
    for (const screen of Object.keys(LIST_SEARCH_LOOKS) as ListScreen[]) {
      for (const [language, resources] of [['en', en], ['zh-CN', zhCN]] as const) {
        const strings = resources[screen] as Record<string, unknown>;
        for (const key of keysOf(screen)) expect(typeof strings[key], `${language} ${screen}.${key}`).toBe('string');
        expect(strings.noMatch, `${language} ${screen}.noMatch`).toContain('{{query}}');
      }
    }
  });

  it('gives each screen its own field name and empty-line test id', () => {
    const looks = Object.values(LIST_SEARCH_LOOKS);
    expect(new Set(looks.map((l) => l.name)).size).toBe(looks.length);
    expect(new Set(looks.map((l) => l.emptyTestId)).size).toBe(looks.length);
  });
});
