/**
 * Test support: a pair of linked pseudo-terminals from socat, one end for the driver under test and one for the
 * protocol peer playing the device. socat is installed on demand (root only) when missing.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function ensureSocat(): void {
  try {
    execFileSync('which', ['socat'], { stdio: 'ignore' });
    return;
  } catch {
    if (process.getuid?.() !== 0) throw new Error('socat is not installed and the tests are not running as root to install it');
  }
  execFileSync('apt-get', ['install', '-y', 'socat'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

export interface PtyPair {
  /** The driver's end. */
  device: string;
  /** The peer's end. */
  peer: string;
  /** Ends socat: both ends disappear, as when a USB adapter is pulled. */
  kill(): Promise<void>;
  /** Starts socat again on the same paths, as when the adapter is plugged back in. */
  restart(): Promise<void>;
}

async function waitFor(check: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function createPtyPair(name: string): Promise<PtyPair> {
  ensureSocat();
  const dir = mkdtempSync(join(tmpdir(), `packbench-${name}-`));
  const device = join(dir, 'device');
  const peer = join(dir, 'peer');
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn('socat', [`pty,raw,echo=0,link=${device}`, `pty,raw,echo=0,link=${peer}`], { stdio: 'ignore' });
    await waitFor(() => existsSync(device) && existsSync(peer), `socat links in ${dir}`);
  };
  const kill = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill('SIGTERM');
    await exited;
    await waitFor(() => !existsSync(device) && !existsSync(peer), 'socat links to go away');
  };
  await start();
  return { device, peer, kill, restart: start };
}
