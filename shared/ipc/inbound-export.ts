import { z } from 'zod';
import type { ChannelMap } from './channel';
import { Language } from './settings';
import { PrintJobRecord } from './print';

/**
 * Which boxes an export covers: one shipment's (once Amazon has placed the boxes, or from the start in place first)
 * or one packing group's (pack first, before placement).
 */
export const ExportScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('shipment'), shipmentId: z.string().min(1).max(40) }).strict(),
  z.object({ kind: z.literal('packing-group'), packingGroupId: z.string().min(1).max(60) }).strict(),
]);
export type ExportScope = z.infer<typeof ExportScope>;

export const ExportFormat = z.enum(['xlsx', 'csv', 'pdf']);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const PaperSize = z.enum(['a4', 'letter']);
export type PaperSize = z.infer<typeof PaperSize>;

const ExportRequest = z
  .object({
    planId: z.string().min(1),
    scope: ExportScope,
    format: ExportFormat,
    /** Language of the pack list PDF's headings; spreadsheets keep Seller Central's English headings so they re-upload. */
    language: Language.optional(),
    /** Page size of the PDF; without it, the documents printer's paper, else the marketplace's usual paper. */
    paper: PaperSize.optional(),
  })
  .strict();
export type ExportRequest = z.infer<typeof ExportRequest>;

export const ExportedFile = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  /** The file itself, base64: the browser host carries replies as JSON text. */
  base64: z.string(),
  bytes: z.number().int(),
});
export type ExportedFile = z.infer<typeof ExportedFile>;

export const SavedExport = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(true), path: z.string(), fileName: z.string(), bytes: z.number().int() }),
  z.object({ saved: z.literal(false), fileName: z.string() }),
]);
export type SavedExport = z.infer<typeof SavedExport>;

/** An .xlsx of up to 5 MB: its base64 stays under the browser host's 8 MB message limit. */
export const MAX_SHEET_BYTES = 5 * 1024 * 1024;

/** A worksheet as text: `rows[i]` is sheet row i + 1, `rows[i][j]` column j + 1 (A = 0); dates as YYYY-MM-DD. */
export const SheetRows = z.object({ name: z.string(), rows: z.array(z.array(z.string())) });
export type SheetRows = z.infer<typeof SheetRows>;

export const inboundExportChannels = {
  /** A shipment's or packing group's box contents as XLSX, CSV or pack list PDF, returned as bytes (the browser downloads them). */
  'inbound-export:file': { request: ExportRequest, response: ExportedFile },
  /** The same file written where the packer chooses in a save dialog; only the desktop app has one. */
  'inbound-export:save': { request: ExportRequest, response: SavedExport },
  /** The pack list PDF sent to the station's documents printer. */
  'inbound-export:print-pack-list': { request: ExportRequest.omit({ format: true }), response: PrintJobRecord },
  /** Reads an .xlsx item sheet for a new plan into rows of text; the renderer interprets them like a CSV sheet. */
  'inbound-export:read-sheet': {
    request: z
      .object({
        fileName: z.string().min(1).max(255),
        base64: z.string().min(1).max(Math.ceil(MAX_SHEET_BYTES / 3) * 4, 'The sheet is larger than 5 MB; split it or save it as CSV'),
      })
      .strict(),
    response: z.object({ sheets: z.array(SheetRows) }),
  },
} satisfies ChannelMap;
