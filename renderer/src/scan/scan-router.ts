/**
 * Where a scan goes. The screen that owns "the next scan" (the open box, the tracking list, the plan search, the new
 * plan's item list) registers a handler; the most recent registration wins and is dropped when its screen goes away.
 */
export type ScanHandler = (code: string) => void;

const handlers: { id: number; handle: ScanHandler }[] = [];
let nextId = 1;

export function registerScanHandler(handle: ScanHandler): () => void {
  const id = nextId++;
  handlers.push({ id, handle });
  return () => {
    const index = handlers.findIndex((h) => h.id === id);
    if (index >= 0) handlers.splice(index, 1);
  };
}

/** The handler that receives scans now, if any screen asked for them. */
export function currentScanHandler(): ScanHandler | undefined {
  return handlers.at(-1)?.handle;
}
