import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { boxContentLabel } from '../../shared/labels/label-designs';
import { layoutsToPdf } from '../../main/labels/layout-pdf';
import { decodePng, fitToLabel, toGray, toMono, type RgbaImage } from '../../main/labels/raster';
import { pdfToLabelGrays, rasterToZpl, type PrinterDpi } from '../../main/labels/raster-to-zpl';
import { graphicLabel } from '../../main/labels/zpl-graphic';
import { dfSampleLabelPng, dfSamplesAvailable } from '../support/spapi-samples';
import { median, round, type BenchResult } from './bench-result';

const RUNS = 7;

type ZplImage = { rgbaToZ64(rgba: Uint8Array, width: number, opts: object): { length: number; rowlen: number; z64: string } };
const { rgbaToZ64 } = createRequire(__filename)('zpl-image') as ZplImage;

async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  let result = await work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    result = await work();
    times.push(performance.now() - start);
  }
  return { ms: median(times), result };
}

/** The label-size picture both converters start from, so the comparison times the same work: grey to 1-bit to Z64. */
async function labelRgba(bytes: Uint8Array, kind: 'png' | 'pdf', dpi: PrinterDpi): Promise<RgbaImage> {
  const geometry = { dpi, widthIn: 4, heightIn: 6 };
  const gray =
    kind === 'png'
      ? fitToLabel(toGray(decodePng(bytes)), { width: Math.round(4 * dpi), height: Math.round(6 * dpi) })
      : (await pdfToLabelGrays(bytes, geometry))[0]!;
  const rgba = new Uint8Array(gray.width * gray.height * 4);
  gray.data.forEach((v, i) => rgba.set([v, v, v, 255], i * 4));
  return { width: gray.width, height: gray.height, data: rgba };
}

/**
 * Raster to ZPL for Amazon's sample 4x6 Vendor DF label (PNG, from the
 * official model) and a 4x6 PDF box label Packbench draws: milliseconds per
 * label for the whole conversion (decode, fit, threshold, Z64), bytes per
 * job, and the same 1-bit + Z64 step beside the zpl-image package.
 */
export async function run(): Promise<BenchResult> {
  const inputs: { name: string; kind: 'png' | 'pdf'; bytes: Uint8Array }[] = [];
  if (dfSamplesAvailable) inputs.push({ name: 'df-label-png', kind: 'png', bytes: dfSampleLabelPng() });
  const boxLabel = boxContentLabel({
    shipmentId: 'FBA15K2M7XYZ',
    boxNumber: 1,
    boxCount: 3,
    items: [
      { fnsku: 'X001ABC9ZQ', quantity: 24 },
      { fnsku: 'X002DEF8YR', quantity: 6, expiration: '2027-03-31' },
    ],
  });
  inputs.push({ name: 'box-label-pdf', kind: 'pdf', bytes: await layoutsToPdf([boxLabel]) });

  const figures: Record<string, number | string> = {};
  for (const input of inputs) {
    for (const dpi of [203, 300] as const) {
      const key = `${input.name}@${dpi}`;
      const whole = await timed(() => rasterToZpl(input.bytes, { dpi, widthIn: 4, heightIn: 6, compression: 'z64' }));
      const acs = await rasterToZpl(input.bytes, { dpi, widthIn: 4, heightIn: 6, compression: 'acs' });
      const rgba = await labelRgba(input.bytes, input.kind, dpi);
      const ours = await timed(() => graphicLabel(toMono(toGray(rgba), 'threshold', 128), 'z64'));
      const theirs = await timed(() => {
        const res = rgbaToZ64(rgba.data, rgba.width, { black: 50, notrim: true });
        return `^XA^PW${rgba.width}^LL${rgba.height}^FO0,0^GFA,${res.length},${res.length},${res.rowlen},${res.z64}^FS^XZ\n`;
      });
      figures[`${key} ms/label to ZPL (whole conversion)`] = round(whole.ms, 1);
      figures[`${key} bytes/job Z64`] = whole.result.length;
      figures[`${key} bytes/job ACS`] = acs.length;
      figures[`${key} 1-bit+Z64 ms: packbench / zpl-image`] = `${round(ours.ms, 1)} / ${round(theirs.ms, 1)} = ${round(ours.ms / theirs.ms, 2)}x`;
      figures[`${key} bytes: packbench / zpl-image`] = `${ours.result.length} / ${theirs.result.length} = ${round(ours.result.length / theirs.result.length, 2)}x`;
    }
  }
  const notes = [`median of ${RUNS} runs after one warm-up; both converters get the same label-size RGBA, threshold at 50% grey, no trimming`];
  if (!dfSamplesAvailable) notes.push('SP-API models not found: the Amazon DF sample label was not measured (set SPAPI_MODELS_DIR)');
  return { name: 'Labels: raster to ZPL', figures, notes };
}
