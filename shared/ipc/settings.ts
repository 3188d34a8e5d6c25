import { z } from 'zod';
import type { ChannelMap } from './channel';

export const Language = z.enum(['en', 'zh-CN']);
export type Language = z.infer<typeof Language>;

export const StationSettings = z.object({
  language: Language,
  stationName: z.string().min(1).max(60),
});
export type StationSettings = z.infer<typeof StationSettings>;

export const settingsChannels = {
  'settings:get': { request: z.object({}).strict(), response: StationSettings },
  'settings:update': { request: StationSettings.partial().strict(), response: StationSettings },
} satisfies ChannelMap;
