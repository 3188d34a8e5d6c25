import { homedir, platform } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Where a station keeps its database when Electron's userData is not at hand
 * (browser host, CLI). `--data-dir` beats PACKBENCH_DATA_DIR beats the
 * platform default, which matches Electron's userData for "Packbench".
 */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return resolve(flag);
  if (env.PACKBENCH_DATA_DIR) return resolve(env.PACKBENCH_DATA_DIR);
  if (platform() === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Packbench');
  if (platform() === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Packbench');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Packbench');
}

/** Reads `--name value` or `--name=value` from an argument list. */
export function flagValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === `--${name}`) return argv[i + 1];
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}
