import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { median, percentile, round, type BenchResult } from './bench-result';

const root = resolve(__dirname, '../..');
const SAMPLES = 200;
const WARM_UP = 10;
/** The virtual scale reports a new weight as stable after this long; 0 measures the pipeline alone. */
const SETTLE_MS = 0;

/**
 * Runs in the page (as a string: the bench goes through a transpiler that would rename helpers inside a function).
 * Sets the virtual weight through the station API and resolves with the milliseconds until the readout shows that
 * weight as stable in the DOM, and until the next animation frame after that (when it can be painted).
 */
const MEASURE = `async (text) => {
  const readout = document.querySelector('[data-testid="scale-readout"]');
  const digits = readout.querySelector('.digits');
  const shows = () => readout.getAttribute('data-state') === 'stable' && digits.textContent === text;
  const started = performance.now();
  const shown = new Promise((resolve, reject) => {
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error('the readout did not show ' + text + ' as stable within 5 s')); }, 5000);
    const observer = new MutationObserver(() => {
      if (!shows()) return;
      const dom = performance.now();
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => resolve({ dom: dom - started, frame: performance.now() - started }));
    });
    observer.observe(readout, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const reply = await window.station.invoke('devices:virtual-weight', { text, unit: 'lb' });
  if (!reply.ok) throw new Error(reply.error.message);
  return shown;
}`;

async function startHost(dataDir: string, keyDir: string) {
  const child = spawn(process.execPath, [join(root, 'out/main/host.js'), '--data-dir', dataDir, '--no-open'], {
    env: { ...process.env, PACKBENCH_KEY_DIR: keyDir, PACKBENCH_NO_OPEN: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`host did not print its URL: ${out}`)), 20_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Open (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1]!);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`host exited with ${code}: ${out}`)));
  });
  return { child, url };
}

/** Weight-to-screen latency of the scale readout in the e2e harness: browser host, WebSocket, React, Chromium. */
export async function run(): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'packbench-bench-scale-'));
  const { child, url } = await startHost(join(dir, 'data'), join(dir, 'keys'));
  const browser = await chromium.launch({
    executablePath: process.env.PACKBENCH_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const dom: number[] = [];
  const frame: number[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(url);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.keyboard.press('F5');
    await page.getByTestId('scale-readout').waitFor();
    const reply = (await page.evaluate(`window.station.invoke('devices:set-scale', { settings: { kind: 'virtual', settleMs: ${SETTLE_MS}, intervalMs: 200 } })`)) as { ok: boolean };
    if (!reply.ok) throw new Error(`devices:set-scale was refused: ${JSON.stringify(reply)}`);
    await page.getByTestId('scale-status').and(page.locator('[data-state="connected"]')).waitFor();
    await page.getByTestId('scale-readout').getByRole('button', { name: 'lb', exact: true }).click();
    for (let i = 0; i < WARM_UP + SAMPLES; i++) {
      // Every sample a different weight, so the reading before it can never satisfy the wait.
      const text = (1 + (i % 2 === 0 ? i : 1000 + i) / 100).toFixed(2);
      const took = (await page.evaluate(`(${MEASURE})(${JSON.stringify(text)})`)) as { dom: number; frame: number };
      if (i >= WARM_UP) {
        dom.push(took.dom);
        frame.push(took.frame);
      }
    }
  } finally {
    await browser.close();
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    name: 'Scale weight-to-screen latency (virtual scale, browser host)',
    figures: {
      samples: SAMPLES,
      'to DOM, median (ms)': round(median(dom)),
      'to DOM, p95 (ms)': round(percentile(dom, 95)),
      'to DOM, max (ms)': round(Math.max(...dom)),
      'to next frame, median (ms)': round(median(frame)),
      'to next frame, p95 (ms)': round(percentile(frame, 95)),
      'to next frame, max (ms)': round(Math.max(...frame)),
    },
    notes: [
      `From window.station.invoke('devices:virtual-weight') in the page to the readout showing that weight as stable (MutationObserver), and to the next animation frame; virtual scale settleMs ${SETTLE_MS}; ${WARM_UP} warm-up samples dropped; headless Chromium on this machine, shared CPU.`,
    ],
  };
}
