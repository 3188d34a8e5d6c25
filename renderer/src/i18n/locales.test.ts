import { describe, expect, it } from 'vitest';
import { en, zhCN, type Tree } from './resources';



function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)));
}

/** A key used in code exists when it or its plural forms do. */
function has(all: Set<string>, key: string): boolean {
  return all.has(key) || all.has(`${key}_other`);
}

// Every screen's source, as text: the keys it asks for literally must be in both languages.
const sources = import.meta.glob('../**/*.{ts,tsx}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

describe('translations', () => {
  it('English and Chinese have the same keys', () => {
    const a = keys(en as Tree).sort();
    const b = keys(zhCN as Tree).sort();
    expect(b.filter((k) => !a.includes(k))).toEqual([]);
    expect(a.filter((k) => !b.includes(k))).toEqual([]);
  });

  it('every literal key the screens ask for is translated in both languages', () => {
    const enKeys = new Set(keys(en as Tree));
    const zhKeys = new Set(keys(zhCN as Tree));
    const used = new Set<string>();
    for (const [file, text] of Object.entries(sources)) {
      if (file.endsWith('.test.ts') || file.endsWith('.test.tsx')) continue;
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((k) => !has(enKeys, k))).toEqual([]);
    expect([...used].filter((k) => !has(zhKeys, k))).toEqual([]);
  });
});
