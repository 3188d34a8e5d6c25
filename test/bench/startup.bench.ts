import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { median, round, type BenchResult } from './bench-result';

const root = resolve(__dirname, '../..');
const RUNS = 5;

/**
 * From `npm run start:built` (the start command without the build step) to the station's first contentful paint
 * in an already running Chromium, and to the shell showing the station's data.
 */
export async function run(): Promise<BenchResult> {
  const browser = await chromium.launch({
    executablePath: process.env.PACKBENCH_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const toPaint: number[] = [];
  const toReady: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const dir = mkdtempSync(join(tmpdir(), 'packbench-bench-start-'));
      const started = Date.now();
      const child = spawn('npm', ['run', '--silent', 'start:built', '--', '--no-open', '--data-dir', join(dir, 'data')], {
        cwd: root,
        env: { ...process.env, PACKBENCH_KEY_DIR: join(dir, 'keys'), PACKBENCH_NO_OPEN: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      try {
        const url = await new Promise<string>((resolveUrl, reject) => {
          let out = '';
          child.stdout.on('data', (c: Buffer) => {
            out += c.toString();
            const m = /Open (http:\/\/\S+)/.exec(out);
            if (m) resolveUrl(m[1]!);
          });
          child.once('exit', (code) => reject(new Error(`start exited with ${code}: ${out}`)));
        });
        const page = await browser.newPage();
        await page.goto(url);
        await page.getByRole('heading', { level: 1, name: 'Station' }).waitFor();
        const readyAt = Date.now();
        // A string, not a function: the bench runs through a transpiler that would rename helpers inside it.
        const paintAt = (await page.evaluate(`(async () => {
          const find = () => performance.getEntriesByName('first-contentful-paint')[0];
          for (let tries = 0; !find() && tries < 50; tries++) await new Promise((r) => setTimeout(r, 20));
          return performance.timeOrigin + (find() ? find().startTime : NaN);
        })()`)) as number;
        toPaint.push(paintAt - started);
        toReady.push(readyAt - started);
        await page.close();
      } finally {
        if (child.pid) process.kill(-child.pid, 'SIGTERM');
        await new Promise((r) => child.once('exit', r));
        rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
  return {
    name: 'Start-up: npm run start:built to first paint in the browser host',
    figures: {
      runs: RUNS,
      'first contentful paint, median (ms)': round(median(toPaint)),
      'first contentful paint, min (ms)': round(Math.min(...toPaint)),
      'first contentful paint, max (ms)': round(Math.max(...toPaint)),
      'station shell with data, median (ms)': round(median(toReady)),
    },
    notes: ['Each run: fresh data folder; Chromium already running; includes the Electron-runtime check that start.mjs makes first.'],
  };
}
