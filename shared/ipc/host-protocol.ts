import type { Reply } from './reply';

/** Messages between the renderer and the browser host over its WebSocket: the same calls Electron IPC carries. */
export type HostClientMessage = { type: 'invoke'; id: number; channel: string; payload: unknown };

export type HostServerMessage =
  | { type: 'reply'; id: number | null; reply: Reply<unknown> }
  | { type: 'event'; event: string; payload: unknown };

export const HOST_CLOSE_CODES = { shuttingDown: 4000 } as const;
