import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function schedulerRunning(): boolean {
  const result = spawnSync('lpstat', ['-r'], { encoding: 'utf8' });
  return result.status === 0 && /scheduler is running/.test(result.stdout);
}

/**
 * Makes sure a CUPS scheduler is up for the print tests, starting cupsd when
 * it is installed but not running (containers have no init to start it).
 * Fails with the fix spelled out when CUPS is not installed at all.
 */
export async function ensureCupsd(): Promise<void> {
  if (schedulerRunning()) return;
  const cupsd = ['/usr/sbin/cupsd', '/usr/local/sbin/cupsd'].find((path) => existsSync(path));
  if (!cupsd || spawnSync('which', ['lp']).status !== 0) {
    throw new Error('CUPS is not installed: run `apt-get install -y cups cups-client cups-bsd` (the CUPS print tests need a real scheduler)');
  }
  // cupsd daemonises itself and keeps running for later test files.
  execFileSync(cupsd, [], { stdio: 'ignore' });
  for (let i = 0; i < 50 && !schedulerRunning(); i++) await new Promise((resolve) => setTimeout(resolve, 200));
  if (!schedulerRunning()) throw new Error(`${cupsd} was started but the scheduler does not answer lpstat -r`);
}

/** A raw queue that forwards to a socket:// device (our loopback printer). */
export function addRawQueue(name: string, port: number): void {
  execFileSync('lpadmin', ['-p', name, '-E', '-v', `socket://127.0.0.1:${port}`], { stdio: 'pipe' });
}

export function removeQueue(name: string): void {
  spawnSync('lpadmin', ['-x', name], { stdio: 'ignore' });
}
