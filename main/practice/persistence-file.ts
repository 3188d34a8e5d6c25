import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Reading and writing the practice marketplace's state file. The file is JSON in an envelope that names its format and
 * version; Maps and Sets are written as `{ "$map": [[key, value], …] }` and `{ "$set": [value, …] }` so nested state
 * (a plan's shipments and packing groups) reads back as it was. Writes go to a temporary file that is flushed to disk
 * and renamed over the old one, so a crash leaves either the old state or the new one, never half of either.
 */
export const PRACTICE_STATE_FORMAT = 'packbench-practice-marketplace';

function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { $map: [...value.entries()] };
  if (value instanceof Set) return { $set: [...value.values()] };
  return value;
}

function reviver(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === '$map' && Array.isArray((value as { $map: unknown }).$map)) {
      return new Map((value as { $map: [unknown, unknown][] }).$map);
    }
    if (keys.length === 1 && keys[0] === '$set' && Array.isArray((value as { $set: unknown }).$set)) {
      return new Set((value as { $set: unknown[] }).$set);
    }
  }
  return value;
}

export function encodeState(envelope: unknown): string {
  return JSON.stringify(envelope, replacer);
}

export function decodeState(text: string): unknown {
  return JSON.parse(text, reviver) as unknown;
}

/** Writes `text` to `path` atomically: temporary file beside it, fsync, rename. */
export function writeFileAtomic(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
}

export type StateFileRead = { kind: 'missing' } | { kind: 'read'; text: string };

export function readStateFile(path: string): StateFileRead {
  if (!existsSync(path)) return { kind: 'missing' };
  return { kind: 'read', text: readFileSync(path, 'utf8') };
}

/**
 * Moves an unreadable state file aside (`<name>.unreadable-<time>`) so the marketplace can start fresh without
 * destroying what someone may want to look at; returns where it went.
 */
export function moveAside(path: string, now: Date = new Date()): string {
  const target = `${path}.unreadable-${now.toISOString().replace(/[:.]/g, '-')}`;
  renameSync(path, target);
  return target;
}

/** Coalesces saves: one write `delayMs` after the first change, and `flush()` writes at once (on close). */
export class DebouncedSaver {
  private timer: NodeJS.Timeout | null = null;
  private dirty = false;

  constructor(
    private readonly save: () => void,
    private readonly delayMs: number,
    private readonly onError: (error: Error) => void,
  ) {}

  schedule(): void {
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush();
    }, this.delayMs);
    this.timer.unref();
  }

  flush(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (!this.dirty) return;
    this.dirty = false;
    try {
      this.save();
    } catch (error) {
      // Kept dirty: the next change or the close tries again.
      this.dirty = true;
      this.onError(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
