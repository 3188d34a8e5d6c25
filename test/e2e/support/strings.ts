import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The station's translations as the e2e tests read them: locales/<language>/<area>.json, each area under its file name,
 * typed after the English files so a renamed key fails type-checking.
 */
type Areas = {
  app: typeof import('../../../renderer/src/i18n/locales/en/app.json');
  nav: typeof import('../../../renderer/src/i18n/locales/en/nav.json');
  common: typeof import('../../../renderer/src/i18n/locales/en/common.json');
  sync: typeof import('../../../renderer/src/i18n/locales/en/sync.json');
  inbound: typeof import('../../../renderer/src/i18n/locales/en/inbound.json');
  df: typeof import('../../../renderer/src/i18n/locales/en/df.json');
  dfStatus: typeof import('../../../renderer/src/i18n/locales/en/dfStatus.json');
  mcf: typeof import('../../../renderer/src/i18n/locales/en/mcf.json');
  retail: typeof import('../../../renderer/src/i18n/locales/en/retail.json');
  devices: typeof import('../../../renderer/src/i18n/locales/en/devices.json');
  printers: typeof import('../../../renderer/src/i18n/locales/en/printers.json');
  inboundExport: typeof import('../../../renderer/src/i18n/locales/en/inboundExport.json');
  placeFirst: typeof import('../../../renderer/src/i18n/locales/en/placeFirst.json');
  inboundAfter: typeof import('../../../renderer/src/i18n/locales/en/inboundAfter.json');
  conflicts: typeof import('../../../renderer/src/i18n/locales/en/conflicts.json');
  settings: typeof import('../../../renderer/src/i18n/locales/en/settings.json');
};
export type Strings = Areas & Record<string, unknown>;

const LOCALES = resolve(__dirname, '../../../renderer/src/i18n/locales');

function load(language: string): Strings {
  const dir = join(LOCALES, language);
  const tree: Record<string, unknown> = {};
  for (const file of readdirSync(dir)) if (file.endsWith('.json')) tree[file.slice(0, -5)] = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  return tree as Strings;
}

export const en: Strings = load('en');
export const zhCN: Strings = load('zh-CN');
export const STRINGS: Record<'en' | 'zh-CN', Strings> = { en, 'zh-CN': zhCN };
