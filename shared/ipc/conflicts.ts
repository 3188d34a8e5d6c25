import { z } from 'zod';
import type { ChannelMap } from './channel';

export const ConflictField = z.enum(['name', 'status', 'packingOption', 'placementOption', 'placementOptions', 'boxes', 'tracking', 'shipmentName']);
export type ConflictField = z.infer<typeof ConflictField>;

/** A difference between Amazon's copy of a plan and the station's that the user must resolve. */
export const InboundConflict = z.object({
  id: z.number().int(),
  planId: z.string(),
  entityKind: z.enum(['plan', 'shipment', 'box']),
  entityId: z.string(),
  field: ConflictField,
  /** Shapes by field: a string (name, option ids, tracking), a list of ids, or a box summary { boxes, units }. */
  localValue: z.json(),
  amazonValue: z.json(),
  detectedAt: z.number(),
  keepLocal: z.object({ available: z.boolean(), reason: z.string().nullable() }),
  /** Queued changes that "keep Amazon's" discards because they would send the opposite. */
  keepAmazonDiscards: z.array(z.object({ id: z.number().int(), op: z.string() })),
});
export type InboundConflict = z.infer<typeof InboundConflict>;

export const ConflictsSummary = z.object({
  open: z.number().int(),
  plans: z.array(z.object({ planId: z.string(), open: z.number().int() })),
});
export type ConflictsSummary = z.infer<typeof ConflictsSummary>;

export const ResolveConflictResult = z.object({
  resolved: z.number().int(),
  choice: z.enum(['keep_amazon', 'keep_local']),
  discarded: z.number().int(),
  remaining: z.array(InboundConflict),
});
export type ResolveConflictResult = z.infer<typeof ResolveConflictResult>;

export const RegenerateKind = z.enum(['packing', 'placement', 'transport']);

export const RegenerateOptionsResult = z.object({
  planId: z.string(),
  kind: RegenerateKind,
  /** The choice that went away with the old options (null when none was made). */
  previousChoice: z.string().nullable(),
  discarded: z.number().int(),
});
export type RegenerateOptionsResult = z.infer<typeof RegenerateOptionsResult>;

const PlanId = z.object({ planId: z.string().min(1) }).strict();

export const conflictsChannels = {
  'conflicts:list': { request: z.object({ planId: z.string().min(1).optional() }).strict(), response: z.array(InboundConflict) },
  'conflicts:summary': { request: z.object({}).strict(), response: ConflictsSummary },
  /** Reads the plan back from Amazon now and returns its open conflicts. */
  'conflicts:check': { request: PlanId, response: z.object({ conflicts: z.array(InboundConflict), merged: z.array(z.string()) }) },
  /** Keeping Amazon's value may discard queued changes; the request must say the user confirmed that. */
  'conflicts:resolve': {
    request: z.object({ id: z.number().int().positive(), choice: z.enum(['keep_amazon', 'keep_local']), confirmDiscard: z.boolean().default(false) }).strict(),
    response: ResolveConflictResult,
  },
  'conflicts:regenerate-options': { request: PlanId.extend({ kind: RegenerateKind }).strict(), response: RegenerateOptionsResult },
} satisfies ChannelMap;
