import { LabelError } from './label-error';
import { openPdf } from './pdf-raster';
import { encodePng } from './raster';
import { sniffFormat, type LabelGeometry } from './raster-to-zpl';
import { declaredLabelSize, renderZplToPngs } from './zpl-preview';

export interface LabelPreview {
  format: 'zpl' | 'pdf' | 'png';
  /** One PNG per label (ZPL) or page (PDF); a PNG is its own preview. */
  pngs: Uint8Array[];
}

/**
 * What the preview pane shows for any label file: ZPL drawn at the printer's
 * resolution (at the size the job declares, else the profile's), PDF pages
 * rendered at the same resolution, PNG as it is.
 */
export async function previewLabel(bytes: Uint8Array, geometry: LabelGeometry): Promise<LabelPreview> {
  const format = sniffFormat(bytes);
  if (format === 'png') return { format, pngs: [bytes] };
  if (format === 'zpl') {
    const zpl = Buffer.from(bytes).toString('utf8');
    return { format, pngs: await renderZplToPngs(zpl, declaredLabelSize(zpl, geometry.dpi, geometry)) };
  }
  if (format === 'pdf') {
    const doc = await openPdf(bytes);
    try {
      const pngs: Uint8Array[] = [];
      for (let n = 1; n <= doc.pageCount; n++) pngs.push(encodePng(await doc.renderPage(n, geometry.dpi / 72)));
      return { format, pngs };
    } finally {
      await doc.close();
    }
  }
  throw new LabelError('unsupported-format', 'Only ZPL, PDF and PNG labels can be previewed');
}
