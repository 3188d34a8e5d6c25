import { describe, expect, it } from 'vitest';
import { en, zhCN } from '../../i18n/resources';
import { DfScanOutcome, DfStep } from '../../../../shared/ipc/vendor-df';

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  return Object.assign({}, ...Object.entries(value as object).map(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key)));
}

const enDf = flatten(en.df, 'df');
const zhDf = flatten(zhCN.df, 'df');
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
/** Plural forms (_one, _other) are one key to the code. */
const keys = new Set(Object.keys(enDf).map((k) => k.replace(/_(one|other)$/, '')));

/** The DF screens' and stores' own source text, read by the bundler (the renderer has no file system). */
const sources = Object.values(
  import.meta.glob(['./*.{ts,tsx}', '!./*.test.ts', '../../stores/df-*.ts', '../../stores/vendor-df-store.ts'], { query: '?raw', import: 'default', eager: true }),
) as string[];

describe('Direct Fulfillment strings', () => {
  it('exist in English and Chinese key for key, none empty, with the same placeholders', () => {
    expect(Object.keys(enDf).length).toBeGreaterThan(80);
    expect(Object.keys(zhDf).sort()).toEqual(Object.keys(enDf).sort());
    for (const [key, text] of Object.entries(zhDf)) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(enDf[key]!));
    }
    expect(en.nav.vendorDf).toBe('Direct Fulfillment');
    expect(zhCN.nav.vendorDf).toBe('直发订单');
  });

  it('cover every literal key the DF screens use', () => {
    const used = new Set(sources.flatMap((s) => [...s.matchAll(/\bt\(\s*'(df\.[\w.]+)'/g)].map((m) => m[1]!)));
    expect(used.size).toBeGreaterThan(60);
    for (const key of used) expect(keys.has(key), key).toBe(true);
  });

  it('name every step and every refusal the station can send', () => {
    for (const step of DfStep.options) expect(keys.has(`df.steps.${step}`), step).toBe(true);
    const refusal = DfScanOutcome.options.find((o) => o.shape.ok.value === false)!;
    for (const code of refusal.shape.code.options) expect(keys.has(`df.refused.${code}`), code).toBe(true);
  });
});
