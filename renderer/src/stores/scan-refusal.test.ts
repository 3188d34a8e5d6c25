import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScanOutcome } from '../../../shared/ipc/inbound';
import { memoryStorage } from '../test-fixtures/storage';

type Refusal = Extract<ScanOutcome, { ok: false }>;

async function refusals(language: 'en' | 'zh-CN') {
  vi.stubGlobal('window', { localStorage: memoryStorage() });
  vi.stubGlobal('navigator', { language: 'en-US' });
  const { default: i18next } = await import('../i18n/i18n');
  await i18next.changeLanguage(language);
  const { refusalText } = await import('./scan-refusal');
  return refusalText;
}

const overpack: Refusal = {
  ok: false,
  code: 'OVERPACK',
  msku: 'MUG-1',
  facts: { planned: 4, packed: 3, quantity: 2 },
  message: 'MUG-1: 4 planned, 3 packed already; adding 2 would pack 1 more than planned. Confirm to pack them anyway.',
};

beforeEach(() => vi.resetModules());
afterEach(() => vi.unstubAllGlobals());

describe('refused scans in the packer’s language', () => {
  it('says in English exactly what the station says, from the code and the facts', async () => {
    const text = await refusals('en');
    expect(text(overpack, 'X00MUG0001')).toBe(overpack.message);
    expect(text({ ok: false, code: 'BOX_CLOSED', facts: { box: 7 }, message: 'Box 7 is closed: open a new box or reopen it.' }, 'X00MUG0001')).toBe('Box 7 is closed: open a new box or reopen it.');
    expect(text({ ok: false, code: 'NOT_IN_GROUP', msku: 'JAR-2', facts: { belongsTo: 'shipment' }, message: '' }, 'X00JAR0002')).toBe('JAR-2 goes to another shipment: pack it in a box of that shipment.');
  });

  it('says it in Chinese with the same numbers, and names the scanned code when the station found no product', async () => {
    const text = await refusals('zh-CN');
    expect(text(overpack, 'X00MUG0001')).toBe('MUG-1：计划 4 件，已装 3 件；再加 2 件将超出计划 1 件。确认后仍可装入。');
    expect(text({ ok: false, code: 'UNKNOWN_ITEM', message: 'No product with code X00NOPE in this account’s catalogue.' }, 'X00NOPE')).toBe('未知编码 X00NOPE。');
    expect(text({ ok: false, code: 'NOT_IN_GROUP', msku: 'JAR-2', facts: { belongsTo: 'group' }, message: '' }, 'X00JAR0002')).toBe('JAR-2 属于另一个包装组：请装入该组的箱子。');
  });

  it('keeps the station’s own words when a refusal lacks the facts its message needs', async () => {
    const text = await refusals('zh-CN');
    expect(text({ ok: false, code: 'BOX_CLOSED', message: 'Box 3 is closed: open a new box or reopen it.' }, 'X00MUG0001')).toBe('Box 3 is closed: open a new box or reopen it.');
  });
});
