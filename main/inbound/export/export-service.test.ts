import { afterEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { InboundExportService, type SaveFileHook } from './export-service';
import type { InboundRepo } from '../inbound-repo';
import type { CatalogueService } from '../catalogue-service';
import { testStation } from '../../../test/support/station';
import { exportPlan } from '../../../test/support/export-plan';

const scope = { kind: 'shipment', shipmentId: 'FBA15PBX0001' } as const;
let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups) await c();
  cleanups = [];
});

function service(options: { marketplaceId?: string; saveFile?: SaveFileHook } = {}) {
  const t = testStation();
  cleanups.push(t.cleanup);
  const plan = exportPlan();
  if (options.marketplaceId) plan.marketplaceId = options.marketplaceId;
  const repo = { detail: () => plan } as unknown as InboundRepo;
  const catalogue = { get: () => null } as unknown as CatalogueService;
  const exports = new InboundExportService({ repo, catalogue, printing: t.station.printing, audit: t.station.audit, language: () => 'en', ...(options.saveFile ? { saveFile: options.saveFile } : {}) });
  return { exports, station: t.station, dataDir: t.dataDir };
}

describe('InboundExportService', () => {
  it('hands each format over as named bytes and records the export in the audit log', async () => {
    const { exports, station } = service();
    const xlsx = await exports.file({ planId: 'plan-local-1', scope, format: 'xlsx' });
    expect([xlsx.fileName, xlsx.mimeType]).toEqual(['FBA15PBX0001-box-contents.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Pack list', 'Box contents']);
    expect(xlsx.bytes).toBe(Buffer.from(xlsx.base64, 'base64').byteLength);
    const csv = await exports.file({ planId: 'plan-local-1', scope, format: 'csv' });
    expect(Buffer.from(csv.base64, 'base64').toString('utf8')).toContain('FBA15PBX0001U000002');
    const pdf = await exports.file({ planId: 'plan-local-1', scope, format: 'pdf' });
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const audit = station.db.prepare(`SELECT entity, details FROM audit_log WHERE action = 'inbound.export' ORDER BY id`).all() as { entity: string; details: string }[];
    expect(audit.map((a) => [a.entity, JSON.parse(a.details).format])).toEqual([
      ['plan:plan-local-1', 'xlsx'],
      ['plan:plan-local-1', 'csv'],
      ['plan:plan-local-1', 'pdf'],
    ]);
  });

  it("prints on the paper asked for, else the documents printer's A4 or Letter, else the marketplace's usual paper", async () => {
    const us = service();
    expect(us.exports.paperFor('ATVPDKIKX0DER')).toBe('letter');
    expect(us.exports.paperFor('A1PA6795UKMFR9')).toBe('a4');
    expect(us.exports.paperFor('ATVPDKIKX0DER', 'a4')).toBe('a4');
    us.station.printing.save({ name: 'Office laser', language: 'pdf', widthIn: 8.27, heightIn: 11.69, connection: { kind: 'os-driver', printer: 'office' } });
    us.station.printing.assign('documents', 'Office laser');
    expect(us.exports.paperFor('ATVPDKIKX0DER')).toBe('a4');
  });

  it('saves through the desktop dialog when there is one, says so when cancelled, and refuses plainly without one', async () => {
    const written: { name: string; bytes: number }[] = [];
    let answer: Awaited<ReturnType<SaveFileHook>> = { saved: true, path: '/home/packer/FBA15PBX0001-pack-list.pdf' };
    const { exports } = service({ saveFile: async (name, bytes) => (written.push({ name, bytes: bytes.byteLength }), answer) });
    expect(await exports.save({ planId: 'plan-local-1', scope, format: 'pdf' })).toMatchObject({ saved: true, path: '/home/packer/FBA15PBX0001-pack-list.pdf', fileName: 'FBA15PBX0001-pack-list.pdf' });
    answer = { saved: false };
    expect(await exports.save({ planId: 'plan-local-1', scope, format: 'csv' })).toEqual({ saved: false, fileName: 'FBA15PBX0001-box-contents.csv' });
    expect(written.map((w) => w.name)).toEqual(['FBA15PBX0001-pack-list.pdf', 'FBA15PBX0001-box-contents.csv']);
    expect(written.every((w) => w.bytes > 100)).toBe(true);
    await expect(service().exports.save({ planId: 'plan-local-1', scope, format: 'csv' })).rejects.toThrow('Only the desktop app has a save dialog; in the browser the file is downloaded instead');
  });

  it('prints the pack list on the documents printer, recorded against the plan', async () => {
    const { exports, station, dataDir } = service();
    // A letter-size PDF printer as the documents printer, as a station's office laser would be (kept as files here).
    station.printing.save({ name: 'Paper printer', language: 'pdf', widthIn: 8.5, heightIn: 11, connection: { kind: 'virtual', dir: join(dataDir, 'paper-printer') } });
    station.printing.assign('documents', 'Paper printer');
    const job = await exports.print({ planId: 'plan-local-1', scope });
    expect([job.printer, job.kind, job.format, job.entity, job.title]).toEqual(['Paper printer', 'document', 'pdf', 'plan:plan-local-1', 'FBA15PBX0001-pack-list']);
    expect(station.printing.jobs(10, 'plan:plan-local-1').map((j) => j.id)).toEqual([job.id]);
  });
});
