/**
 * A refresh that may be asked for again while it runs: one run in flight, and at most one more after it if anyone
 * asked meanwhile, however many times they asked.
 */
export function coalesce(refresh: () => Promise<void>): () => Promise<void> {
  let running = false;
  let again = false;
  return async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await refresh();
      } while (again);
    } finally {
      running = false;
    }
  };
}
