import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const electronDir = resolve(__dirname, '../../../node_modules/electron');

/** The Electron binary when it is installed (downloaded on first start where the network allows), else null. */
export function electronBinary(): string | null {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const override = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, process.platform === 'win32' ? 'electron.exe' : 'electron');
    return existsSync(override) ? override : null;
  }
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}
