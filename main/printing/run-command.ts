import { spawn } from 'node:child_process';
import { PrintError } from './print-error';

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs an OS tool (lp, lpstat, powershell) and collects its output; injectable so tests can stand in for Windows. */
export type CommandRunner = (command: string, args: readonly string[], options?: { input?: Uint8Array; timeoutMs?: number }) => Promise<CommandResult>;

export const runCommand: CommandRunner = (command, args, options = {}) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, [...args], { stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    const timer = setTimeout(() => {
      child.kill();
      reject(new PrintError('timeout', `${command} did not finish within ${Math.round((options.timeoutMs ?? 30_000) / 1000)} s`));
    }, options.timeoutMs ?? 30_000);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        error.code === 'ENOENT'
          ? new PrintError('unsupported', `${command} is not installed on this computer (needed to reach the system print queue)`)
          : new PrintError('failed', `${command} could not start: ${error.message}`),
      );
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') });
    });
    child.stdin.on('error', () => {
      // A tool that exits before reading all input reports through its exit code and stderr instead.
    });
    child.stdin.end(options.input ? Buffer.from(options.input) : undefined);
  });
