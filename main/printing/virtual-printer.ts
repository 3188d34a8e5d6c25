import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { previewLabel } from '../labels/label-preview';
import type { LabelGeometry } from '../labels/raster-to-zpl';
import { PrintError } from './print-error';
import { SEALED_SUFFIX, type FileSealer } from './sealed-files';
import type { PrinterStatus, PrinterTransport, PrintPayload, SentJob } from './transport';

const EXTENSION = { zpl: 'zpl', pdf: 'pdf', png: 'png' } as const;

function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'job';
}

/**
 * The default printer of a new station: each job becomes a file in a folder
 * (exactly the bytes a real printer would get) with a PNG preview beside it,
 * so a station can be set up and tested before any printer is attached.
 * A job that shows a customer (`personal`) is written sealed with the station
 * key, its previews too: it is refused rather than written in the clear.
 */
export class VirtualPrinter implements PrinterTransport {
  readonly kind = 'virtual';
  readonly accepts = ['zpl', 'pdf', 'png'] as const;
  private sequence = 0;

  constructor(
    private readonly dir: string,
    private readonly geometry: LabelGeometry,
    private readonly clock: () => Date = () => new Date(),
    private readonly sealer?: FileSealer,
  ) {}

  async send(payload: PrintPayload): Promise<SentJob> {
    const sealer = this.sealer;
    if (payload.personal && !sealer) {
      throw new PrintError('failed', 'The virtual printer keeps customer labels and slips only sealed with the station key, and has none here.');
    }
    const write = (file: string, bytes: Uint8Array) => (payload.personal ? writeFile(`${file}${SEALED_SUFFIX}`, sealer!.seal(bytes)) : writeFile(file, bytes));
    const stored = (file: string) => (payload.personal ? `${file}${SEALED_SUFFIX}` : file);
    try {
      await mkdir(this.dir, { recursive: true });
    } catch (error) {
      throw new PrintError('failed', `The virtual printer folder ${this.dir} cannot be created: ${(error as Error).message}`);
    }
    const stamp = this.clock().toISOString().replace(/[:.]/g, '-');
    const base = `${stamp}-${String(++this.sequence).padStart(3, '0')}-${slug(payload.title)}`;
    const jobFile = join(this.dir, `${base}.${EXTENSION[payload.format]}`);
    await write(jobFile, payload.bytes);
    const files = [stored(jobFile)];
    const previews = await this.previews(payload);
    for (const [i, png] of previews.entries()) {
      const file = join(this.dir, `${base}.preview${previews.length > 1 ? `-${i + 1}` : ''}.png`);
      await write(file, png);
      files.push(stored(file));
    }
    return { jobId: base, bytes: payload.bytes.byteLength, destination: stored(jobFile), files };
  }

  /** One PNG per label or page; a PNG job is its own preview, so it gets none beside it. */
  private async previews(payload: PrintPayload): Promise<Uint8Array[]> {
    if (payload.format === 'png') return [];
    return (await previewLabel(payload.bytes, this.geometry)).pngs;
  }

  async status(): Promise<PrinterStatus> {
    return { state: 'ready', detail: `Virtual printer: jobs are saved in ${this.dir}` };
  }
}
