#!/usr/bin/env node
// `npm test`: test tools, typecheck, lint, build, unit and integration tests (vitest), end-to-end tests (Playwright),
// then one closing line with the counts of every test that ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Not test-results/: Playwright empties that folder when it starts.
const results = join(root, '.test-reports');
mkdirSync(results, { recursive: true });

function step(title, command, args, options = {}) {
  console.log(`\n### ${title}`);
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...options.env } });
  if (run.status !== 0) {
    console.error(`\n${title} failed (exit ${run.status ?? run.signal}).`);
    if (!options.keepGoing) process.exit(run.status ?? 1);
    return false;
  }
  return true;
}

step('Test tools (Chromium, socat, CUPS)', 'bash', ['scripts/ensure-test-tools.sh']);
step('Typecheck', 'npx', ['tsc', '-p', 'tsconfig.node.json', '--noEmit']);
step('Typecheck (renderer)', 'npx', ['tsc', '-p', 'tsconfig.web.json', '--noEmit']);
step('Lint', 'npx', ['eslint', '--max-warnings', '0', '.']);
const models = process.env.SPAPI_MODELS_DIR ?? resolve(root, '../shared/spapi-models');
if (existsSync(models)) step('SP-API operation index matches the models', 'node', ['scripts/generate-operations.mjs', '--check']);
else console.log(`\n### SP-API operation index NOT checked: no models at ${models} (set SPAPI_MODELS_DIR)`);
step('Build', 'npx', ['electron-vite', 'build', '--logLevel', 'warn']);

const vitestJson = join(results, 'vitest.json');
const unitOk = step('Unit and integration tests (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`], { keepGoing: true });
const e2eJson = join(results, 'playwright.json');
const e2eOk = step('End-to-end tests (Playwright)', 'npx', ['playwright', 'test', '--reporter=list,json'], {
  keepGoing: true,
  env: { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson },
});

function counts() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (existsSync(vitestJson)) {
    const v = JSON.parse(readFileSync(vitestJson, 'utf8'));
    passed += v.numPassedTests ?? 0;
    // A file that fails to load has no failed test in it, but counts as a failure.
    failed += Math.max(v.numFailedTests ?? 0, v.numFailedTestSuites ?? 0);
    skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  }
  if (existsSync(e2eJson)) {
    const p = JSON.parse(readFileSync(e2eJson, 'utf8'));
    passed += p.stats?.expected ?? 0;
    failed += (p.stats?.unexpected ?? 0) + (p.stats?.flaky ?? 0);
    skipped += p.stats?.skipped ?? 0;
  }
  return { passed, failed, skipped };
}

const { passed, failed, skipped } = counts();
console.log(`\nTests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(unitOk && e2eOk && failed === 0 ? 0 : 1);
