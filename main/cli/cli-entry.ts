import { buildProgram } from './program';
import { DatabaseFromFutureError } from '../db/database';

buildProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    if (error instanceof DatabaseFromFutureError) {
      console.error(error.message);
      process.exit(3);
    }
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
