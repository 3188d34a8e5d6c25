import type { z } from 'zod';

export interface ChannelDef {
  request: z.ZodType;
  response: z.ZodType;
}

export type ChannelMap = Record<string, ChannelDef>;
