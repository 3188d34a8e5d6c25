#!/usr/bin/env node
// `npm start` after the build: the Electron window where the Electron runtime is installed or can be fetched now,
// otherwise the same station through the browser host on 127.0.0.1. `--browser` always takes the browser host.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const require = createRequire(import.meta.url);

function electronDir() {
  try {
    return dirname(require.resolve('electron/package.json', { paths: [root] }));
  } catch {
    return null;
  }
}

function installedElectron(dir) {
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** Returns the Electron binary, fetching it once if it is missing; null with the reason when it cannot be had. */
function electronRuntime() {
  const dir = electronDir();
  if (!dir) return { binary: null, reason: 'the electron package is not installed' };
  const found = installedElectron(dir);
  if (found) return { binary: found };
  const fetch = spawnSync(process.execPath, [join(dir, 'install.js')], { encoding: 'utf8', timeout: 180_000 });
  const again = installedElectron(dir);
  if (again) return { binary: again };
  const detail = `${fetch.stderr ?? ''}${fetch.error?.message ?? ''}`.split('\n').find((l) => /Error|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|timed out/i.test(l));
  return { binary: null, reason: `its download failed${detail ? ` (${detail.trim().slice(0, 120)})` : ''}` };
}

function run(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { stdio: 'inherit', env });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (!existsSync(join(root, 'out/main/host.js'))) {
  console.error('Packbench is not built yet: run `npm start` (it builds first) or `npm run build`.');
  process.exit(2);
}

const wantBrowser = args.includes('--browser') || process.env.PACKBENCH_HOST === 'browser';
const runtime = wantBrowser ? { binary: null, reason: 'the browser host was asked for' } : electronRuntime();
if (runtime.binary) {
  const sandboxArgs = process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  run(runtime.binary, [join(root, 'out/main/index.js'), ...sandboxArgs, ...args]);
} else {
  console.log(`Electron runtime not available (${runtime.reason}): serving the station in your browser instead.`);
  run(process.execPath, [join(root, 'out/main/host.js'), ...args.filter((a) => a !== '--browser')]);
}
