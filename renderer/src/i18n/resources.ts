/// <reference types="vite/client" />
/**
 * The translations, one JSON file per screen area and language (locales/<language>/<area>.json). Each file becomes the
 * top-level key of its name, so `t('inbound.title')` reads locales/en/inbound.json → "title".
 */
export type Tree = { [key: string]: string | Tree };

const files = import.meta.glob('./locales/*/*.json', { import: 'default', eager: true }) as Record<string, Tree>;

function language(code: string): Tree {
  const tree: Tree = {};
  for (const [path, content] of Object.entries(files)) {
    const match = /^\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (match && match[1] === code) tree[match[2]!] = content;
  }
  return tree;
}

export const en: Tree = language('en');
export const zhCN: Tree = language('zh-CN');
