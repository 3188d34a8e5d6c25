import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const nativeOrMain = ['electron', 'better-sqlite3', 'got', 'ws', 'serialport', 'node-hid', '@serialport/*'];

/**
 * Layer boundaries (see README, Architecture):
 * - shared/ is pure: no Node, Electron or DOM API, and it imports nothing from the other layers;
 * - renderer/ never imports main/ or preload/, nor Node or Electron;
 * - preload/ imports only shared/ and electron's renderer APIs;
 * - only the Electron shell (main/index.ts, main/electron/) imports electron, so the browser host and CLI run in plain Node.
 */
export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['main/**/*.ts', 'test/**/*.ts', 'scripts/**/*.mjs', 'bin/**/*.mjs', '*.config.{ts,mjs}', 'electron.vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({ name, message: 'shared/ must not use Node APIs' })),
          patterns: [
            { group: nativeOrMain, message: 'shared/ must not use Electron or Node-only packages' },
            { group: ['**/main/**', '**/renderer/**', '**/preload/**', '../main', '../renderer'], message: 'shared/ imports no other layer' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'require', '__dirname', 'Buffer'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({ name, message: 'The renderer has no Node APIs' })),
          patterns: [
            { group: nativeOrMain, message: 'The renderer reaches the station only through window.station' },
            { group: ['**/main/**', '**/preload/**'], message: 'renderer/ never imports main/ or preload/' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'require', '__dirname', 'Buffer'],
    },
  },
  {
    files: ['preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({ name, message: 'Sandboxed preload has no Node APIs' })),
          patterns: [
            { regex: '^(?!electron$|(\\.\\./)+shared/)', message: 'preload/ imports only shared/ and electron' },
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/index.ts', 'main/electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron'], message: 'Only the Electron shell (main/index.ts, main/electron/) imports electron' },
            { group: ['**/renderer/**', '**/preload/**'], message: 'main/ does not import the renderer or preload' },
          ],
        },
      ],
    },
  },
);
