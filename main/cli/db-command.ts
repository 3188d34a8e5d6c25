import { Command } from 'commander';
import { existsSync } from 'node:fs';
import { databaseFile } from '../core/station';
import { resolveDataDir } from '../core/data-dir';
import { latestVersion, openDatabase, schemaVersion } from '../db/database';

export function dbCommand(): Command {
  const db = new Command('db').description('The station database');

  db.command('migrate')
    .description('Apply pending migrations (a database from a newer Packbench is refused and left untouched)')
    .option('--data-dir <dir>', 'station data directory')
    .action((options: { dataDir?: string }) => {
      const file = databaseFile(resolveDataDir(options.dataDir));
      const { db: handle, migration } = openDatabase(file);
      handle.close();
      const applied = migration.applied.length ? migration.applied.join(', ') : 'none';
      console.log(`${file}: schema ${migration.from} -> ${migration.to} (applied: ${applied})`);
    });

  db.command('check')
    .description('Report the schema version and integrity without changing anything')
    .option('--data-dir <dir>', 'station data directory')
    .option('--json', 'print JSON')
    .action((options: { dataDir?: string; json?: boolean }) => {
      const file = databaseFile(resolveDataDir(options.dataDir));
      if (!existsSync(file)) {
        console.error(`No station database at ${file}`);
        process.exitCode = 1;
        return;
      }
      const { db: handle } = openDatabase(file, { migrate: false });
      const integrity = handle.pragma('integrity_check', { simple: true }) as string;
      const report = { file, schemaVersion: schemaVersion(handle), latestVersion: latestVersion(), integrity };
      handle.close();
      const pending = report.latestVersion - report.schemaVersion;
      if (options.json) console.log(JSON.stringify({ ...report, pendingMigrations: pending }));
      else console.log(`${file}: schema ${report.schemaVersion} of ${report.latestVersion} (${pending} pending), integrity ${integrity}`);
      if (integrity !== 'ok') process.exitCode = 1;
    });

  return db;
}
