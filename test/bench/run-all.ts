import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchResult } from './bench-result';

/** Runs every test/bench/*.bench.ts (or those named on the command line) one after another and prints their figures. */
async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  let failed = 0;
  for (const file of files) {
    const module = (await import(join(__dirname, file))) as { run?: () => Promise<BenchResult> };
    if (typeof module.run !== 'function') continue;
    try {
      const result = await module.run();
      console.log(`\n== ${result.name}  [${file}]`);
      for (const [key, value] of Object.entries(result.figures)) console.log(`  ${key}: ${value}`);
      for (const note of result.notes ?? []) console.log(`  (${note})`);
    } catch (error) {
      failed++;
      console.error(`\n== ${file} failed: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }
  if (failed) process.exitCode = 1;
}

void main();
