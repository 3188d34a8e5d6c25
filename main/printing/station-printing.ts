import type { Db } from '../db/database';
import type { PrinterRole, PrintersView, PrintJobRecord } from '../../shared/ipc/print';
import type { PrinterProfileInput } from '../../shared/labels/printer-profile';
import { StationError } from '../core/errors';
import { PrintService, type PrintJob } from './print-service';
import { PrinterProfileStore, VIRTUAL_PRINTER_NAME } from './printer-profiles';
import { PrintError } from './print-error';
import { plainName } from './sealed-files';
import type { AuditLog } from '../audit/audit-log';

interface JobRow {
  id: number;
  at: number;
  printer: string;
  kind: string;
  format: 'zpl' | 'pdf' | 'png';
  bytes: number;
  title: string;
  entity: string | null;
  destination: string;
  files: string;
}

const toRecord = (r: JobRow): PrintJobRecord => ({
  id: r.id,
  at: r.at,
  printer: r.printer,
  kind: r.kind,
  format: r.format,
  bytes: r.bytes,
  title: r.title,
  entity: r.entity,
  destination: r.destination,
  previews: (JSON.parse(r.files) as string[]).filter((f) => plainName(f).endsWith('.png')),
});

/** The station's printers: profiles, which printer serves which role, and a record of every job sent. */
export class StationPrinting {
  readonly profiles: PrinterProfileStore;

  constructor(
    private readonly db: Db,
    dataDir: string,
    private readonly audit: AuditLog,
    readonly service = new PrintService(),
  ) {
    this.profiles = new PrinterProfileStore(dataDir);
  }

  view(): PrintersView {
    const roles: Record<PrinterRole, string> = { labels: VIRTUAL_PRINTER_NAME, items: VIRTUAL_PRINTER_NAME, documents: VIRTUAL_PRINTER_NAME };
    const names = new Set(this.profiles.list().map((p) => p.name));
    for (const role of Object.keys(roles) as PrinterRole[]) {
      const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(`printer.${role}`) as { value: string } | undefined;
      const chosen = row ? (JSON.parse(row.value) as string) : null;
      if (chosen && names.has(chosen)) roles[role] = chosen;
    }
    return { profiles: this.profiles.list(), roles };
  }

  save(profile: unknown): PrintersView {
    try {
      this.profiles.save(profile as PrinterProfileInput);
    } catch (error) {
      // An invalid profile is the packer's input to correct, not a station failure: keep the validation message.
      if (error instanceof PrintError && error.code === 'bad-profile') throw new StationError('VALIDATION', error.message);
      throw error;
    }
    return this.view();
  }

  remove(name: string): PrintersView {
    if (name === VIRTUAL_PRINTER_NAME) throw new StationError('VALIDATION', 'The virtual printer is always there; it cannot be removed.');
    this.profiles.remove(name);
    return this.view();
  }

  assign(role: PrinterRole, printer: string): PrintersView {
    if (!this.profiles.get(printer)) throw new StationError('NOT_FOUND', `No printer named "${printer}"`);
    this.db
      .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(`printer.${role}`, JSON.stringify(printer));
    return this.view();
  }

  profileFor(roleOrName: PrinterRole | { name: string }) {
    const name = typeof roleOrName === 'string' ? this.view().roles[roleOrName] : roleOrName.name;
    const profile = this.profiles.get(name);
    if (!profile) throw new StationError('NOT_FOUND', `No printer named "${name}"`);
    return profile;
  }

  /** Sends a job and records it. A printer problem comes back as a StationError the packer can act on. */
  async print(job: PrintJob, target: PrinterRole | { name: string }, entity: string | null = null): Promise<PrintJobRecord> {
    const profile = this.profileFor(target);
    let result;
    try {
      result = await this.service.print(job, profile);
    } catch (error) {
      if (error instanceof PrintError) throw new StationError('UNAVAILABLE', `${profile.name}: ${error.message}`, { printer: profile.name, reason: error.code });
      throw error;
    }
    const title = job.title ?? `Packbench ${job.kind}`;
    const info = this.db
      .prepare('INSERT INTO print_jobs (at, printer, kind, format, bytes, title, entity, destination, files) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(Date.now(), profile.name, job.kind, result.format, result.bytes, title, entity, result.destination, JSON.stringify(result.files ?? []));
    this.audit.record('print.job', entity, { printer: profile.name, kind: job.kind, format: result.format, bytes: result.bytes });
    return this.job(Number(info.lastInsertRowid));
  }

  job(id: number): PrintJobRecord {
    const row = this.db.prepare('SELECT * FROM print_jobs WHERE id = ?').get(id) as JobRow | undefined;
    if (!row) throw new StationError('NOT_FOUND', `Print job ${id} was not found`);
    return toRecord(row);
  }

  jobs(limit = 50, entity?: string): PrintJobRecord[] {
    const rows = entity
      ? (this.db.prepare('SELECT * FROM print_jobs WHERE entity = ? ORDER BY id DESC LIMIT ?').all(entity, limit) as JobRow[])
      : (this.db.prepare('SELECT * FROM print_jobs ORDER BY id DESC LIMIT ?').all(limit) as JobRow[]);
    return rows.map(toRecord);
  }

  async preview(jobId: number, index = 0): Promise<{ dataUrl: string }> {
    const file = this.job(jobId).previews[index];
    if (!file) throw new StationError('NOT_FOUND', `Print job ${jobId} has no preview ${index + 1}`);
    let png: Buffer;
    try {
      png = await this.service.readJobFile(file);
    } catch (error) {
      // DF jobs' files are erased with the customer's data after 30 days; the job stays in the history without them.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new StationError('NOT_FOUND', `The preview of print job ${jobId} is no longer kept at this station.`);
      throw error;
    }
    return { dataUrl: `data:image/png;base64,${png.toString('base64')}` };
  }
}
