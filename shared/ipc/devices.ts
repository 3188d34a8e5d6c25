import { z } from 'zod';
import type { ChannelMap } from './channel';
import { ScaleSettings, ScannerSettings } from '../devices/device-settings';
import { DeviceStatus, LiveReading } from '../devices/device-events';

export const DevicesState = z.object({
  scale: z.object({ settings: ScaleSettings, status: DeviceStatus, reading: LiveReading.nullable() }).nullable(),
  scanner: z.object({ settings: ScannerSettings, status: DeviceStatus.nullable() }).nullable(),
});
export type DevicesState = z.infer<typeof DevicesState>;

export const devicesChannels = {
  'devices:state': { request: z.object({}).strict(), response: DevicesState },
  'devices:serial-ports': {
    request: z.object({}).strict(),
    response: z.array(z.object({ path: z.string(), manufacturer: z.string().optional(), serialNumber: z.string().optional(), vendorId: z.string().optional(), productId: z.string().optional() })),
  },
  'devices:hid-scales': {
    request: z.object({}).strict(),
    response: z.array(z.object({ path: z.string(), vendorId: z.number(), productId: z.number(), vendor: z.string(), product: z.string().optional(), serialNumber: z.string().optional() })),
  },
  /** Saves the station's scale and connects it; it connects in the background and reports through devices:status. */
  'devices:set-scale': { request: z.object({ settings: z.unknown() }).strict(), response: DevicesState },
  'devices:set-scanner': { request: z.object({ settings: z.unknown().nullable() }).strict(), response: DevicesState },
  'devices:virtual-weight': {
    request: z.object({ text: z.string().trim().min(1).max(20), unit: z.enum(['g', 'kg', 'oz', 'lb']) }).strict(),
    response: z.object({ accepted: z.boolean() }),
  },
  'devices:zero': { request: z.object({}).strict(), response: z.object({ done: z.boolean() }) },
  'devices:tare': { request: z.object({}).strict(), response: z.object({ done: z.boolean() }) },
} satisfies ChannelMap;
