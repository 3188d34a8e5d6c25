import { describe, expect, it } from 'vitest';
import { en, zhCN } from './resources';

const NAMESPACES = ['devices.', 'printers.', 'scaleReadout.', 'nav.devices', 'nav.printers'];
/** The screens' sources as text, read by Vite at test time (the renderer has no file system). */
const SOURCES = import.meta.glob<string>(['../components/*.tsx', '../components/*.ts', '../pages/devices/*.tsx', '../pages/devices/*.ts', '../pages/printers/*.tsx', '../pages/printers/*.ts', '!**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

function flatten(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key));
}

/** Plural forms (_one, _other) are one key to the code. */
const base = (key: string) => key.replace(/_(one|other)$/, '');
const ours = (keys: string[]) => keys.filter((k) => NAMESPACES.some((n) => k.startsWith(n))).sort();

function sourceFiles(): string[] {
  const files = Object.values(SOURCES);
  expect(files.length).toBeGreaterThan(10);
  return files;
}

describe('devices and printers strings', () => {
  const enKeys = ours(flatten(en));
  const zhKeys = ours(flatten(zhCN));

  it('exist in both English and Chinese, key for key', () => {
    expect(enKeys.length).toBeGreaterThan(100);
    expect(zhKeys).toEqual(enKeys);
    for (const key of zhKeys) expect(zhCN).not.toHaveProperty(key.split('.'), '');
  });

  it('cover every key the devices and printers screens ask for', () => {
    const known = new Set(enKeys.map(base));
    const prefixes = new Set(enKeys.map((k) => k.slice(0, k.lastIndexOf('.') + 1)));
    const missing: string[] = [];
    for (const text of sourceFiles()) {
      for (const m of text.matchAll(/\bt\('((?:devices|printers|scaleReadout)\.[\w.-]+)'/g)) if (!known.has(m[1]!)) missing.push(m[1]!);
      for (const m of text.matchAll(/\bt\(`((?:devices|printers|scaleReadout)\.[\w.-]+\.)\$\{/g)) if (!prefixes.has(m[1]!)) missing.push(`${m[1]!}*`);
    }
    expect(missing).toEqual([]);
  });
});
