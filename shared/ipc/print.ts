import { z } from 'zod';
import type { ChannelMap } from './channel';
import { PrinterProfile } from '../labels/printer-profile';

/** What a printer is used for at the station: 4x6 shipping and box labels, small item labels, A4/letter documents. */
export const PrinterRole = z.enum(['labels', 'items', 'documents']);
export type PrinterRole = z.infer<typeof PrinterRole>;

export const PrinterStatus = z.object({
  state: z.enum(['ready', 'offline', 'paused', 'paper-out', 'head-open', 'ribbon-out', 'busy', 'unknown']),
  detail: z.string(),
});

export const PrintJobRecord = z.object({
  id: z.number().int(),
  at: z.number(),
  printer: z.string(),
  kind: z.string(),
  format: z.enum(['zpl', 'pdf', 'png']),
  bytes: z.number().int(),
  title: z.string(),
  entity: z.string().nullable(),
  destination: z.string(),
  /** The virtual printer's PNG previews, readable with print:preview. */
  previews: z.array(z.string()),
});
export type PrintJobRecord = z.infer<typeof PrintJobRecord>;

export const PrintersView = z.object({
  profiles: z.array(PrinterProfile),
  roles: z.record(PrinterRole, z.string()),
});
export type PrintersView = z.infer<typeof PrintersView>;

export const printChannels = {
  'print:printers': { request: z.object({}).strict(), response: PrintersView },
  'print:save-printer': { request: z.object({ profile: z.unknown() }).strict(), response: PrintersView },
  'print:remove-printer': { request: z.object({ name: z.string().min(1) }).strict(), response: PrintersView },
  'print:assign-role': { request: z.object({ role: PrinterRole, printer: z.string().min(1) }).strict(), response: PrintersView },
  'print:discover': {
    request: z.object({}).strict(),
    response: z.array(z.object({ name: z.string(), system: z.enum(['cups', 'windows']), device: z.string().optional(), status: PrinterStatus, likelyZpl: z.boolean() })),
  },
  'print:status': { request: z.object({ printer: z.string().min(1) }).strict(), response: PrinterStatus },
  'print:test': { request: z.object({ printer: z.string().min(1) }).strict(), response: PrintJobRecord },
  'print:jobs': { request: z.object({ limit: z.number().int().min(1).max(200).optional() }).strict(), response: z.array(PrintJobRecord) },
  /** A PNG preview of a virtual-printer job as a data URL. Only files the station's own jobs wrote can be read. */
  'print:preview': { request: z.object({ jobId: z.number().int(), index: z.number().int().min(0).max(500).optional() }).strict(), response: z.object({ dataUrl: z.string() }) },
} satisfies ChannelMap;
