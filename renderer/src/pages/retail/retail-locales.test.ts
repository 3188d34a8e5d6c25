import { describe, expect, it } from 'vitest';
import { en, zhCN } from '../../i18n/resources';
import { PlaceCartonOutcome, RetailScanOutcome, RetailStep, ShipmentType } from '../../../../shared/ipc/retail';

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  return Object.assign({}, ...Object.entries(value as object).map(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key)));
}

const enRetail = flatten(en.retail, 'retail');
const zhRetail = flatten(zhCN.retail, 'retail');
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
/** Plural forms (_one, _other) are one key to the code. */
const keys = new Set(Object.keys(enRetail).map((k) => k.replace(/_(one|other)$/, '')));

/** The retail screens' and stores' own source text, read by the bundler (the renderer has no file system). */
const sources = Object.values(
  import.meta.glob(['./*.{ts,tsx}', '!./*.test.ts', '../../stores/retail-*.ts'], { query: '?raw', import: 'default', eager: true }),
) as string[];

describe('Retail ASN strings', () => {
  it('exist in English and Chinese key for key, none empty, with the same placeholders', () => {
    expect(Object.keys(enRetail).length).toBeGreaterThan(70);
    expect(Object.keys(zhRetail).sort()).toEqual(Object.keys(enRetail).sort());
    for (const [key, text] of Object.entries(zhRetail)) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(enRetail[key]!));
    }
    expect(en.nav.retail).toBe('Retail ASNs');
    expect(zhCN.nav.retail).toBe('零售预发货');
  });

  it('cover every literal key the retail screens use', () => {
    const used = new Set(sources.flatMap((s) => [...s.matchAll(/\bt\(\s*'(retail\.[\w.]+)'/g)].map((m) => m[1]!)));
    expect(used.size).toBeGreaterThan(50);
    for (const key of used) expect(keys.has(key), key).toBe(true);
  });

  it('name every step, shipment type and refusal the station can send', () => {
    for (const step of RetailStep.options) expect(keys.has(`retail.steps.${step}`), step).toBe(true);
    for (const type of ShipmentType.options) expect(keys.has(`retail.types.${type}`), type).toBe(true);
    const refused = (union: typeof RetailScanOutcome | typeof PlaceCartonOutcome) => union.options.find((o) => o.shape.ok.value === false)!.shape.code.options;
    for (const code of refused(RetailScanOutcome)) expect(keys.has(`retail.refused.${code}`), code).toBe(true);
    for (const code of refused(PlaceCartonOutcome)) expect(keys.has(`retail.placeRefused.${code}`), code).toBe(true);
  });
});
