/**
 * What the devices domain pushes out of main: live scale readings, device status and scans. Zod schemas so the
 * IPC contract can name them as events; the renderer gets the same types.
 */
import { z } from 'zod';
import type { ScanResult } from '../scan/parse-scan';

export const WeightSchema = z.object({
  increments: z.number().int(),
  exponent: z.number().int(),
  unit: z.enum(['g', 'kg', 'oz', 'lb']),
});

export const ScaleReadingSchema = z.object({
  weight: WeightSchema.nullable(),
  stable: z.boolean().nullable(),
  zero: z.boolean(),
  condition: z.enum(['ok', 'under-zero', 'over-capacity', 'fault', 'needs-calibration', 'needs-rezero']),
});

export const LiveReading = z.object({
  reading: ScaleReadingSchema,
  /** The weight to take, or null while moving or in a bad condition. */
  stableWeight: WeightSchema.nullable(),
  /** For conditions other than 'ok': what to tell the packer. */
  message: z.string().optional(),
  at: z.number(),
});
export type LiveReading = z.output<typeof LiveReading>;

export const DeviceState = z.enum(['connecting', 'connected', 'unresponsive', 'disconnected', 'stopped']);
export type DeviceState = z.output<typeof DeviceState>;

export const DeviceStatus = z.object({ state: DeviceState, message: z.string().optional(), at: z.number() });
export type DeviceStatus = z.output<typeof DeviceStatus>;

export const DeviceStatusEvent = z.object({ device: z.enum(['scale', 'scanner']), status: DeviceStatus });
export type DeviceStatusEvent = z.output<typeof DeviceStatusEvent>;

/** Scan results are built by parseScan in main and only ever flow outwards, so their shape is trusted here. */
export const ScanEvent = z.object({
  source: z.enum(['serial', 'hid', 'wedge']),
  result: z.custom<ScanResult>((value) => typeof value === 'object' && value !== null && 'valid' in value && 'kind' in value),
  at: z.number(),
});
export type ScanEvent = z.output<typeof ScanEvent>;
