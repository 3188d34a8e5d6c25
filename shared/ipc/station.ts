import { z } from 'zod';
import type { ChannelMap } from './channel';

export const StationInfo = z.object({
  version: z.string(),
  host: z.enum(['electron', 'browser']),
  dataDir: z.string(),
  schemaVersion: z.number().int(),
  secretStorage: z.enum(['os-keychain', 'key-file']),
});
export type StationInfo = z.infer<typeof StationInfo>;

export const stationChannels = {
  'station:info': { request: z.object({}).strict(), response: StationInfo },
} satisfies ChannelMap;
