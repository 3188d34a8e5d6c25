import { performance } from 'node:perf_hooks';
import { boxContentsOf } from '../../main/inbound/export/box-contents';
import { boxContentsXlsx } from '../../main/inbound/export/contents-xlsx';
import { boxContentsCsv } from '../../main/inbound/export/contents-csv';
import { packListPdf } from '../../main/inbound/export/pack-list-pdf';
import { CjkFontLocator } from '../../main/inbound/export/cjk-font';
import { exportPlan } from '../support/export-plan';
import { median, round, type BenchResult } from './bench-result';

const SKUS = 500;
const BOXES = 300;
const LINES_PER_BOX = 10;
const RUNS = 3;

/**
 * Exports one shipment of 300 boxes (10 lines each, 500 SKUs, half of them with Chinese titles) as XLSX, CSV and a
 * Chinese pack list PDF: median of 3 runs after a warm-up, with the file sizes.
 */
export async function run(): Promise<BenchResult> {
  const plan = exportPlan();
  plan.items = Array.from({ length: SKUS }, (_, i) => ({
    msku: `SKU-${String(i).padStart(4, '0')}`,
    fnsku: `X00${String(i).padStart(7, '0')}`,
    title: i % 2 ? `不锈钢打蛋器 第${i}款 家用手动搅拌器` : `Wooden building blocks, set ${i}, 100 pieces`,
    quantity: 6,
    prepOwner: 'SELLER' as const,
    labelOwner: 'SELLER' as const,
  }));
  const template = plan.boxes[0]!;
  plan.boxes = Array.from({ length: BOXES }, (_, b) => ({
    ...template,
    id: `box-${b}`,
    number: b + 1,
    amazonBoxId: `FBA15PBX0001U${String(b + 1).padStart(6, '0')}`,
    lines: Array.from({ length: LINES_PER_BOX }, (_, k) => ({ msku: plan.items[(b * LINES_PER_BOX + k) % SKUS]!.msku, quantity: 1, expiration: null })),
  }));
  const contents = boxContentsOf(plan, { kind: 'shipment', shipmentId: 'FBA15PBX0001' }, () => null);
  const font = await new CjkFontLocator().find();
  if (!font) throw new Error('No Chinese font on this machine: the pack list PDF cannot be measured');

  const time = async (make: () => Promise<Uint8Array> | Uint8Array) => {
    await make();
    const times: number[] = [];
    let bytes = 0;
    for (let r = 0; r < RUNS; r++) {
      const start = performance.now();
      bytes = (await make()).byteLength;
      times.push(performance.now() - start);
    }
    return { ms: round(median(times)), bytes };
  };
  const xlsx = await time(() => boxContentsXlsx(contents));
  const csv = await time(() => boxContentsCsv(contents));
  const pdf = await time(() => packListPdf(contents, { language: 'zh-CN', paper: 'a4', font }));
  return {
    name: `Box contents export: ${BOXES} boxes, ${BOXES * LINES_PER_BOX} lines, ${SKUS} SKUs`,
    figures: {
      'XLSX median ms': xlsx.ms,
      'XLSX bytes': xlsx.bytes,
      'CSV median ms': csv.ms,
      'CSV bytes': csv.bytes,
      'pack list PDF median ms': pdf.ms,
      'pack list PDF bytes': pdf.bytes,
    },
    notes: [`median of ${RUNS} runs after one warm-up; Chinese font ${font.path}`],
  };
}
