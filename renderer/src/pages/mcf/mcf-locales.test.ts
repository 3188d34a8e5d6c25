import { describe, expect, it } from 'vitest';
import { en, zhCN } from '../../i18n/resources';
import { McfSpeed, McfStep } from '../../../../shared/ipc/mcf';

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  return Object.assign({}, ...Object.entries(value as object).map(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key)));
}

const enMcf = flatten(en.mcf, 'mcf');
const zhMcf = flatten(zhCN.mcf, 'mcf');
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
/** Plural forms (_one, _other) are one key to the code. */
const keys = new Set(Object.keys(enMcf).map((k) => k.replace(/_(one|other)$/, '')));

/** The MCF screens' and stores' own source text, read by the bundler (the renderer has no file system). */
const sources = Object.values(
  import.meta.glob(['./*.{ts,tsx}', '!./*.test.ts', '../../stores/mcf-*.ts'], { query: '?raw', import: 'default', eager: true }),
) as string[];

describe('Multi-Channel Fulfillment strings', () => {
  it('exist in English and Chinese key for key, none empty, with the same placeholders', () => {
    expect(Object.keys(enMcf).length).toBeGreaterThan(70);
    expect(Object.keys(zhMcf).sort()).toEqual(Object.keys(enMcf).sort());
    for (const [key, text] of Object.entries(zhMcf)) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(enMcf[key]!));
    }
    expect(en.nav.mcf).toBe('MCF orders');
    expect(zhCN.nav.mcf).toBe('多渠道订单');
  });

  it('cover every literal key the MCF screens use', () => {
    const used = new Set(sources.flatMap((s) => [...s.matchAll(/\bt\(\s*'(mcf\.[\w.]+)'/g)].map((m) => m[1]!)));
    expect(used.size).toBeGreaterThan(50);
    for (const key of used) expect(keys.has(key), key).toBe(true);
  });

  it('name every status and shipping speed', () => {
    for (const step of McfStep.options) expect(keys.has(`mcf.steps.${step}`), step).toBe(true);
    for (const speed of McfSpeed.options) expect(keys.has(`mcf.speeds.${speed}`), speed).toBe(true);
    for (const code of ['UNKNOWN_ITEM', 'CHECK_DIGIT', 'NOT_AN_ITEM']) expect(keys.has(`mcf.resolve.${code}`), code).toBe(true);
  });
});
