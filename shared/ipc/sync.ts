import { z } from 'zod';
import type { ChannelMap } from './channel';

export const SyncStatus = z.object({
  connectivity: z.enum(['online', 'offline', 'unknown']),
  pending: z.number().int(),
  waiting: z.number().int(),
  failed: z.number().int(),
  lastSuccessAt: z.number().nullable(),
  lastError: z.object({ at: z.number(), message: z.string() }).nullable(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export const SyncProblem = z.object({
  id: z.number().int(),
  accountId: z.string(),
  entity: z.string(),
  op: z.string(),
  state: z.enum(['pending', 'waiting', 'failed', 'done', 'discarded']),
  attempts: z.number().int(),
  nextAttemptAt: z.number(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  updatedAt: z.number(),
});
export type SyncProblem = z.infer<typeof SyncProblem>;

const ById = z.object({ id: z.number().int().positive() }).strict();

export const syncChannels = {
  'sync:status': { request: z.object({}).strict(), response: SyncStatus },
  'sync:problems': { request: z.object({}).strict(), response: z.array(SyncProblem) },
  'sync:now': { request: z.object({}).strict(), response: SyncStatus },
  'sync:retry': { request: ById, response: z.object({ retried: z.boolean() }) },
  /** Discarding drops work that was never sent to Amazon, so the request must say it was confirmed. */
  'sync:discard': {
    request: z.object({ id: z.number().int().positive(), confirmed: z.literal(true) }).strict(),
    response: z.object({ discarded: z.boolean() }),
  },
} satisfies ChannelMap;
