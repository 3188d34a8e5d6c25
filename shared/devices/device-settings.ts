/**
 * Per-station scanner and scale settings, validated with zod in main before a driver sees them. Shared so the
 * devices page can build its forms from the same shapes.
 */
import { z } from 'zod';

export const SerialPortSettings = z.object({
  path: z.string().min(1),
  baudRate: z.number().int().positive().default(9600),
  dataBits: z.union([z.literal(7), z.literal(8)]).default(8),
  parity: z.enum(['none', 'even', 'odd']).default('none'),
  stopBits: z.union([z.literal(1), z.literal(2)]).default(1),
});
export type SerialPortSettings = z.output<typeof SerialPortSettings>;

export const StabilitySettings = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('status') }),
  z.object({ mode: z.literal('consecutive'), count: z.number().int().min(1).max(50) }),
]);

export const WeightUnitSetting = z.enum(['g', 'kg', 'oz', 'lb']);

const pollMs = z.number().int().min(20).max(10_000).default(200);

export const ScaleSettings = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('virtual'),
    /** How long a newly set weight is reported as moving before it settles. */
    settleMs: z.number().int().min(0).max(10_000).default(400),
    intervalMs: pollMs,
  }),
  z.object({
    kind: z.literal('hid'),
    vendorId: z.number().int().min(0).max(0xffff).optional(),
    productId: z.number().int().min(0).max(0xffff).optional(),
    path: z.string().optional(),
    stability: StabilitySettings.default({ mode: 'status' }),
  }),
  z.object({
    kind: z.literal('mt-sics'),
    port: SerialPortSettings,
    /** SI polls immediate weights (live display); SIR asks the scale to stream; S waits for a stable weight. */
    command: z.enum(['SI', 'SIR', 'S']).default('SI'),
    pollMs,
    stability: StabilitySettings.default({ mode: 'status' }),
  }),
  z.object({ kind: z.literal('nci'), port: SerialPortSettings, pollMs, stability: StabilitySettings.default({ mode: 'status' }) }),
  z.object({
    kind: z.literal('continuous'),
    port: SerialPortSettings,
    pattern: z.string().min(1),
    unit: WeightUnitSetting.optional(),
    lineEnding: z.enum(['cr', 'lf', 'crlf']).default('crlf'),
    stability: StabilitySettings.default({ mode: 'consecutive', count: 3 }),
  }),
]);
export type ScaleSettingsInput = z.input<typeof ScaleSettings>;
export type ScaleSettings = z.output<typeof ScaleSettings>;

export const ScannerTerminator = z.union([z.enum(['cr', 'lf', 'crlf', 'tab']), z.object({ idleMs: z.number().int().min(5).max(2_000) })]);

export const ScannerSettings = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('serial'),
    port: SerialPortSettings,
    terminator: ScannerTerminator.default('cr'),
  }),
  /** A scanner set to USB HID POS mode (usage page 0x8C); keyboard-wedge scanners need no settings in main. */
  z.object({
    kind: z.literal('hid'),
    vendorId: z.number().int().min(0).max(0xffff).optional(),
    productId: z.number().int().min(0).max(0xffff).optional(),
    path: z.string().optional(),
  }),
]);
export type ScannerSettingsInput = z.input<typeof ScannerSettings>;
export type ScannerSettings = z.output<typeof ScannerSettings>;

/** A new station weighs with the virtual scale until a real one is picked on the devices page. */
export const DEFAULT_SCALE_SETTINGS: ScaleSettingsInput = { kind: 'virtual' };
