import type { ExportedFile, ExportRequest, PaperSize, SavedExport, SheetRows } from '../../../shared/ipc/inbound-export';
import type { PrintJobRecord } from '../../../shared/ipc/print';
import type { Language } from '../../../shared/ipc/settings';
import { MARKETPLACES } from '../../../shared/marketplaces';
import { StationError } from '../../core/errors';
import type { AuditLog } from '../../audit/audit-log';
import type { StationPrinting } from '../../printing/station-printing';
import type { CatalogueService } from '../catalogue-service';
import type { InboundRepo } from '../inbound-repo';
import { boxContentsOf, exportFileName, type BoxContents } from './box-contents';
import { boxContentsCsv } from './contents-csv';
import { boxContentsXlsx } from './contents-xlsx';
import { CjkFontLocator } from './cjk-font';
import { packListPdf } from './pack-list-pdf';
import { readSheets } from './sheet-reader';

/** Where the desktop app asks the packer to save a file; resolves saved: false when the dialog is cancelled. */
export type SaveFileHook = (suggestedName: string, bytes: Uint8Array) => Promise<{ saved: true; path: string } | { saved: false }>;

export interface InboundExportDeps {
  repo: InboundRepo;
  catalogue: CatalogueService;
  printing: StationPrinting;
  audit: AuditLog;
  language: () => Language;
  saveFile?: SaveFileHook;
  fonts?: CjkFontLocator;
}

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
  pdf: 'application/pdf',
} as const;

/** Letter in North America, A4 elsewhere, as stations there stock it. */
const LETTER_COUNTRIES = new Set(['US', 'CA', 'MX']);
const near = (a: number, b: number) => Math.abs(a - b) < 0.2;

/** Box contents out of the station as files (XLSX, CSV, pack list PDF) or on paper, and item sheets in. */
export class InboundExportService {
  private readonly fonts: CjkFontLocator;

  constructor(private readonly deps: InboundExportDeps) {
    this.fonts = deps.fonts ?? new CjkFontLocator();
  }

  contents(planId: string, scope: ExportRequest['scope']): BoxContents {
    const plan = this.deps.repo.detail(planId);
    return boxContentsOf(plan, scope, (msku) => this.deps.catalogue.get(plan.accountId, msku)?.asin ?? null);
  }

  /** The page size a pack list prints on: the one asked for, else the documents printer's paper, else the marketplace's usual. */
  paperFor(marketplaceId: string, requested?: PaperSize): PaperSize {
    if (requested) return requested;
    const profile = this.deps.printing.profileFor('documents');
    if (profile.language === 'pdf') {
      if (near(profile.widthIn, 8.27) && near(profile.heightIn, 11.69)) return 'a4';
      if (near(profile.widthIn, 8.5) && near(profile.heightIn, 11)) return 'letter';
    }
    return LETTER_COUNTRIES.has(MARKETPLACES[marketplaceId]?.country ?? '') ? 'letter' : 'a4';
  }

  async render(request: ExportRequest): Promise<{ fileName: string; mimeType: string; bytes: Uint8Array }> {
    const contents = this.contents(request.planId, request.scope);
    let bytes: Uint8Array;
    if (request.format === 'xlsx') bytes = await boxContentsXlsx(contents);
    else if (request.format === 'csv') bytes = boxContentsCsv(contents);
    else {
      bytes = await packListPdf(contents, {
        language: request.language ?? this.deps.language(),
        paper: this.paperFor(contents.plan.marketplaceId, request.paper),
        font: await this.fonts.find(),
      });
    }
    this.deps.audit.record('inbound.export', `plan:${request.planId}`, { format: request.format, scope: request.scope, boxes: contents.boxes.length });
    return { fileName: exportFileName(contents, request.format === 'pdf' ? 'pack-list' : 'box-contents', request.format), mimeType: MIME[request.format], bytes };
  }

  async file(request: ExportRequest): Promise<ExportedFile> {
    const file = await this.render(request);
    return { fileName: file.fileName, mimeType: file.mimeType, base64: Buffer.from(file.bytes).toString('base64'), bytes: file.bytes.byteLength };
  }

  async save(request: ExportRequest): Promise<SavedExport> {
    const saveFile = this.deps.saveFile;
    if (!saveFile) throw new StationError('UNAVAILABLE', 'Only the desktop app has a save dialog; in the browser the file is downloaded instead');
    const file = await this.render(request);
    const result = await saveFile(file.fileName, file.bytes);
    return result.saved ? { saved: true, path: result.path, fileName: file.fileName, bytes: file.bytes.byteLength } : { saved: false, fileName: file.fileName };
  }

  async print(request: Omit<ExportRequest, 'format'>): Promise<PrintJobRecord> {
    const file = await this.render({ ...request, format: 'pdf' });
    return this.deps.printing.print({ kind: 'document', format: 'pdf', bytes: file.bytes, title: file.fileName.replace(/\.pdf$/, '') }, 'documents', `plan:${request.planId}`);
  }

  readSheet(fileName: string, base64: string): Promise<SheetRows[]> {
    return readSheets(Buffer.from(base64, 'base64'), fileName);
  }
}
