import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { startStationRuntime } from '../core/station-runtime';
import { practiceBaseUrl } from '../core/practice-setup';
import { flagValue, resolveDataDir } from '../core/data-dir';
import { keyFileCipher } from '../security/secret-cipher';
import { startBrowserHost } from './browser-host';
import { DatabaseFromFutureError } from '../db/database';

/** Opens the system browser where there is one; silently does nothing where there is not. */
function openBrowser(url: string): void {
  const command = process.platform === 'win32' ? 'cmd' : process.platform === 'darwin' ? 'open' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No browser to open: the printed URL is enough.
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const dataDir = resolveDataDir(flagValue(argv, 'data-dir'));
  const port = Number(flagValue(argv, 'port') ?? process.env.PACKBENCH_PORT ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a whole number from 0 to 65535, not ${flagValue(argv, 'port')}`);
    process.exit(2);
  }
  const practiceFlag = flagValue(argv, 'practice-url');
  let practiceUrl: string | undefined;
  try {
    practiceUrl = practiceFlag === undefined ? undefined : practiceBaseUrl(practiceFlag);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const runtime = await startStationRuntime({ dataDir, cipher: keyFileCipher(dataDir), host: 'browser', ...(practiceUrl ? { practiceUrl } : {}) });
  const host = await startBrowserHost({ station: runtime.station, rendererDir: join(__dirname, '../renderer'), port });
  console.log(`Packbench station (data: ${dataDir})`);
  if (practiceUrl) console.log(`Practice accounts use the practice marketplace at ${practiceUrl}`);
  console.log(`Open ${host.url}`);
  const wantOpen = !argv.includes('--no-open') && !process.env.CI && process.env.PACKBENCH_NO_OPEN !== '1';
  if (wantOpen) openBrowser(host.url);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await host.close();
    await runtime.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  if (error instanceof DatabaseFromFutureError) {
    console.error(error.message);
    process.exit(3);
  }
  console.error(`Packbench could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
