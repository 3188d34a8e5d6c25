import { Command } from 'commander';
import { PACKBENCH_VERSION } from '../core/version';
import { dbCommand } from './db-command';
import { labelCommand } from './label-command';
import { practiceCommand } from './practice-command';
import { scanCommand } from './scan-command';
import { spapiCommand } from './spapi-command';

/** The `packbench` command line: each domain adds its own subcommand group here. */
export function buildProgram(): Command {
  const program = new Command('packbench')
    .description('Packbench packing station: headless tasks for support and scripting')
    .version(PACKBENCH_VERSION, '-v, --version')
    .showHelpAfterError()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  program.addCommand(dbCommand());
  program.addCommand(labelCommand());
  program.addCommand(spapiCommand());
  program.addCommand(scanCommand());
  program.addCommand(practiceCommand());
  return program;
}
