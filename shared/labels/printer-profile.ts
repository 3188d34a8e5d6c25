import { z } from 'zod';

/**
 * A station's printer: what language it speaks, its resolution and loaded
 * label stock, calibration, and how to reach it. Stored per station; the
 * virtual printer (files in a folder) is the default on a new station.
 */
export const PrinterConnection = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tcp'), host: z.string().min(1).max(253), port: z.number().int().min(1).max(65535).default(9100) }),
  z.object({ kind: z.literal('cups'), queue: z.string().regex(/^[^\s/#]{1,127}$/, 'CUPS queue names have no spaces, / or #') }),
  z.object({ kind: z.literal('windows'), printer: z.string().min(1).max(220) }),
  z.object({ kind: z.literal('os-driver'), printer: z.string().min(1).max(220) }),
  z.object({ kind: z.literal('virtual'), dir: z.string().min(1) }),
]);
export type PrinterConnection = z.infer<typeof PrinterConnection>;

export const PrinterProfile = z
  .object({
    name: z.string().trim().min(1).max(60),
    /** zpl for thermal label printers; pdf for laser/inkjet through the OS driver. */
    language: z.enum(['zpl', 'pdf']),
    dpi: z.union([z.literal(203), z.literal(300), z.literal(600)]).default(203),
    widthIn: z.number().min(0.5).max(8.5).default(4),
    heightIn: z.number().min(0.25).max(39).default(6),
    /** ZPL ~SD darkness 0-30; unset keeps the printer's own setting. */
    darkness: z.number().int().min(0).max(30).optional(),
    /** Calibration shift in dots: right and down are positive (ZPL ^LS/^LT limits). */
    offsetXDots: z.number().int().min(-120).max(120).default(0),
    offsetYDots: z.number().int().min(-120).max(120).default(0),
    mono: z.enum(['threshold', 'floyd-steinberg', 'ordered', 'auto']).default('threshold'),
    compression: z.enum(['z64', 'acs', 'hex']).default('z64'),
    connection: PrinterConnection,
  })
  .superRefine((profile, ctx) => {
    const kind = profile.connection.kind;
    if (profile.language === 'pdf' && (kind === 'tcp' || kind === 'cups' || kind === 'windows')) {
      ctx.addIssue({ code: 'custom', path: ['connection'], message: `A ${kind} raw connection carries ZPL; use os-driver for a PDF printer` });
    }
    if (profile.language === 'zpl' && kind === 'os-driver') {
      ctx.addIssue({ code: 'custom', path: ['connection'], message: 'The OS driver path prints PDF; use cups or windows (raw) for a ZPL printer' });
    }
  });
export type PrinterProfile = z.infer<typeof PrinterProfile>;
export type PrinterProfileInput = z.input<typeof PrinterProfile>;
