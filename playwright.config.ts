import { defineConfig, type Project } from '@playwright/test';
import { electronBinary } from './test/e2e/support/electron-runtime';

const chromiumPath = process.env.PACKBENCH_CHROMIUM ?? '/usr/bin/chromium';

const browserUse: Project['use'] = {
  browserName: 'chromium',
  viewport: { width: 1366, height: 768 },
  launchOptions: {
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
};

const projects: Project[] = [
  {
    name: 'browser-host',
    testDir: './test/e2e',
    testIgnore: ['electron/**', 'keyboard/**'],
    use: browserUse,
  },
  {
    // Keyboard-wedge detection tells a scanner from a person by the time between keys. These tests run after the
    // others and one at a time, so no other test's browser and station compete for the CPU between two keystrokes.
    name: 'browser-host-keyboard',
    testDir: './test/e2e/keyboard',
    dependencies: ['browser-host'],
    workers: 1,
    use: browserUse,
  },
];

if (electronBinary()) {
  projects.push({ name: 'electron', testDir: './test/e2e/electron' });
} else if (!process.env.PACKBENCH_ELECTRON_NOTICE) {
  // Said once, by the runner: workers inherit the variable.
  process.env.PACKBENCH_ELECTRON_NOTICE = '1';
  console.log('NOTE: the Electron runtime is not installed on this machine, so the "electron" Playwright project was NOT run; only the browser-host projects ran.');
}

export default defineConfig({
  testDir: './test/e2e',
  fullyParallel: false,
  // Each test runs its own host (and practice marketplace) on a fresh data folder, so two run side by side: most of an
  // e2e test's time is the practice marketplace's simulated processing, not CPU.
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects,
});
